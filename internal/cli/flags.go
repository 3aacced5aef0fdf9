package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/postlint/postlint/internal/rule"
)

// lintFlags are the flags of the lint command.
type lintFlags struct {
	format        string
	output        string
	config        string
	schema        string
	failOn        string
	failOnSet     bool // --fail-on was given, so it wins over the configuration
	color         string
	quiet         bool
	fix           bool
	diff          bool
	stdinFilename string
}

// errHelp reports that -h or --help was given.
var errHelp = errors.New("help requested")

var formats = []string{"text", "json", "github", "sarif"}

// parseFlags parses the lint command's flags, which may come before,
// between or after the paths, and returns the paths. "--" ends the flags.
func parseFlags(args []string) (*lintFlags, []string, error) {
	f := &lintFlags{}
	fs := flag.NewFlagSet("postlint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.format, "format", "text", "")
	fs.StringVar(&f.output, "output", "", "")
	fs.StringVar(&f.config, "config", "", "")
	fs.StringVar(&f.schema, "schema", "", "")
	fs.StringVar(&f.failOn, "fail-on", "error", "")
	fs.StringVar(&f.color, "color", "auto", "")
	fs.BoolVar(&f.quiet, "quiet", false, "")
	fs.BoolVar(&f.fix, "fix", false, "")
	fs.BoolVar(&f.diff, "diff", false, "")
	fs.StringVar(&f.stdinFilename, "stdin-filename", "", "")
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return nil, nil, errHelp
			}
			msg := strings.Replace(err.Error(), "provided but not defined: -", "provided but not defined: --", 1)
			return nil, nil, fmt.Errorf("%s (see postlint help)", msg)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			paths = append(paths, rest...)
			break
		}
		args = rest
		paths = append(paths, args[0])
		args = args[1:]
	}
	fs.Visit(func(fl *flag.Flag) { f.failOnSet = f.failOnSet || fl.Name == "fail-on" })
	if f.diff && !f.fix {
		return nil, nil, errors.New("--diff goes with --fix: postlint --fix --diff shows the fixes without writing them")
	}
	if !slices.Contains(formats, f.format) {
		return nil, nil, fmt.Errorf("unknown format %q (want %s)", f.format, strings.Join(formats, ", "))
	}
	if _, err := failLevel(f.failOn); err != nil {
		return nil, nil, err
	}
	if !slices.Contains([]string{"auto", "always", "never"}, f.color) {
		return nil, nil, fmt.Errorf("unknown --color %q (want auto, always or never)", f.color)
	}
	return f, paths, nil
}

// failLevel parses --fail-on: the least severity that fails the run, or
// Off for "none".
func failLevel(s string) (rule.Severity, error) {
	switch s {
	case "none":
		return rule.Off, nil
	case "error", "warning", "info":
		return rule.ParseSeverity(s)
	}
	return rule.Off, fmt.Errorf("unknown --fail-on %q (want error, warning, info or none)", s)
}
