package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/postlint/postlint/internal/lint"
	"github.com/postlint/postlint/internal/report"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/rules"
	"github.com/postlint/postlint/internal/schema"
)

// lint runs the lint command: postlint [flags] [path ...].
func (e *environment) lint(args []string) (int, error) {
	flags, paths, err := parseFlags(args)
	if err == errHelp {
		fmt.Fprint(e.stdout, usage)
		return ExitClean, nil
	}
	if err != nil {
		return ExitFailure, err
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	s, err := loadSchema(flags.schema)
	if err != nil {
		return ExitFailure, err
	}
	workDir, err := os.Getwd()
	if err != nil {
		return ExitFailure, err
	}
	catalogue := rules.All()
	res, err := lint.Run(paths, lint.Options{Rules: catalogue, Schema: s, WorkDir: workDir})
	if err != nil {
		return ExitFailure, err
	}
	failOn, _ := failLevel(flags.failOn)
	r := &report.Report{
		Tool:       tool(),
		Rules:      catalogue,
		Findings:   res.Findings,
		Posts:      res.Posts,
		WorkDir:    workDir,
		SourceRoot: sourceRoot(workDir),
	}
	if flags.quiet {
		r.Findings = failing(r.Findings, failOn)
	}
	for _, n := range res.Notices {
		r.Notifications = append(r.Notifications, report.Notification{Path: n.Path, Level: n.Level, Message: n.Message})
	}
	if err := e.print(flags, r); err != nil {
		return ExitFailure, err
	}
	for _, n := range r.Notifications {
		fmt.Fprintf(e.stderr, "postlint: %s: %s\n", n.Path, n.Message)
	}
	if res.Posts == 0 && len(r.Notifications) == 0 {
		fmt.Fprintf(e.stderr, "postlint: no posts found in %s\n", joinPaths(paths))
	} else if flags.format == "text" && !flags.quiet {
		fmt.Fprintln(e.stderr, r.Summary())
	}
	return exitCode(r, failOn), nil
}

// exitCode is 2 when some input could not be linted, 1 when a finding is
// at or above failOn, and 0 otherwise.
func exitCode(r *report.Report, failOn rule.Severity) int {
	for _, n := range r.Notifications {
		if n.Level == rule.Error {
			return ExitFailure
		}
	}
	if len(failing(r.Findings, failOn)) > 0 {
		return ExitFindings
	}
	return ExitClean
}

// failing returns the findings at or above failOn: none when failOn is
// Off ("--fail-on none").
func failing(findings []rule.Finding, failOn rule.Severity) []rule.Finding {
	if failOn == rule.Off {
		return nil
	}
	var out []rule.Finding
	for _, f := range findings {
		if f.Severity >= failOn {
			out = append(out, f)
		}
	}
	return out
}

func loadSchema(path string) (*schema.Schema, error) {
	if path == "" {
		return schema.Default()
	}
	return schema.Load(path)
}

// print writes the report in the chosen format to stdout or, atomically,
// to --output.
func (e *environment) print(flags *lintFlags, r *report.Report) error {
	var buf bytes.Buffer
	var err error
	switch flags.format {
	case "json":
		err = report.JSON(&buf, r)
	case "sarif":
		err = report.SARIF(&buf, r)
	case "github":
		err = report.GitHub(&buf, r)
	default:
		err = report.Text(&buf, r, flags.output == "" && useColor(flags.color, e.stdout))
	}
	if err != nil {
		return err
	}
	if flags.output != "" {
		return writeFileAtomic(flags.output, buf.Bytes())
	}
	_, err = e.stdout.Write(buf.Bytes())
	return err
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place, so that readers never see half a report.
func writeFileAtomic(path string, data []byte) error {
	fail := func(err error) error {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("--output %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fail(err)
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fail(err)
	}
	return nil
}

// useColor decides --color: auto colours a terminal unless NO_COLOR is
// set or TERM is dumb.
func useColor(when string, w io.Writer) bool {
	switch when {
	case "always":
		return true
	case "never":
		return false
	}
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// sourceRoot returns the repository root above dir (the nearest directory
// with a .git entry), which SARIF locations are relative to, or dir.
func sourceRoot(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

func joinPaths(paths []string) string {
	s := ""
	for i, p := range paths {
		if i > 0 {
			s += ", "
		}
		s += p
	}
	return s
}
