// Package cli is postlint's command line: it parses flags, dispatches the
// subcommands, wires the rule catalogue to the runner and the printers,
// and decides the exit code. It keeps no package-level state, so Main can
// be called from tests.
package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit codes, the same for every output format.
const (
	ExitClean    = 0 // nothing at or above --fail-on
	ExitFindings = 1 // findings at or above --fail-on
	ExitFailure  = 2 // usage error, bad schema, unreadable input or internal failure
)

// Main runs postlint with args (without the program name) and returns the
// exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &environment{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	code, err := env.main(args)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(stderr, "postlint: %s\n", line)
		}
		return ExitFailure
	}
	return code
}

// environment is what one invocation reads and writes.
type environment struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// getenv reads an environment variable; the only way the command
	// reads the environment.
	getenv func(string) string
}

func (e *environment) main(args []string) (int, error) {
	if len(args) > 0 {
		if len(args) > 1 && (args[1] == "-h" || args[1] == "--help" || args[1] == "-help") {
			args = []string{"help"}
		}
		switch args[0] {
		case "rules":
			return e.rules(args[1:])
		case "explain":
			return e.explain(args[1:])
		case "schema":
			return e.schema(args[1:])
		case "init":
			return e.init(args[1:])
		case "version":
			return e.version(args[1:])
		case "help":
			fmt.Fprint(e.stdout, usage)
			return ExitClean, nil
		}
	}
	return e.lint(args)
}

const usage = `postlint lints blog posts: Markdown files with front matter.

Usage:
  postlint [flags] [path ...]   lint posts (files, or directories walked for
                                *.md and *.markdown; default: .)
  postlint rules                list the rules
  postlint explain RULE         show a rule's documentation
  postlint -                    lint one post read from standard input
  postlint schema               print the effective post schema
  postlint schema infer [path ...]
                                draft a schema from existing posts
  postlint init                 write a commented .postlint.yaml here
  postlint version              print postlint's version

Flags:
  --format FORMAT    text, json, github or sarif (default text)
  --output FILE      write the report to FILE instead of standard output
  --config FILE      use FILE instead of the nearest .postlint.yaml
  --schema FILE      validate front matter against FILE instead of the
                     configured or built-in schema
  --fix              apply the fixes of fixable rules, then report what is
                     left (with -, print the fixed post)
  --diff             with --fix: print a unified diff, change nothing
  --stdin-filename NAME
                     the name of the post read with -, which decides the
                     settings that apply to it
  --fail-on LEVEL    exit 1 on findings at or above LEVEL: error, warning,
                     info or none (default error, or the configuration's)
  --color WHEN       colour text output: auto, always or never (default auto;
                     auto means a terminal and NO_COLOR unset)
  --quiet            report only findings at or above --fail-on, and no
                     summary

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage error, bad schema, unreadable file or internal failure.
`
