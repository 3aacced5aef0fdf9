// Command gencorpus writes a synthetic corpus of blog posts for
// benchmarks (see package corpusgen):
//
//	go run ./scripts/gencorpus -n 2000 -seed 1 -out DIR
//
// The same -n and -seed always give the same files, byte for byte. Posts
// go in subdirectories of -per-dir posts each (d000, d001, ...). The
// output directory must be empty or absent, so that a stale corpus is
// never mixed with a new one.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/postlint/postlint/internal/corpusgen"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(2)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	n := fs.Int("n", 2000, "number of posts")
	seed := fs.Uint64("seed", 1, "seed; the same seed gives the same posts")
	out := fs.String("out", "", "output directory (must be empty or absent)")
	perDir := fs.Int("per-dir", 100, "posts per subdirectory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() > 0 {
		return errors.New("usage: gencorpus [-n N] [-seed S] [-per-dir K] -out DIR")
	}
	if *n < 0 || *perDir < 1 {
		return errors.New("-n must be at least 0 and -per-dir at least 1")
	}
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty", *out)
	}
	if err := corpusgen.Write(*out, corpusgen.Options{Posts: *n, Seed: *seed, PerDir: *perDir}); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gencorpus: wrote %d posts to %s\n", *n, *out)
	return nil
}
