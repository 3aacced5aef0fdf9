package ruletest

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/postlint/postlint/internal/lint"
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/rule"
)

// SiteNow is the present for site rules under test: posts dated after it
// are in the future.
var SiteNow = time.Date(2025, time.June, 1, 12, 0, 0, 0, time.UTC)

// RunSite checks the site rule r against the posts of testdata/<r.Name>,
// linted together as one site, and, as further sites, those of each of
// its subdirectories, so that a case can keep its posts apart or set
// other options. The first site is the *.md files directly in
// testdata/<r.Name>; each subdirectory's site is every *.md file under
// it at any depth (testdata/<r.Name>/<site>/posts/sub/a.md), so that a
// case can have a site's folder layout. A subdirectory with no posts,
// such as one holding only images, is no site. Wants work as in Run,
// across posts: every post's findings are checked against its own wants.
// Options come from the first post of the site that has an options
// comment; the run's present is SiteNow.
func RunSite(t *testing.T, r *rule.Rule) {
	t.Helper()
	root := filepath.Join("testdata", r.Name)
	sites := []string{root}
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			sites = append(sites, filepath.Join(root, e.Name()))
		}
	}
	for _, dir := range sites {
		posts, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		if dir != root {
			posts = sitePosts(t, dir)
		}
		if len(posts) == 0 {
			if dir == root {
				t.Fatalf("no test posts in %s", dir)
			}
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			checkSite(t, r, dir, posts)
		})
	}
}

// sitePosts returns the *.md files under dir, at any depth, in lexical
// order.
func sitePosts(t *testing.T, dir string) []string {
	var posts []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(path) == ".md" {
			posts = append(posts, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return posts
}

func checkSite(t *testing.T, r *rule.Rule, dir string, paths []string) {
	s, err := loadSchema(dir)
	if err != nil {
		t.Fatal(err)
	}
	wants := make(map[string][]*expectation)
	var optionsSrc []byte
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		p := post.Parse(path, src)
		if wants[filepath.ToSlash(path)], err = parseWants(src, p.Lines.Position(p.BodyOffset).Line); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if optionsSrc == nil && options.Match(src) {
			optionsSrc = src
		}
	}
	opts, err := ruleOptions(r, optionsSrc)
	if err != nil {
		t.Fatalf("%s: options: %v", dir, err)
	}
	if r.Severity == rule.Off {
		on := *r
		on.Severity = rule.Info
		r = &on
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	res, err := lint.Run(paths, lint.Options{
		Rules: []*rule.Rule{r}, RuleOptions: map[string]any{r.Name: opts},
		Schema: s, WorkDir: wd, Now: SiteNow,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	for _, n := range res.Notices {
		t.Errorf("%s: %s", n.Path, n.Message)
	}
	for f := range res.All() {
		if f.Rule == r.Name && !meet(wants[f.Path], f) {
			t.Errorf("%s:%d:%d: unexpected finding: %s", f.Path, f.Range.Start.Line, f.Range.Start.Column, f.Message)
		}
	}
	for path, ws := range wants {
		for _, w := range ws {
			if !w.met {
				t.Errorf("%s:%d:%d: no finding matched %q", path, w.line, w.column, w.re)
			}
		}
	}
}
