package lint

import (
	"testing"

	"github.com/postlint/postlint/internal/post"
)

func TestSummaryLinksSpanTheirDestination(t *testing.T) {
	src := "---\ntitle: T\n---\n" +
		"See [a](other.md#x \"other.md\") and ![cat](<my cat.png>).\n" +
		"[![badge](badge.png)](other.md) and [ref][r] and [web](https://example.com).\n\n" +
		"[r]: ref.md\n"
	p := post.Parse("p.md", []byte(src))
	s := summarize(p, "p.md")
	want := []struct{ text, at string }{
		{"other.md#x", "other.md#x"},
		{"my cat.png", "my cat.png"},
		{"other.md", "other.md"},
		{"badge.png", "badge.png"},
		{"ref.md", "[ref][r]"}, // a reference link: the whole link
	}
	if len(s.Links) != len(want) {
		t.Fatalf("got %d links, want %d: %+v", len(s.Links), len(want), s.Links)
	}
	for i, w := range want {
		l := s.Links[i]
		if got := src[l.Span().Start:l.Span().End]; l.Text != w.text || got != w.at {
			t.Errorf("link %d: text %q at %q, want %q at %q", i, l.Text, got, w.text, w.at)
		}
	}
}
