package rule

import (
	"math"
	"testing"

	"github.com/postlint/postlint/internal/source"
)

func TestValueKeepsItsPlace(t *testing.T) {
	span := source.Span{Start: 1 << 20, End: 1<<20 + 7}
	rng := source.Range{Start: source.Position{Line: 70000, Column: 3}, End: source.Position{Line: 70001, Column: 1}}
	v := NewValue("text", span, rng)
	if v.Text != "text" || v.Span() != span || v.Range() != rng {
		t.Errorf("NewValue kept %q %+v %+v, want %q %+v %+v", v.Text, v.Span(), v.Range(), "text", span, rng)
	}
	big := NewValue("", source.Span{Start: -1, End: math.MaxInt64}, source.Range{})
	if got := big.Span(); got.Start != -1 || got.End != math.MaxInt32 {
		t.Errorf("a span past int32 = %+v, want -1 and the largest int32", got)
	}
	s := &Summary{Path: "a.md"}
	if r := RelatedTo(s, v, "m"); r.Span != span || r.Range != rng || r.Path != "a.md" {
		t.Errorf("RelatedTo = %+v", r)
	}
}
