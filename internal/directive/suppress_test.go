package directive

import (
	"fmt"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/post"
)

// query is a finding of rule on line, and whether it should be suppressed.
type query struct {
	rule string
	line int
	want bool
}

func TestSuppressed(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		queries []query
		unused  []string // "rule@line:col" of each unused name, in order
	}{
		{
			name: "next line",
			src:  "A.\n<!-- postlint-disable-next-line cliche -- r -->\nIn conclusion.\nIn conclusion.\n",
			queries: []query{
				{"cliche", 2, false}, {"cliche", 3, true}, {"cliche", 4, false}, {"wordy", 3, false},
			},
		},
		{
			name:    "next line after a multi-line comment",
			src:     "<!-- postlint-disable-next-line cliche\n  -- r\n-->\nIn conclusion.\n",
			queries: []query{{"cliche", 2, false}, {"cliche", 3, false}, {"cliche", 4, true}, {"cliche", 5, false}},
		},
		{
			name:    "next line is exactly the next, even when blank",
			src:     "<!-- postlint-disable-next-line cliche -- r -->\n\nIn conclusion.\n",
			queries: []query{{"cliche", 3, false}},
			unused:  []string{"cliche@1:33"},
		},
		{
			name:    "next line from an inline comment",
			src:     "In conclusion <!-- postlint-disable-next-line cliche -- r -->\nin conclusion.\n",
			queries: []query{{"cliche", 1, false}, {"cliche", 2, true}},
		},
		{
			name: "range with enable",
			src:  "A.\n<!-- postlint-disable cliche, wordy -- r -->\nB.\nC.\n<!-- postlint-enable cliche, wordy -->\nD.\n",
			queries: []query{
				{"cliche", 2, false}, {"cliche", 3, true}, {"cliche", 4, true}, {"cliche", 5, true}, {"cliche", 6, false},
			},
			unused: []string{"wordy@2:31"},
		},
		{
			name:    "range to the end of the file",
			src:     "<!-- postlint-disable cliche -- r -->\nB.\n\nC.\n",
			queries: []query{{"cliche", 1, false}, {"cliche", 2, true}, {"cliche", 4, true}, {"cliche", 5, true}, {"cliche", 6, false}},
		},
		{
			name:    "whole file, wherever the comment is",
			src:     "In conclusion.\n\nB.\n\n<!-- postlint-disable-file cliche -- r -->\n",
			queries: []query{{"cliche", 1, true}, {"cliche", 5, true}, {"cliche", 6, true}, {"wordy", 1, false}},
		},
		{
			name: "enable of a subset",
			src:  "<!-- postlint-disable a, b -- r -->\nB.\n<!-- postlint-enable a -->\nD.\n<!-- postlint-enable b -->\nF.\n",
			queries: []query{
				{"a", 2, true}, {"a", 4, false},
				{"b", 2, true}, {"b", 4, true}, {"b", 6, false},
			},
		},
		{
			name: "enable without names ends every range",
			src:  "<!-- postlint-disable a -- r -->\n<!-- postlint-disable b -- r -->\nC.\n<!-- postlint-enable -->\nE.\n",
			queries: []query{
				{"a", 3, true}, {"b", 3, true}, {"a", 5, false}, {"b", 5, false},
			},
		},
		{
			name: "a disable inside a range of another rule",
			src:  "<!-- postlint-disable a -- r -->\nB.\n<!-- postlint-disable b -- r -->\nD.\n<!-- postlint-enable a -->\nF.\n",
			queries: []query{
				{"a", 2, true}, {"a", 4, true}, {"a", 6, false},
				{"b", 2, false}, {"b", 4, true}, {"b", 6, true},
			},
		},
		{
			name:    "the next line inside a range credits the next-line directive",
			src:     "<!-- postlint-disable a -- r -->\n<!-- postlint-disable-next-line a -- r -->\nC.\n<!-- postlint-enable a -->\n",
			queries: []query{{"a", 3, true}},
			unused:  []string{"a@1:23"},
		},
		{
			name:    "a file-wide disable made redundant by a next-line",
			src:     "<!-- postlint-disable-file a -- r -->\n<!-- postlint-disable-next-line a -- r -->\nC.\n",
			queries: []query{{"a", 3, true}},
			unused:  []string{"a@1:28"},
		},
		{
			name:    "a file-wide disable used elsewhere",
			src:     "<!-- postlint-disable-file a -- r -->\n<!-- postlint-disable-next-line a -- r -->\nC.\nD.\n",
			queries: []query{{"a", 3, true}, {"a", 4, true}},
		},
		{
			name: "nested ranges of one rule",
			src:  "<!-- postlint-disable a -- outer -->\nB.\n<!-- postlint-disable a -- inner -->\nD.\n<!-- postlint-enable a -->\nF.\n",
			queries: []query{
				{"a", 4, true}, {"a", 6, false},
			},
			unused: []string{"a@1:23"},
		},
		{
			name:    "nested ranges, both used",
			src:     "<!-- postlint-disable a -- outer -->\nB.\n<!-- postlint-disable a -- inner -->\nD.\n<!-- postlint-enable a -->\nF.\n",
			queries: []query{{"a", 2, true}, {"a", 4, true}},
		},
		{
			name:    "invalid directives suppress nothing",
			src:     "<!-- postlint-disable-next-line a -->\nB.\n<!-- postlint-disable-file a, a -- r -->\n<!-- postlint-disable a -->\nE.\n<!-- postlint-enable a -->\n",
			queries: []query{{"a", 2, false}, {"a", 5, false}},
		},
		{
			name:    "front matter next line",
			src:     "---\ntitle: x\n# postlint-disable-next-line unknown-key -- legacy key\nlegacy: 1\nold: 2\n---\nBody.\n",
			queries: []query{{"unknown-key", 4, true}, {"unknown-key", 5, false}},
		},
		{
			name:    "front matter disable-file reaches the body",
			src:     "+++\n# postlint-disable-file cliche -- quotes\n+++\nIn conclusion.\n",
			queries: []query{{"cliche", 4, true}},
		},
		{
			name:    "unused names of every valid form, in source order",
			src:     "---\n# postlint-disable-next-line unknown-key -- k\na: 1\n---\n<!-- postlint-disable-file x -- r -->\n<!-- postlint-disable-next-line y, z -- r -->\nG.\n<!-- postlint-disable w -- r -->\n<!-- postlint-enable w -->\n",
			queries: []query{{"z", 7, true}},
			unused:  []string{"unknown-key@2:30", "x@5:28", "y@6:33", "w@8:23"},
		},
		{
			name:    "no directives",
			src:     "In conclusion.\n",
			queries: []query{{"cliche", 1, false}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := post.Parse("p.md", []byte(tt.src))
			ds := Parse(p)
			s := NewSuppressor(ds, p.Lines.Lines())
			for _, q := range tt.queries {
				if got := s.Suppressed(q.rule, q.line); got != q.want {
					t.Errorf("Suppressed(%q, %d) = %v, want %v", q.rule, q.line, got, q.want)
				}
			}
			var unused []string
			for _, u := range s.Unused() {
				if ds[u.Directive].Rules[indexOf(ds[u.Directive].NameSpans, u.Span)] != u.Rule {
					t.Errorf("unused %q does not match its span", u.Rule)
				}
				pos := p.Lines.Position(u.Span.Start)
				unused = append(unused, fmt.Sprintf("%s@%d:%d", u.Rule, pos.Line, pos.Column))
			}
			if strings.Join(unused, " ") != strings.Join(tt.unused, " ") {
				t.Errorf("Unused() = %v, want %v", unused, tt.unused)
			}
		})
	}
}

func indexOf[T comparable](s []T, v T) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func TestSuppressorWithoutDirectives(t *testing.T) {
	s := NewSuppressor(nil, 10)
	if s.Suppressed("cliche", 1) {
		t.Error("suppressed without directives")
	}
	if u := s.Unused(); u != nil {
		t.Errorf("Unused() = %v, want nil", u)
	}
}

func BenchmarkParseWithoutDirectives(b *testing.B) {
	p := post.Parse("p.md", []byte(strings.Repeat("Some prose with <!-- a comment --> in it.\n\n", 1000)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(p)
	}
}

func BenchmarkSuppressed(b *testing.B) {
	var src strings.Builder
	for i := range 200 {
		fmt.Fprintf(&src, "<!-- postlint-disable-next-line rule-%d -- r -->\nText.\n", i%20)
	}
	p := post.Parse("p.md", []byte(src.String()))
	s := NewSuppressor(Parse(p), p.Lines.Lines())
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		s.Suppressed("rule-7", i%400)
	}
}
