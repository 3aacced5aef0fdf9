package directive

import (
	"testing"

	"github.com/postlint/postlint/internal/post"
)

// FuzzParse checks that no post makes Parse or the suppressor panic, and
// that every span lies in the file.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"<!-- postlint-disable-next-line cliche -- r -->\nIn conclusion.\n",
		"<!-- postlint-disable a, b -- r -->\nB.\n<!-- postlint-enable a -->\n<!-- postlint-enable -->\n",
		"A <!-- postlint-disable-file x\n-- r --> b\n",
		"<!-- postlint-disable x -- y\n\n",
		"---\r\n# postlint-disable-next-line unknown-key -- k\r\nkey: |\r\n  # postlint-x\r\n---\r\n",
		"+++\na = \"\"\"\n# postlint-disable-file x -- y\n\"\"\"\n+++\n",
		"\xEF\xBB\xBF<!--postlint-disable-->",
		"<!-->postlint-disable x -- y -->",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		p := post.Parse("p.md", []byte(src))
		ds := Parse(p)
		for _, d := range ds {
			if d.Span.Start < 0 || d.Span.End > len(src) || d.Span.Start > d.Span.End || d.Line > d.EndLine {
				t.Fatalf("span %v, lines %d-%d in a file of %d bytes", d.Span, d.Line, d.EndLine, len(src))
			}
			for i, s := range d.NameSpans {
				if s.Start < d.Span.Start || s.End > d.Span.End || src[s.Start:s.End] != d.Rules[i] {
					t.Fatalf("name %q at %v outside %v", d.Rules[i], s, d.Span)
				}
			}
		}
		s := NewSuppressor(ds, p.Lines.Lines())
		for line := range p.Lines.Lines() + 2 {
			for _, d := range ds {
				for _, rule := range d.Rules {
					s.Suppressed(rule, line)
				}
			}
		}
		s.Unused()
	})
}
