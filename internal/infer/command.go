package infer

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/source"
)

const usage = "postlint schema infer [--output FILE] [--ext .md,.markdown] [path ...]"

// Exit codes of Command, the same as postlint's.
const (
	exitClean   = 0
	exitFailure = 2
)

// Command runs "postlint schema infer [--output FILE] [--ext LIST]
// [path ...]": it reads the posts under the paths (default: .), writes the
// inferred schema to stdout (or to FILE), and writes a summary and the
// outliers to stderr. Posts without front matter, or whose front matter
// does not decode, are skipped and counted. It returns the exit code, and
// an error (exit 2) for a usage error, a missing path or an unreadable
// file.
func Command(args []string, stdout, stderr io.Writer) (int, error) {
	fs := flag.NewFlagSet("postlint schema infer", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	output := fs.String("output", "", "")
	ext := fs.String("ext", strings.Join(DefaultExtensions, ","), "")
	if err := fs.Parse(args); err == flag.ErrHelp {
		fmt.Fprintln(stdout, "usage: "+usage)
		return exitClean, nil
	} else if err != nil {
		return exitFailure, fmt.Errorf("schema infer: %v; usage: %s", err, usage)
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"."}
	}
	var extensions []string
	for _, e := range strings.Split(*ext, ",") {
		if e = strings.TrimSpace(e); e != "" {
			if !strings.HasPrefix(e, ".") {
				e = "." + e
			}
			extensions = append(extensions, e)
		}
	}
	files, err := Files(paths, extensions)
	if err != nil {
		return exitFailure, err
	}
	var o Observer
	var missing, broken int
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			return exitFailure, err
		}
		fm, _ := frontmatter.Split(src, source.NewLineIndex(src))
		switch {
		case fm == nil:
			missing++
		case !fm.Decoded:
			broken++
		default:
			o.Observe(path, fm.Value)
		}
	}
	text := o.Schema()
	if *output != "" {
		if err := os.WriteFile(*output, text, 0o644); err != nil {
			return exitFailure, err
		}
	} else if _, err := stdout.Write(text); err != nil {
		return exitFailure, err
	}
	fmt.Fprintf(stderr, "inferred from %d %s", o.Posts(), plural(o.Posts(), "post", "posts"))
	if missing > 0 {
		fmt.Fprintf(stderr, "; skipped %d without front matter", missing)
	}
	if broken > 0 {
		fmt.Fprintf(stderr, "; skipped %d whose front matter does not decode", broken)
	}
	fmt.Fprintln(stderr)
	if outliers := o.Outliers(); len(outliers) > 0 {
		fmt.Fprintf(stderr, "%d %s (accepted by the schema; check them):\n", len(outliers), plural(len(outliers), "outlier", "outliers"))
		for _, x := range outliers {
			fmt.Fprintln(stderr, x)
		}
	}
	return exitClean, nil
}
