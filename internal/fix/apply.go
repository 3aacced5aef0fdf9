// Package fix applies the fixes that rules attach to their findings.
package fix

import (
	"cmp"
	"slices"

	"github.com/postlint/postlint/internal/rule"
)

// Apply returns src with the edits of fixes applied, and the number of
// fixes applied. A fix whose edits overlap an earlier fix's (in source
// order) is skipped whole; running the rules again finds what is left.
func Apply(src []byte, fixes []*rule.Fix) ([]byte, int) {
	type fixEdits struct {
		start int
		edits []rule.Edit
	}
	var all []fixEdits
	for _, f := range fixes {
		if f == nil || len(f.Edits) == 0 {
			continue
		}
		edits := slices.Clone(f.Edits)
		slices.SortFunc(edits, func(a, b rule.Edit) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
		all = append(all, fixEdits{start: edits[0].Span.Start, edits: edits})
	}
	slices.SortStableFunc(all, func(a, b fixEdits) int { return cmp.Compare(a.start, b.start) })

	var chosen []rule.Edit
	applied, end := 0, -1
	for _, f := range all {
		if !fits(f.edits, end, len(src)) {
			continue
		}
		chosen = append(chosen, f.edits...)
		end = f.edits[len(f.edits)-1].Span.End
		applied++
	}
	out := make([]byte, 0, len(src))
	at := 0
	for _, e := range chosen {
		out = append(out, src[at:e.Span.Start]...)
		out = append(out, e.NewText...)
		at = e.Span.End
	}
	return append(out, src[at:]...), applied
}

// fits reports whether sorted edits stay inside the file and overlap
// neither each other nor what ends at end; touching is not overlapping.
func fits(edits []rule.Edit, end, size int) bool {
	for _, e := range edits {
		if e.Span.Start < 0 || e.Span.End > size || e.Span.End < e.Span.Start {
			return false
		}
		if e.Span.Start < end {
			return false
		}
		end = e.Span.End
	}
	return true
}
