// Command mdlcompare compares the findings of postlint and markdownlint on
// the rules both linters have, and prints per rule how many problems both
// found, how many only postlint found and how many only markdownlint found.
//
// It is the second half of scripts/compare-markdownlint, which runs both
// tools over the same files and passes their reports here:
//
//	mdlcompare -postlint postlint.json -markdownlint markdownlint.json [-examples N]
//
// The postlint report is `postlint --format json`; the markdownlint report is
// the array written by markdownlint-cli2-formatter-json. Paths in both are
// made relative to -root (default: the working directory) when absolute.
// Findings match when they have the same path, rule and line; a few rules
// also match across lines where the tools place one problem on different
// lines by design (see tolerances in match.go, printed with -examples).
//
// With -examples N, up to N findings of each difference class (only postlint,
// only markdownlint, matched by a tolerance) are printed per rule, spread over
// as many files as possible, with the other tool's nearest finding of the
// same rule, so that a human can explain each class.
//
// mdlcompare uses the standard library only.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "mdlcompare:", err)
		os.Exit(2)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("mdlcompare", flag.ContinueOnError)
	postPath := fs.String("postlint", "", "postlint's JSON report (`FILE`)")
	mdPath := fs.String("markdownlint", "", "markdownlint-cli2-formatter-json's report (`FILE`)")
	root := fs.String("root", "", "make absolute paths relative to `DIR` (default: the working directory)")
	examples := fs.Int("examples", 0, "print up to `N` examples of each difference class per rule")
	implemented := fs.String("implemented", "", "comma-separated postlint rule names that exist; other compared rules are marked as missing")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *postPath == "" || *mdPath == "" || fs.NArg() > 0 {
		return fmt.Errorf("usage: mdlcompare -postlint FILE -markdownlint FILE [-root DIR] [-examples N] [-implemented a,b]")
	}
	if *root == "" {
		wd, err := os.Getwd()
		if err != nil {
			return err
		}
		*root = wd
	}
	post, err := readFile(*postPath, func(r io.Reader) ([]Finding, error) { return readPostlint(r, *root) })
	if err != nil {
		return err
	}
	md, err := readFile(*mdPath, func(r io.Reader) ([]Finding, error) { return readMarkdownlint(r, *root) })
	if err != nil {
		return err
	}
	var have map[string]bool
	if *implemented != "" {
		have = make(map[string]bool)
		for _, name := range strings.Split(*implemented, ",") {
			have[strings.TrimSpace(name)] = true
		}
	}
	results := compare(post, md)
	printTable(stdout, results, have)
	if *examples > 0 {
		printExamples(stdout, results, post, md, *examples)
	}
	return nil
}

func readFile(path string, read func(io.Reader) ([]Finding, error)) ([]Finding, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	findings, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return findings, nil
}
