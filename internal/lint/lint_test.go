package lint

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// tree writes files (path -> content) under a temporary directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// everyLine reports each post's first line, so tests can see which posts ran.
var everyLine = &rule.Rule{Name: "first-line", Doc: "t\n\nd", Severity: rule.Warning,
	Run: func(p *rule.Pass) error {
		p.Reportf(source.Span{Start: 0, End: 1}, "seen")
		return nil
	}}

func paths(fs []rule.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Path)
	}
	return out
}

func TestRunWalksDirectories(t *testing.T) {
	dir := tree(t, map[string]string{
		"content/a.md":                  "a",
		"content/b.markdown":            "b",
		"content/C.MD":                  "c",
		"content/notes.txt":             "skip",
		"content/.drafts/d.md":          "skip",
		"content/node_modules/pkg/e.md": "skip",
		"content/vendor/f.md":           "skip",
		"content/sub/g.md":              "g",
		"named.txt":                     "named files are always linted",
	})
	res, err := Run([]string{filepath.Join(dir, "content"), filepath.Join(dir, "named.txt"), filepath.Join(dir, "content/a.md")},
		Options{Rules: []*rule.Rule{everyLine}, WorkDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"content/C.MD", "content/a.md", "content/b.markdown", "content/sub/g.md", "named.txt"}
	if got := paths(res.Findings()); !slices.Equal(got, want) {
		t.Errorf("linted %q, want %q", got, want)
	}
	if res.Posts != len(want) {
		t.Errorf("Posts = %d, want %d", res.Posts, len(want))
	}
}

func TestRunMissingPath(t *testing.T) {
	_, err := Run([]string{filepath.Join(t.TempDir(), "nope")}, Options{})
	if err == nil || !strings.HasSuffix(err.Error(), "nope: no such file or directory") {
		t.Errorf("Run(missing) = %v", err)
	}
}

func TestRunSkipsBinaryFiles(t *testing.T) {
	dir := tree(t, map[string]string{"a.md": "text", "b.md": "bin\x00ary"})
	res, err := Run([]string{dir}, Options{Rules: []*rule.Rule{everyLine}, WorkDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if got := paths(res.Findings()); !slices.Equal(got, []string{"a.md"}) {
		t.Errorf("linted %q", got)
	}
	if len(res.Notices) != 1 || res.Notices[0].Path != "b.md" || res.Notices[0].Level != rule.Warning {
		t.Errorf("Notices = %+v", res.Notices)
	}
}

func TestRunRecoversFromFailingRules(t *testing.T) {
	dir := tree(t, map[string]string{"a.md": "a", "b.md": "b"})
	panics := &rule.Rule{Name: "panics", Doc: "t\n\nd", Severity: rule.Error,
		Run: func(*rule.Pass) error { panic("boom") }}
	fails := &rule.Rule{Name: "fails", Doc: "t\n\nd", Severity: rule.Error,
		Run: func(*rule.Pass) error { return errors.New("bad options") }}
	off := &rule.Rule{Name: "off", Doc: "t\n\nd", Severity: rule.Off,
		Run: func(*rule.Pass) error { panic("an Off rule must not run") }}
	res, err := Run([]string{dir}, Options{Rules: []*rule.Rule{panics, fails, off, everyLine}, WorkDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if got := paths(res.Findings()); !slices.Equal(got, []string{"a.md", "b.md"}) {
		t.Errorf("the other rule reported for %q, want both posts", got)
	}
	var got []string
	for _, n := range res.Notices {
		got = append(got, n.Path+": "+n.Message)
	}
	want := []string{
		"a.md: rule panics failed: panic: boom", "a.md: rule fails failed: bad options",
		"b.md: rule panics failed: panic: boom", "b.md: rule fails failed: bad options",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Notices = %q\nwant %q", got, want)
	}
}

func TestRunUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read any file")
	}
	dir := tree(t, map[string]string{"a.md": "a", "secret.md": "s"})
	if err := os.Chmod(filepath.Join(dir, "secret.md"), 0); err != nil {
		t.Fatal(err)
	}
	res, err := Run([]string{dir}, Options{Rules: []*rule.Rule{everyLine}, WorkDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Notices) != 1 || res.Notices[0].Level != rule.Error || res.Notices[0].Message != "cannot read: permission denied" {
		t.Errorf("Notices = %+v", res.Notices)
	}
	if got := paths(res.Findings()); !slices.Equal(got, []string{"a.md"}) {
		t.Errorf("linted %q", got)
	}
}

func TestSortFindings(t *testing.T) {
	at := func(path string, line, col int, r, msg string) rule.Finding {
		return rule.Finding{Path: path, Rule: r, Message: msg,
			Range: source.Range{Start: source.Position{Line: line, Column: col}, End: source.Position{Line: line, Column: col + 1}}}
	}
	got := sortFindings([]rule.Finding{
		at("b.md", 1, 1, "x", "m"),
		at("a.md", 2, 1, "x", "m"),
		at("a.md", 1, 5, "y", "m"),
		at("a.md", 1, 5, "x", "m"),
		at("a.md", 1, 5, "x", "m"), // an exact repeat
		at("a.md", 1, 2, "z", "m"),
	})
	var order []string
	for _, f := range got {
		order = append(order, f.Path+":"+string(rune('0'+f.Range.Start.Line))+":"+string(rune('0'+f.Range.Start.Column))+":"+f.Rule)
	}
	want := []string{"a.md:1:2:z", "a.md:1:5:x", "a.md:1:5:y", "a.md:2:1:x", "b.md:1:1:x"}
	if !slices.Equal(order, want) {
		t.Errorf("order %q, want %q", order, want)
	}
}

func TestRunExcludesWalkedFilesOnly(t *testing.T) {
	dir := tree(t, map[string]string{"a.md": "a", "drafts/b.md": "b", "drafts/c.md": "c"})
	exclude := func(path string) bool { return strings.Contains(filepath.ToSlash(path), "drafts/") }
	res, err := Run([]string{dir, filepath.Join(dir, "drafts", "c.md")},
		Options{Rules: []*rule.Rule{everyLine}, WorkDir: dir, Exclude: exclude})
	if err != nil {
		t.Fatal(err)
	}
	if got := paths(res.Findings()); !slices.Equal(got, []string{"a.md", "drafts/c.md"}) {
		t.Errorf("linted %q, want a.md and the named drafts/c.md", got)
	}
}

func TestRunReportsTooLargeFiles(t *testing.T) {
	dir := tree(t, map[string]string{"small.md": "s", "big.md": strings.Repeat("x", 2048)})
	res, err := Run([]string{dir}, Options{Rules: []*rule.Rule{everyLine}, WorkDir: dir, MaxFileSize: 1024})
	if err != nil {
		t.Fatal(err)
	}
	if got := paths(res.Findings()); !slices.Equal(got, []string{"small.md"}) {
		t.Errorf("linted %q", got)
	}
	if len(res.Notices) != 1 || res.Notices[0].Path != "big.md" || res.Notices[0].Level != rule.Error ||
		!strings.HasPrefix(res.Notices[0].Message, "not linted: the file is 2.0 KiB, over max-file-size (1.0 KiB)") {
		t.Errorf("Notices = %+v", res.Notices)
	}
}
