package gitignore

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// tree writes files (slash-separated path -> content) under a temporary
// directory; a path ending in '/' is an empty directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, text := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(path, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// check asks m about each path (slash-separated, under root; a trailing
// '/' marks a directory) and compares with want.
func check(t *testing.T, m *Matcher, root string, want map[string]bool) {
	t.Helper()
	for path, ignored := range want {
		isDir := strings.HasSuffix(path, "/")
		name := filepath.Join(root, filepath.FromSlash(strings.TrimSuffix(path, "/")))
		if got := m.Ignored(name, isDir); got != ignored {
			t.Errorf("Ignored(%q, %v) = %v, want %v", path, isDir, got, ignored)
		}
	}
}

func TestNestedGitignoreTakesPrecedence(t *testing.T) {
	root := tree(t, map[string]string{
		".gitignore":           "*.draft.md\nsecret.md\n",
		"posts/.gitignore":     "!*.draft.md\n",
		"posts/old/.gitignore": "*.draft.md\n",
		"notes/.gitignore":     "local.md\n",
	})
	check(t, New(root), root, map[string]bool{
		"a.draft.md":           true,
		"posts/a.draft.md":     false, // re-included one level down
		"posts/sub/a.draft.md": false, // and below it
		"posts/old/a.draft.md": true,  // excluded again deeper still
		"posts/secret.md":      true,  // the top file still applies
		"notes/local.md":       true,
		"local.md":             false, // a nested file does not reach up
		"posts/local.md":       false, // nor sideways
	})
}

func TestNestedGitignoreAnchorsToItsDirectory(t *testing.T) {
	root := tree(t, map[string]string{
		"posts/.gitignore": "/index.md\ndrafts/*.md\n",
	})
	check(t, New(root), root, map[string]bool{
		"posts/index.md":          true,
		"posts/2024/index.md":     false,
		"index.md":                false,
		"posts/drafts/a.md":       true,
		"posts/2024/drafts/a.md":  false,
		"drafts/a.md":             false,
		"posts/drafts/sub/a.md":   false,
		"posts/drafts/sub/":       false,
		"posts/drafts/a.markdown": false,
	})
}

func TestExcludedDirectoryCannotBeReopened(t *testing.T) {
	root := tree(t, map[string]string{
		".gitignore":        "drafts/\nbuild\n",
		"drafts/.gitignore": "!keep.md\n", // never read: drafts/ is excluded
		"build/.gitignore":  "!*\n",
		"posts/.gitignore":  "!drafts/\n", // deeper, so it wins for posts/drafts
	})
	check(t, New(root), root, map[string]bool{
		"drafts/":            true,
		"drafts/keep.md":     true,
		"drafts/a/b/keep.md": true,
		"build/":             true,
		"build/index.md":     true,
		"posts/drafts/":      false, // the nested negation wins for its own tree
		"posts/drafts/a.md":  false,
		"drafts":             false, // a file named drafts: dir-only pattern
	})
}

func TestNegationAfterDirectoryContents(t *testing.T) {
	root := tree(t, map[string]string{
		".gitignore": "posts/*\n!posts/keep/\nposts/keep/*.tmp.md\n",
	})
	check(t, New(root), root, map[string]bool{
		"posts/a.md":          true,
		"posts/other/":        true,
		"posts/other/a.md":    true,
		"posts/keep/":         false,
		"posts/keep/a.md":     false,
		"posts/keep/a.tmp.md": true,
		"posts/keep/x/a.md":   false,
	})
}

func TestWorkTreeTopAboveRoot(t *testing.T) {
	top := tree(t, map[string]string{
		".git/":                "",
		".gitignore":           "drafts/\n/site/content/private.md\n*.bak.md\n",
		"site/.gitignore":      "/content/wip/\n",
		"site/content/":        "",
		"elsewhere/.gitignore": "*.md\n", // not between top and root
	})
	root := filepath.Join(top, "site", "content")
	m := New(root)
	check(t, m, root, map[string]bool{
		"drafts/":       true,
		"a/drafts/x.md": true,
		"private.md":    true, // anchored at top
		"a/private.md":  false,
		"x.bak.md":      true,
		"wip/":          true, // anchored at site/
		"wip/a.md":      true,
		"a/wip/":        false,
		"a.md":          false,
	})
	if m.Ignored(filepath.Join(root, "..", "elsewhere", "a.md"), false) {
		t.Error("a path outside root is ignored")
	}
}

func TestRootIsNeverIgnored(t *testing.T) {
	top := tree(t, map[string]string{
		".git/":       "",
		".gitignore":  "drafts/\ndrafts/*.tmp.md\n",
		"drafts/a.md": "",
	})
	root := filepath.Join(top, "drafts")
	check(t, New(root), root, map[string]bool{
		"a.md":     false, // named on the command line: its tree is walked
		"a.tmp.md": true,  // but patterns from above still reach into it
	})
	if New(root).Ignored(root, true) {
		t.Error("root is ignored")
	}
}

func TestGitFileMarksTop(t *testing.T) {
	// A linked work tree or a submodule has a .git file.
	top := tree(t, map[string]string{
		".git":       "gitdir: /somewhere/else\n",
		".gitignore": "*.tmp.md\n",
		"posts/":     "",
	})
	root := filepath.Join(top, "posts")
	check(t, New(root), root, map[string]bool{"a.tmp.md": true, "a.md": false})
}

func TestNoWorkTree(t *testing.T) {
	// Outside a work tree (unless TMPDIR is in one) only the tree's own
	// files count.
	top := tree(t, map[string]string{
		".gitignore": "*.md\n",
		"posts/":     "",
	})
	root := filepath.Join(top, "posts")
	if _, ok := workTreeTop(root); ok {
		t.Skip("the temporary directory is inside a git work tree")
	}
	check(t, New(root), root, map[string]bool{"a.md": false})
}

func TestRelativeRoot(t *testing.T) {
	root := tree(t, map[string]string{
		".gitignore":       "drafts/\n",
		"posts/.gitignore": "*.tmp.md\n",
	})
	t.Chdir(root)
	m := New(".")
	for path, want := range map[string]bool{
		"drafts":           true,
		"posts/a.tmp.md":   true,
		"./posts/a.tmp.md": true,
		"posts/a.md":       false,
		".":                false,
		"../x.md":          false,
	} {
		if got := m.Ignored(path, path == "drafts"); got != want {
			t.Errorf("Ignored(%q) = %v, want %v", path, got, want)
		}
	}
	m = New("./posts/")
	if !m.Ignored("posts/a.tmp.md", false) || !m.Ignored(filepath.Join(root, "posts", "a.tmp.md"), false) {
		t.Error("a root given as ./posts/ does not match its paths")
	}
}

func TestReadsEachGitignoreOnce(t *testing.T) {
	root := tree(t, map[string]string{".gitignore": "a.md\n"})
	m := New(root)
	check(t, m, root, map[string]bool{"a.md": true})
	if err := os.WriteFile(filepath.Join(root, ".gitignore"), []byte("b.md\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	check(t, m, root, map[string]bool{"a.md": true, "b.md": false})
}

func TestConcurrentUse(t *testing.T) {
	root := tree(t, map[string]string{".gitignore": "*.tmp.md\n", "a/.gitignore": "x.md\n"})
	m := New(root)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 100 {
				dir := filepath.Join(root, "a", fmt.Sprint((i+j)%5))
				if m.Ignored(filepath.Join(dir, "p.md"), false) || !m.Ignored(filepath.Join(dir, "x.md"), false) {
					t.Error("wrong answer under concurrent use")
					return
				}
			}
		})
	}
	wg.Wait()
}

// BenchmarkIgnored asks about every entry of a 20,000-post site, as a walk
// would: each directory once, then its posts.
func BenchmarkIgnored(b *testing.B) {
	root := b.TempDir()
	write := func(name, text string) {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	write(".gitignore", "# build output\n/public/\nnode_modules/\n*.tmp.md\n**/drafts/**\n!**/drafts/keep.md\n.DS_Store\n[Tt]humbs.db\ncontent/20[0-1][0-9]/*.bak\n")
	write("content/2024/.gitignore", "scratch-*.md\n")
	type entry struct {
		path  string
		isDir bool
	}
	var entries []entry
	for y := range 20 {
		year := filepath.Join(root, "content", fmt.Sprint(2005+y))
		entries = append(entries, entry{year, true})
		for p := range 1000 {
			entries = append(entries, entry{filepath.Join(year, fmt.Sprintf("post-%04d.md", p)), false})
		}
	}
	b.ResetTimer()
	for b.Loop() {
		m := New(root)
		for _, e := range entries {
			m.Ignored(e.path, e.isDir)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(entries)), "ns/entry")
}
