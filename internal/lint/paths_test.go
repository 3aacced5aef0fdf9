package lint

import (
	"path/filepath"
	"slices"
	"testing"
)

func displays(files []file) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.display)
	}
	return out
}

func TestExpandRespectsGitignore(t *testing.T) {
	dir := tree(t, map[string]string{
		".gitignore":          "drafts/\n*.tmp.md\n!keep.tmp.md\n",
		"a.md":                "walked",
		"b.tmp.md":            "ignored, but named below",
		"keep.tmp.md":         "re-included by a negation",
		"drafts/x.md":         "ignored, but named below",
		"drafts/y.md":         "ignored",
		"sub/.gitignore":      "local.md\n",
		"sub/c.md":            "walked",
		"sub/local.md":        "ignored by the nested .gitignore",
		"sub/deeper/local.md": "ignored at any depth below it",
		"other/local.md":      "the nested .gitignore does not reach here",
	})
	tests := []struct {
		name  string
		paths []string
		want  []string
	}{
		{"walk", []string{dir}, []string{"a.md", "keep.tmp.md", "other/local.md", "sub/c.md"}},
		{
			"named files are always linted",
			[]string{dir, filepath.Join(dir, "drafts", "x.md"), filepath.Join(dir, "b.tmp.md")},
			[]string{"a.md", "b.tmp.md", "drafts/x.md", "keep.tmp.md", "other/local.md", "sub/c.md"},
		},
		// Naming an ignored directory walks it, as naming a file lints it;
		// patterns from above still reach into it.
		{"named ignored directory", []string{filepath.Join(dir, "drafts")}, []string{"drafts/x.md", "drafts/y.md"}},
		{"named subdirectory", []string{filepath.Join(dir, "sub")}, []string{"sub/c.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, notices, err := expand(tt.paths, DefaultExtensions, dir, nil)
			if err != nil || len(notices) > 0 {
				t.Fatalf("expand: %v %v", err, notices)
			}
			if got := displays(files); !slices.Equal(got, tt.want) {
				t.Errorf("expand = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExpandReadsGitignoreAboveRoot(t *testing.T) {
	dir := tree(t, map[string]string{
		".git/HEAD":                "ref: refs/heads/main\n",
		".gitignore":               "drafts/\n/site/content/wip.md\n",
		"site/content/a.md":        "walked",
		"site/content/wip.md":      "ignored from the top of the work tree",
		"site/content/drafts/c.md": "ignored from the top of the work tree",
	})
	files, _, err := expand([]string{filepath.Join(dir, "site", "content")}, DefaultExtensions, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := displays(files), []string{"site/content/a.md"}; !slices.Equal(got, want) {
		t.Errorf("expand = %q, want %q", got, want)
	}
}
