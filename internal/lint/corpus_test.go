package lint_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/lint"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/rules"
	"github.com/postlint/postlint/internal/schema"
	"github.com/postlint/postlint/internal/source"
)

// corpus is the folder of real blogs that sits beside the repository in
// development; a user's clone does not have it.
const corpus = "../../../shared/corpus"

func needCorpus(tb testing.TB, dir string) string {
	tb.Helper()
	path := filepath.Join(corpus, dir)
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("%s is not here", path)
	}
	return path
}

func run(tb testing.TB, dir string) *lint.Result {
	tb.Helper()
	s, err := schema.Default()
	if err != nil {
		tb.Fatal(err)
	}
	wd, _ := filepath.Abs(dir)
	res, err := lint.Run([]string{dir}, lint.Options{Rules: rules.All(), Schema: s, WorkDir: wd})
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

// quotedValue finds `key "value"` at the start of a schema message.
var quotedValue = regexp.MustCompile(`^[^ ]+(?: item \d+)? ("(?:[^"\\]|\\.)*")`)

// TestCorpusPositions lints every real post and checks that each finding
// lies inside its file and that a schema finding naming a value points at
// that value.
func TestCorpusPositions(t *testing.T) {
	dir := needCorpus(t, "")
	res := run(t, dir)
	if res.Posts < 1000 {
		t.Errorf("linted %d posts, want the whole corpus", res.Posts)
	}
	for _, n := range res.Notices {
		t.Errorf("notice: %s: %s", n.Path, n.Message)
	}
	sources := make(map[string][]byte)
	for _, f := range res.Findings() {
		src, ok := sources[f.Path]
		if !ok {
			var err error
			if src, err = os.ReadFile(filepath.Join(dir, f.Path)); err != nil {
				t.Fatal(err)
			}
			sources[f.Path] = src
		}
		checkInside(t, f, src)
		if m := quotedValue.FindStringSubmatch(f.Message); m != nil && f.Rule == "front-matter-schema" {
			value, _ := strconv.Unquote(m[1])
			text := strings.Trim(string(src[f.Span.Start:f.Span.End]), `"'`)
			if !strings.HasSuffix(value, "...") && text != value && !strings.HasPrefix(text, "|") && !strings.HasPrefix(text, ">") {
				t.Errorf("%s:%d:%d: %s: points at %q", f.Path, f.Range.Start.Line, f.Range.Start.Column, f.Message, text)
			}
		}
	}
}

func checkInside(t *testing.T, f rule.Finding, src []byte) {
	t.Helper()
	lines := source.NewLineIndex(src)
	r := f.Range
	ok := f.Span.Start >= 0 && f.Span.Start <= f.Span.End && f.Span.End <= len(src) &&
		r.Start.Line >= 1 && r.Start.Column >= 1 && r.Start.Line <= lines.Lines() &&
		(r.End.Line > r.Start.Line || r.End.Line == r.Start.Line && r.End.Column >= r.Start.Column)
	if ok {
		line := src[lines.LineStart(r.Start.Line):lines.LineEnd(r.Start.Line)]
		ok = r.Start.Column <= utf8.RuneCount(line)+1
	}
	if !ok {
		t.Errorf("%s: %s at %+v (span %+v) lies outside the file", f.Path, f.Message, r, f.Span)
	}
}

// BenchmarkNodejsBlog lints the Node.js blog with every rule.
func BenchmarkNodejsBlog(b *testing.B) {
	dir := needCorpus(b, "nodejs-blog")
	posts := 0
	for b.Loop() {
		posts = run(b, dir).Posts
	}
	b.ReportMetric(float64(posts)*float64(b.N)/b.Elapsed().Seconds(), "posts/s")
}
