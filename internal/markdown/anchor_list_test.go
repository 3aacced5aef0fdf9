package markdown

import (
	"slices"
	"testing"
)

func TestAnchorList(t *testing.T) {
	set := Anchors{"aa": true, "aaa": true, "b": true, "install-1": true, "bad\nname": true, "": true}
	l := set.List()
	if want := AnchorList("\naa\naaa\nb\ninstall-1\n"); l != want {
		t.Fatalf("List() = %q, want %q", l, want)
	}
	for _, name := range []string{"aa", "aaa", "b", "install-1"} {
		if !l.Has(name) {
			t.Errorf("Has(%q) = false, want true", name)
		}
	}
	for _, name := range []string{"a", "aaaa", "install", "1", "", "bad\nname", "\n", "aa\naaa", "B"} {
		if l.Has(name) {
			t.Errorf("Has(%q) = true, want false", name)
		}
	}
	if got := l.Names(); !slices.Equal(got, []string{"aa", "aaa", "b", "install-1"}) {
		t.Errorf("Names() = %q", got)
	}
	var empty AnchorList
	if Anchors(nil).List() != empty || empty.Has("a") || empty.Names() != nil {
		t.Errorf("an empty list is not empty")
	}
}
