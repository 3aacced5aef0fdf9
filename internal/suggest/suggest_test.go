package suggest

import "testing"

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "abc", 0}, {"abc", "", 3}, {"excrept", "excerpt", 1},
		{"heding", "heading", 1}, {"kitten", "sitting", 3}, {"日本語", "日本", 1},
	} {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestClosest(t *testing.T) {
	names := []string{"title", "tags", "excerpt", "heading-increment", "trailing-space", "install"}
	for s, want := range map[string]string{
		"excrept":          "excerpt",
		"Title":            "title",
		"tag":              "tags",
		"heding-increment": "heading-increment",
		"trailing-spaces":  "trailing-space",
		"instal":           "install",
		"FRtags":           "", // two edits, but the first letter differs
		"date":             "",
		"x":                "",
	} {
		if got := Closest(s, names); got != want {
			t.Errorf("Closest(%q) = %q, want %q", s, got, want)
		}
	}
}
