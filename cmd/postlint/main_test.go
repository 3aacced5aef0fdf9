package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/postlint/postlint/internal/cli"
)

// TestMain lets the test binary run as the postlint command inside
// scripts: testscript puts a copy of it named postlint on PATH.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"postlint": func() {
			os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
		},
	})
}

// TestScripts runs testdata/script/*.txtar, one script per behaviour of
// the command line.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"exits":     cmdExits,
			"validjson": cmdValidJSON,
		},
	})
}

// cmdExits is the script command "exits CODE program [args...]": like
// exec, it runs program in the script's directory and keeps its stdout
// and stderr for the commands that follow, but it requires the exit
// status to be exactly CODE, where exec only tells zero from non-zero.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! exits")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exits CODE program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad exit code %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			ts.Fatalf("exits: %v", err)
		}
		got = exit.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// cmdValidJSON is the script command "validjson file": the file, or
// stdout, must hold one well-formed JSON value.
func cmdValidJSON(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: validjson file")
	}
	if valid := json.Valid([]byte(ts.ReadFile(args[0]))); valid == neg {
		if neg {
			ts.Fatalf("%s is valid JSON", args[0])
		}
		ts.Fatalf("%s is not valid JSON", args[0])
	}
}
