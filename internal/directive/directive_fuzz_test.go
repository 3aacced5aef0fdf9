package directive

import (
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/post"
)

// FuzzDirectives checks what FuzzParse does not: that directives come in
// source order, each placed on the lines its span resolves to and inside
// the front matter or the body; that keywords, kinds and problems agree;
// that names and reasons are tidy; and that the suppressor honours
// postlint-disable-file and touches no rule that no directive names.
func FuzzDirectives(f *testing.F) {
	for _, seed := range []string{
		"---\n# postlint-disable-next-line unknown-key -- legacy\nold: 1\nbody: |\n  # postlint-disable-file x -- not a comment\n---\n\n<!-- postlint-disable-file cliche -- quotes -->\nIn conclusion.\n",
		"+++\n# postlint-disable wordy -- toml\ns = '''\n# postlint-enable\n'''\n+++\n<!-- postlint-enable wordy -->\n",
		"{\n\"a\": \"# postlint-disable-file x -- json has no comments\"\n}\n",
		"<!-- postlint-disable a,b , c -- reason   with\n  spaces -->\n<!-- postlint-enable b -->\n<!-- postlint-enable q -->\n",
		"<!-- postlint-disable-next-line a -- r --><!-- postlint-disable-next-line b -- r -->\nx\n",
		"<!-- postlint-disable a postlint-enable -- r -->\n<!-- postlint-disable a a -- r -->\n<!-- postlint-ignore a -- r -->\n",
		"`<!-- postlint-disable a -- code -->`\n\n    <!-- postlint-disable b -- indented code -->\n\n```\n<!-- postlint-disable c -- fenced -->\n```\n",
		"<div>\n<!-- postlint-disable a -- in a block -->\n<!-- postlint-disable b\n",
		"\r\n<!-- postlint-disable-next-line a -- crlf -->\r\nx\r\n",
		"<!---->postlint-disable a -- r --><!-- postlint-disable-file -- -->",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		p := post.Parse("p.md", []byte(src))
		ds := Parse(p)
		named := make(map[string]bool)
		for i, d := range ds {
			if i > 0 && d.Span.Start < ds[i-1].Span.Start {
				t.Fatalf("directive %d at %v comes before directive %d at %v", i, d.Span, i-1, ds[i-1].Span)
			}
			if d.Span.Start < 0 || d.Span.End > len(src) || d.Span.Start > d.Span.End {
				t.Fatalf("span %v in a file of %d bytes", d.Span, len(src))
			}
			text := src[d.Span.Start:d.Span.End]
			if d.Line != p.Lines.Position(d.Span.Start).Line || d.EndLine != p.Lines.Position(d.Span.End).Line {
				t.Fatalf("%q on lines %d-%d, but its span %v is on %v-%v", text, d.Line, d.EndLine, d.Span,
					p.Lines.Position(d.Span.Start), p.Lines.Position(d.Span.End))
			}
			inBody := d.Span.Start >= p.BodyOffset
			fm := p.FrontMatter
			inFrontMatter := fm != nil && d.Span.Start >= fm.Content.Start && d.Span.End <= fm.Content.End
			switch {
			case inBody && !strings.HasPrefix(text, "<!--"):
				t.Fatalf("body directive %q is not an HTML comment", text)
			case inBody && !strings.HasSuffix(text, "-->") && !strings.Contains(d.Problem, "never closed"):
				t.Fatalf("body directive %q is not closed, and its problem is %q", text, d.Problem)
			case !inBody && (!inFrontMatter || !strings.HasPrefix(text, "#") || strings.ContainsAny(text, "\r\n")):
				t.Fatalf("directive %q at %v is neither a body comment nor one front matter comment line", text, d.Span)
			}
			if !strings.HasPrefix(d.Keyword, "postlint-") || !strings.Contains(text, d.Keyword) {
				t.Fatalf("keyword %q of %q", d.Keyword, text)
			}
			switch {
			case d.Kind == 0 && d.Problem == "":
				t.Fatalf("unknown keyword %q without a problem", d.Keyword)
			case d.Kind != 0 && d.Keyword != d.Kind.String():
				t.Fatalf("keyword %q read as %v", d.Keyword, d.Kind)
			case d.Kind < 0 || d.Kind > DisableFile:
				t.Fatalf("kind %d", d.Kind)
			}
			if d.Reason != strings.Join(strings.Fields(d.Reason), " ") {
				t.Fatalf("reason %q is not tidy", d.Reason)
			}
			if len(d.Rules) != len(d.NameSpans) {
				t.Fatalf("%d rules, %d name spans", len(d.Rules), len(d.NameSpans))
			}
			for _, name := range d.Rules {
				if name == "" || strings.ContainsAny(name, ", \t\r\n\f\v") {
					t.Fatalf("rule name %q in %q", name, text)
				}
				named[name] = true
			}
			if d.Problem == "" && d.Kind != Enable && (len(d.Rules) == 0 || d.Reason == "") {
				t.Fatalf("%q is valid with rules %q and reason %q", text, d.Rules, d.Reason)
			}
		}

		lines := p.Lines.Lines()
		s := NewSuppressor(ds, lines)
		// A rule no directive names is never suppressed.
		for _, rule := range []string{"", "postlint-none", "not named"} {
			if named[rule] {
				continue
			}
			for line := 0; line <= lines+1; line++ {
				if s.Suppressed(rule, line) {
					t.Fatalf("%q suppressed on line %d, but no directive names it", rule, line)
				}
			}
		}
		// A valid postlint-disable-file suppresses its rules everywhere.
		for _, d := range ds {
			if d.Kind != DisableFile || d.Problem != "" {
				continue
			}
			for _, rule := range d.Rules {
				for _, line := range []int{1, d.Line, lines} {
					if !s.Suppressed(rule, line) {
						t.Fatalf("%q is not suppressed on line %d despite %q", rule, line, src[d.Span.Start:d.Span.End])
					}
				}
			}
		}
		for _, u := range s.Unused() {
			if u.Directive < 0 || u.Directive >= len(ds) {
				t.Fatalf("unused %+v names no directive", u)
			}
			d := ds[u.Directive]
			if i := slices.Index(d.Rules, u.Rule); i < 0 || !slices.Contains(d.NameSpans, u.Span) {
				t.Fatalf("unused %+v is not a name of %q", u, src[d.Span.Start:d.Span.End])
			}
		}
	})
}
