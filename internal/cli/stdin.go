package cli

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"

	"github.com/postlint/postlint/internal/fix"
)

// lintStdin lints the one post read from standard input ("postlint -"),
// named by --stdin-filename, which also decides the settings that apply
// to it. With --fix it writes the fixed post to standard output and the
// report of what is left to standard error.
func (e *environment) lintStdin(r *run) (int, error) {
	src, err := io.ReadAll(e.stdin)
	if err != nil {
		return ExitFailure, fmt.Errorf("reading standard input: %w", err)
	}
	name := r.flags.stdinFilename
	if name == "" {
		name = "<stdin>"
	}
	path := name
	if !filepath.IsAbs(path) {
		path = filepath.Join(r.workDir, path)
	}
	l, err := r.profiles.linterFor(path)
	if err != nil {
		return ExitFailure, err
	}
	display := filepath.ToSlash(name)
	if r.flags.fix {
		fixed, _ := l.Fix(display, src)
		if r.flags.diff {
			_, err := e.stdout.Write(fix.UnifiedDiff(display, display, src, fixed))
			return boolExit(!bytes.Equal(fixed, src)), err
		}
		if _, err := e.stdout.Write(fixed); err != nil {
			return ExitFailure, err
		}
		src = fixed
	}
	res := l.Lint(display, src)
	rep := r.report(res)
	out := *e
	if r.flags.fix {
		out.stdout = e.stderr // standard output holds the post
	}
	if err := out.print(r.flags, rep); err != nil {
		return ExitFailure, err
	}
	for _, n := range rep.Notifications {
		fmt.Fprintf(e.stderr, "postlint: %s: %s\n", n.Path, n.Message)
	}
	if r.flags.format == "text" && !r.flags.quiet {
		fmt.Fprintln(e.stderr, rep.Summary())
	}
	return exitCode(rep, r.failOn), nil
}
