package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/rules"
	"github.com/postlint/postlint/internal/source"
)

// titleAt returns the span and range of a title value on line 2 that
// starts at byte 11, as in "---\ntitle: Hello\n".
func titleAt(length int) (source.Span, source.Range) {
	return source.Span{Start: 11, End: 11 + length},
		source.Range{Start: source.Position{Line: 2, Column: 8}, End: source.Position{Line: 2, Column: 8 + length}}
}

func TestSiteRoot(t *testing.T) {
	dir := tree(t, map[string]string{
		"a.md": "---\ntitle: Hello\n---\n",
		"b.md": "---\ntitle: hello\n---\n",
	})
	run := func(siteRoot string, names ...string) *Result {
		t.Helper()
		var paths []string
		for _, n := range names {
			paths = append(paths, filepath.Join(dir, n))
		}
		res, err := Run(paths, Options{Rules: []*rule.Rule{rules.DuplicateTitle}, WorkDir: dir, SiteRoot: siteRoot})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}

	// Alone, b.md has no other post to share its title with.
	if res := run("", "b.md"); len(res.Findings()) != 0 || len(res.Notices) != 0 {
		t.Errorf("without site-root: findings %+v, notices %+v", res.Findings(), res.Notices)
	}

	// With the site root, a.md is compared but not linted: the finding
	// is on b.md only, and names a.md as its related place.
	res := run(dir, "b.md")
	bSpan, bRange := titleAt(5)
	aSpan, aRange := titleAt(5)
	want := []rule.Finding{{
		Path: "b.md", Rule: "duplicate-title", Severity: rule.Warning,
		Message: `title "hello" is also used by a.md`,
		Span:    bSpan, Range: bRange,
		Related: []rule.Related{{Path: "a.md", Span: aSpan, Range: aRange, Message: `the same title "Hello"`}},
	}}
	if !reflect.DeepEqual(res.Findings(), want) {
		t.Errorf("with site-root:\ngot  %+v\nwant %+v", res.Findings(), want)
	}
	if res.Posts != 1 || len(res.Notices) != 0 {
		t.Errorf("with site-root: Posts = %d, notices %+v; want 1 post linted and no notice", res.Posts, res.Notices)
	}

	// A post both linted and under the site root is summarized once.
	res = run(dir, "a.md", "b.md")
	if got := paths(res.Findings()); !slices.Equal(got, []string{"a.md", "b.md"}) {
		t.Fatalf("linting both: findings on %q", got)
	}
	for _, f := range res.Findings() {
		if len(f.Related) != 1 {
			t.Errorf("%s: related %+v, want the other post once", f.Path, f.Related)
		}
	}
}

// TestSiteRootWalk checks that the site root is walked as a directory
// named on the command line is, and that its posts that cannot be
// summarized are left out without a notice.
func TestSiteRootWalk(t *testing.T) {
	title := "---\ntitle: Hello\n---\n"
	dir := tree(t, map[string]string{
		"site/new.md":            title,
		"site/old.md":            title,
		"site/old.markdown":      title,
		"site/notes.txt":         title,
		"site/drafts/wip.md":     title,
		"site/ignored.md":        title,
		"site/.gitignore":        "ignored.md\n",
		"site/.hidden/h.md":      title,
		"site/node_modules/n.md": title,
		"site/binary.md":         title + "\x00",
		"site/big.md":            title + fmt.Sprintf("%2000s", ""),
		"elsewhere/x.md":         title,
	})
	exclude := func(path string) bool { return filepath.Base(filepath.Dir(path)) == "drafts" }
	res, err := Run([]string{filepath.Join(dir, "site", "new.md")}, Options{
		Rules: []*rule.Rule{rules.DuplicateTitle}, WorkDir: dir, SiteRoot: filepath.Join(dir, "site"),
		Exclude: exclude, MaxFileSize: 1024,
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings()) != 1 || len(res.Notices) != 0 {
		t.Fatalf("findings %+v, notices %+v; want one finding and no notice", res.Findings(), res.Notices)
	}
	var related []string
	for _, r := range res.Findings()[0].Related {
		related = append(related, r.Path)
	}
	if want := []string{"site/old.markdown", "site/old.md"}; !slices.Equal(related, want) {
		t.Errorf("related places %q, want %q", related, want)
	}
}

func TestSiteRootErrors(t *testing.T) {
	dir := tree(t, map[string]string{"a.md": "---\ntitle: Hello\n---\n"})
	a := []string{filepath.Join(dir, "a.md")}
	for root, want := range map[string]string{
		filepath.Join(dir, "nope"): "site-root nope: no such file or directory",
		a[0]:                       "site-root a.md is not a directory",
	} {
		_, err := Run(a, Options{Rules: []*rule.Rule{rules.DuplicateTitle}, WorkDir: dir, SiteRoot: root})
		if err == nil || err.Error() != want {
			t.Errorf("site-root %s: error %v, want %q", root, err, want)
		}
	}
	// Without a site rule the site root is not read at all.
	res, err := Run(a, Options{Rules: []*rule.Rule{everyLine}, WorkDir: dir, SiteRoot: filepath.Join(dir, "nope")})
	if err != nil || len(res.Findings()) != 1 {
		t.Errorf("without site rules: %+v, %v", res, err)
	}
}

// TestSiteRootUnreadable checks that a site root that cannot be read is
// an error notice, while an unreadable folder or post under it is left
// out silently.
func TestSiteRootUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read any file")
	}
	title := "---\ntitle: Hello\n---\n"
	dir := tree(t, map[string]string{"new.md": title, "site/a.md": title, "site/secret/b.md": title, "site/c.md": title})
	for _, p := range []string{"site/secret", "site/c.md"} {
		if err := os.Chmod(filepath.Join(dir, p), 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(filepath.Join(dir, p), 0o755) })
	}
	opts := Options{Rules: []*rule.Rule{rules.DuplicateTitle}, WorkDir: dir, SiteRoot: filepath.Join(dir, "site")}
	res, err := Run([]string{filepath.Join(dir, "new.md")}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Notices) != 0 || len(res.Findings()) != 1 || len(res.Findings()[0].Related) != 1 {
		t.Errorf("findings %+v, notices %+v; want one finding related to site/a.md and no notice", res.Findings(), res.Notices)
	}
	if err := os.Chmod(opts.SiteRoot, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(opts.SiteRoot, 0o755) })
	res, err = Run([]string{filepath.Join(dir, "new.md")}, opts)
	if err != nil {
		t.Fatal(err)
	}
	want := []Notice{{Path: "site", Level: rule.Error, Message: "site-root cannot read: permission denied"}}
	if !reflect.DeepEqual(res.Notices, want) || len(res.Findings()) != 0 {
		t.Errorf("unreadable root: findings %+v, notices %+v; want notice %+v", res.Findings(), res.Notices, want)
	}
}
