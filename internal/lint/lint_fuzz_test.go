package lint_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/fix"
	"github.com/postlint/postlint/internal/lint"
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/rules"
	"github.com/postlint/postlint/internal/schema"
	"github.com/postlint/postlint/internal/source"
)

// FuzzPost parses any post (front matter in each format, then Markdown)
// and runs the whole rule catalogue over it. No rule may fail or panic on
// it, and every finding and fix edit must lie inside the file, start and
// end on character boundaries, and carry the range its span resolves to.
// The post with its fixes applied must lint cleanly too. The seeds are
// inline below and in testdata/fuzz/FuzzPost; the rules' own test posts
// and the sample blog are added at start.
func FuzzPost(f *testing.F) {
	for _, seed := range []string{
		"---\ntitle: Hello\ndate: 2022-12-10\ntags: [a, b]\n---\n\n# Hello\n\nSome text.  \n",
		"+++\ntitle = \"Hello\"\ndate = 2022-12-10\n+++\n\n## Skipped level\n\n[link](#nowhere)\n",
		"{\n  \"title\": \"Hello\",\n  \"tags\": [\"a\"]\n}\n\nText with a bare URL: https://example.com\n",
		"\xEF\xBB\xBF---\r\ntitle: BOM and CRLF\r\n---\r\n\r\nTODO: fill in  \r\n",
		"---\rtitle: lone CR\r---\rIn conclusion, the the end.\r",
		"---\ntitle: unclosed\n\n# Body?\n",
		"```go\nunclosed fence\n",
		"<!-- unclosed comment\n\ntext\n",
		"<!-- postlint-disable-next-line cliche -- quoting -->\nIn conclusion.\n<!-- postlint-disable nope\n",
		"- - - - - - - - - - - - - - - - x\n> > > > > > > > > > > > > > y\n",
		"[a]: <>\n[b][a] ![](x) [](y) [click here](http://x)\n\n|a|b|\n|-|-|\n|\xff|\x00|\n",
		"# T\n\n# T\n\n### T {#t}\n\n[^1]\n\n[^1]: note\n",
		"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x80\x82\xf0\x9f\x9a\x80 \xf0\x9f\x9a\x80\xf0\x9f\x9a\x80.  \n",
	} {
		f.Add([]byte(seed))
	}
	for _, pattern := range []string{"../rules/testdata/*/*.md", "../../testdata/blog/*/*.md"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			if src, err := os.ReadFile(name); err == nil {
				f.Add(src)
			}
		}
	}
	s, err := schema.Default()
	if err != nil {
		f.Fatal(err)
	}
	catalogue := rules.All()
	l, err := lint.NewLinter(catalogue, nil, s)
	if err != nil {
		f.Fatal(err)
	}
	known := make(map[string]bool)
	for _, r := range catalogue {
		known[r.Name] = true
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fixes := checkPost(t, l, known, src)
		if len(fixes) == 0 {
			return
		}
		fixed, _ := fix.Apply(src, fixes)
		checkPost(t, l, known, fixed)
	})
}

// checkPost lints src, checks the post, the findings and their fixes,
// and returns the fixes.
func checkPost(t *testing.T, l *lint.Linter, known map[string]bool, src []byte) []*rule.Fix {
	t.Helper()
	p := post.Parse("p.md", src)
	if p.BodyOffset < 0 || p.BodyOffset > len(src) || len(p.BodySource) != len(src)-p.BodyOffset {
		t.Fatalf("body at %d, %d bytes long, in a file of %d bytes", p.BodyOffset, len(p.BodySource), len(src))
	}
	if fm := p.FrontMatter; fm != nil {
		if fm.Open.Start < 0 || fm.Open.End > p.BodyOffset || fm.Content.End > p.BodyOffset {
			t.Fatalf("front matter %v (content %v) overlaps the body at %d", fm.Open, fm.Content, p.BodyOffset)
		}
	}
	findings, notices := l.Post(p)
	for _, n := range notices {
		t.Errorf("notice: %s: %s", n.Path, n.Message)
	}
	var fixes []*rule.Fix
	for _, f := range findings {
		what := f.Rule + " " + f.Message
		if !known[f.Rule] || f.Path != "p.md" || f.Message == "" || f.Severity < rule.Info || f.Severity > rule.Error {
			t.Errorf("finding %+v: unknown rule, wrong path, no message or no severity", f)
		}
		checkSpan(t, p, what, f.Span, f.Range)
		if f.Fix == nil {
			continue
		}
		fixes = append(fixes, f.Fix)
		if f.Fix.Description == "" || len(f.Fix.Edits) == 0 {
			t.Errorf("%s: fix %+v has no description or no edit", what, f.Fix)
		}
		edits := slices.Clone(f.Fix.Edits)
		slices.SortFunc(edits, func(a, b rule.Edit) int { return a.Span.Start - b.Span.Start })
		for i, e := range edits {
			checkSpan(t, p, what+" (fix)", e.Span, e.Range)
			if i > 0 && e.Span.Start < edits[i-1].Span.End {
				t.Errorf("%s: fix edits %v and %v overlap", what, edits[i-1].Span, e.Span)
			}
		}
	}
	if t.Failed() {
		t.FailNow()
	}
	return fixes
}

// checkSpan checks that s lies in the post, on character boundaries when
// the post is valid UTF-8, and that r is what it resolves to.
func checkSpan(t *testing.T, p *post.Post, what string, s source.Span, r source.Range) {
	t.Helper()
	src := p.Source
	if s.Start < 0 || s.End > len(src) || s.Start > s.End {
		t.Errorf("%s: span %v outside a file of %d bytes", what, s, len(src))
		return
	}
	if r != p.Lines.Range(s) {
		t.Errorf("%s: range %v, but span %v resolves to %v", what, r, s, p.Lines.Range(s))
	}
	if r.Start.Line < 1 || r.Start.Column < 1 || r.End.Line > p.Lines.Lines() ||
		r.End.Line < r.Start.Line || r.End.Line == r.Start.Line && r.End.Column < r.Start.Column {
		t.Errorf("%s: range %v", what, r)
	}
	if utf8.Valid(src) {
		for _, off := range []int{s.Start, s.End} {
			if off < len(src) && !utf8.RuneStart(src[off]) {
				t.Errorf("%s: span %v splits the character at %d in %q", what, s, off, src[max(0, off-4):min(len(src), off+4)])
			}
		}
	}
}
