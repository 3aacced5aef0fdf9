package cli

import (
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/postlint/postlint/internal/config"
	"github.com/postlint/postlint/internal/lint"
	"github.com/postlint/postlint/internal/report"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/rules"
	"github.com/postlint/postlint/internal/schema"
)

// run is what one lint command works with: its flags, the configuration
// and the linters built from them.
type run struct {
	flags    *lintFlags
	workDir  string
	cfg      *config.Config
	profiles *profiles
	failOn   rule.Severity
}

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
	r, err := newRun(flags)
	if err != nil {
		return ExitFailure, err
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	for _, p := range paths {
		if p == "-" && len(paths) > 1 {
			return ExitFailure, fmt.Errorf("- (standard input) cannot be mixed with other paths")
		}
	}
	if paths[0] == "-" {
		return e.lintStdin(r)
	}
	if flags.stdinFilename != "" {
		return ExitFailure, fmt.Errorf("--stdin-filename goes with - (standard input)")
	}
	if flags.fix {
		changed, err := e.fix(r, paths)
		if err != nil || flags.diff {
			return boolExit(changed), err
		}
	}
	opts := r.options()
	progress := e.startProgress(flags.quiet)
	opts.Progress = progress.update
	opts.Start = func(files int) { raiseMemoryLimit(files, e.getenv) }
	res, err := lint.Run(paths, opts)
	progress.stop()
	if err != nil {
		return ExitFailure, err
	}
	defer res.Close()
	rep := r.report(res)
	if err := e.print(flags, rep); err != nil {
		return ExitFailure, err
	}
	if err := res.Err(); err != nil {
		return ExitFailure, err // the report is incomplete
	}
	for _, n := range rep.Notifications {
		fmt.Fprintf(e.stderr, "postlint: %s: %s\n", n.Path, n.Message)
	}
	if res.Posts == 0 && len(rep.Notifications) == 0 {
		fmt.Fprintf(e.stderr, "postlint: no posts found in %s\n", strings.Join(paths, ", "))
	} else if flags.format == "text" && !flags.quiet {
		fmt.Fprintln(e.stderr, rep.Summary())
	}
	code := exitCode(rep, r.failOn)
	if err := res.Err(); err != nil {
		return ExitFailure, err
	}
	return code, nil
}

// newRun loads the configuration (--config, or the nearest .postlint.yaml)
// and prepares the linters, so that a bad configuration or schema stops
// the run before any post is read.
func newRun(flags *lintFlags) (*run, error) {
	workDir, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	r := &run{flags: flags, workDir: workDir}
	if r.cfg, err = loadConfig(flags.config); err != nil {
		return nil, err
	}
	r.profiles = newProfiles(r.cfg, rules.All(), flags.schema)
	if _, err := r.profiles.linterFor(filepath.Join(workDir, "post.md")); err != nil {
		return nil, err
	}
	level := flags.failOn
	if !flags.failOnSet && r.cfg != nil && r.cfg.FailOn != "" {
		level = r.cfg.FailOn
	}
	r.failOn, _ = failLevel(level)
	return r, nil
}

// loadConfig loads the configuration file at path, or the nearest one
// above the working directory when path is "". It returns nil when there
// is none.
func loadConfig(path string) (*config.Config, error) {
	if path == "" {
		workDir, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		if path, err = config.Find(workDir); err != nil || path == "" {
			return nil, err
		}
		if rel, err := filepath.Rel(workDir, path); err == nil {
			path = rel // errors name it as the user would
		}
	}
	return config.Load(path, rules.All())
}

func (r *run) options() lint.Options {
	opts := lint.Options{LinterFor: r.profiles.linterFor, WorkDir: r.workDir}
	if r.cfg != nil {
		opts.Extensions = r.cfg.Extensions
		opts.Exclude = r.cfg.Excluded
		opts.MaxFileSize = r.cfg.MaxFileSize
		opts.SiteRoot = r.cfg.SiteRoot
	}
	return opts
}

// report turns a lint result into what the printers print.
func (r *run) report(res *lint.Result) *report.Report {
	rep := &report.Report{
		Tool:       tool(),
		Rules:      r.profiles.rules(),
		Each:       res.All(),
		Posts:      res.Posts,
		WorkDir:    r.workDir,
		SourceRoot: sourceRoot(r.workDir),
	}
	if r.flags.quiet {
		rep.Each = failing(rep.Each, r.failOn)
	}
	for _, n := range res.Notices {
		rep.Notifications = append(rep.Notifications, report.Notification{Path: n.Path, Level: n.Level, Message: n.Message})
	}
	return rep
}

// exitCode is 2 when some input could not be linted, 1 when a finding is
// at or above failOn, and 0 otherwise.
func exitCode(r *report.Report, failOn rule.Severity) int {
	for _, n := range r.Notifications {
		if n.Level == rule.Error {
			return ExitFailure
		}
	}
	for range failing(r.All(), failOn) {
		return ExitFindings
	}
	return ExitClean
}

func boolExit(findings bool) int {
	if findings {
		return ExitFindings
	}
	return ExitClean
}

// failing yields the findings at or above failOn: none when failOn is
// Off ("--fail-on none").
func failing(findings iter.Seq[rule.Finding], failOn rule.Severity) iter.Seq[rule.Finding] {
	return func(yield func(rule.Finding) bool) {
		if failOn == rule.Off {
			return
		}
		for f := range findings {
			if f.Severity >= failOn && !yield(f) {
				return
			}
		}
	}
}

func loadSchema(path string) (*schema.Schema, error) {
	if path == "" {
		return schema.Default()
	}
	return schema.Load(path)
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
