package fix

import (
	"testing"

	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

func edit(start, end int, text string) rule.Edit {
	return rule.Edit{Span: source.Span{Start: start, End: end}, NewText: text}
}

func TestApply(t *testing.T) {
	src := []byte("the the cat  sat")
	fixes := []*rule.Fix{
		{Edits: []rule.Edit{edit(12, 13, "")}},    // remove one of two spaces
		{Edits: []rule.Edit{edit(3, 7, "")}},      // remove " the"
		{Edits: []rule.Edit{edit(4, 8, "a ")}},    // overlaps the previous: skipped
		{Edits: []rule.Edit{edit(16, 16, ".\n")}}, // insert at the end
		nil,
		{},
	}
	got, n := Apply(src, fixes)
	if string(got) != "the cat sat.\n" || n != 3 {
		t.Errorf("Apply = %q, %d fixes; want %q, 3", got, n, "the cat sat.\n")
	}
}

func TestApplyMultiEditFixIsAllOrNothing(t *testing.T) {
	src := []byte("abcdef")
	fixes := []*rule.Fix{
		{Edits: []rule.Edit{edit(0, 1, "A")}},
		{Edits: []rule.Edit{edit(5, 6, "F"), edit(0, 2, "xx")}}, // its first edit overlaps: all skipped
	}
	got, n := Apply(src, fixes)
	if string(got) != "Abcdef" || n != 1 {
		t.Errorf("Apply = %q, %d", got, n)
	}
}

func TestApplyRejectsEditsOutsideTheFile(t *testing.T) {
	got, n := Apply([]byte("abc"), []*rule.Fix{{Edits: []rule.Edit{edit(2, 9, "")}}})
	if string(got) != "abc" || n != 0 {
		t.Errorf("Apply = %q, %d", got, n)
	}
}
