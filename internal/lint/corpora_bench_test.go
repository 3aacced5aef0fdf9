package lint_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/postlint/postlint/internal/corpusgen"
	"github.com/postlint/postlint/internal/post"
)

// benchCorpus is a set of posts on disk, read once, for the stage
// benchmarks.
type benchCorpus struct {
	name  string
	dir   string
	paths []string // relative to dir, slash-separated
	srcs  [][]byte
	bytes int64
}

// generatedCorpus writes the first 2,000 posts of seed 1 (as
// "go run ./scripts/gencorpus -n 2000 -seed 1" does) under dir.
func generatedCorpus(dir string) *benchCorpus {
	opts := corpusgen.Options{Posts: 2000, Seed: 1}
	if err := corpusgen.Write(dir, opts); err != nil {
		panic(err)
	}
	c := &benchCorpus{name: "gen2000", dir: dir}
	for _, p := range corpusgen.All(opts) {
		c.add(p.Path, p.Data)
	}
	return c
}

// nodejsCorpus reads the posts of the Node.js blog that postlint walks
// for (*.md, *.markdown), without the corpus' SOURCE.md.
func nodejsCorpus(dir string) *benchCorpus {
	c := &benchCorpus{name: "nodejs-blog", dir: dir}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		ext := filepath.Ext(path)
		if rel == "SOURCE.md" || ext != ".md" && ext != ".markdown" {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		c.add(filepath.ToSlash(rel), src)
		return nil
	})
	if err != nil {
		panic(err)
	}
	return c
}

func (c *benchCorpus) add(path string, src []byte) {
	c.paths = append(c.paths, path)
	c.srcs = append(c.srcs, src)
	c.bytes += int64(len(src))
}

// lazyCorpus is a corpus loaded the first time a sub-benchmark asks for
// it, so that running (or profiling) one corpus does not pay for the
// other.
type lazyCorpus struct {
	name string
	get  func() *benchCorpus
}

// benchCorpora returns the generated corpus and, when present, the Node.js
// blog. b must be the top-level benchmark, which owns the generated
// corpus' folder. Loading panics on an I/O error: it runs in whichever
// sub-benchmark comes first.
func benchCorpora(b *testing.B) []lazyCorpus {
	var tmp string
	b.Cleanup(func() {
		if tmp != "" {
			os.RemoveAll(tmp)
		}
	})
	cs := []lazyCorpus{{"gen2000", sync.OnceValue(func() *benchCorpus {
		var err error
		if tmp, err = os.MkdirTemp("", "postlint-bench-"); err != nil {
			panic(err)
		}
		return generatedCorpus(tmp)
	})}}
	if dir := filepath.Join(corpus, "nodejs-blog"); exists(dir) {
		cs = append(cs, lazyCorpus{"nodejs-blog", sync.OnceValue(func() *benchCorpus { return nodejsCorpus(dir) })})
	}
	return cs
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// parseAll parses every post of c.
func (c *benchCorpus) parseAll() []*post.Post {
	posts := make([]*post.Post, len(c.srcs))
	for i, src := range c.srcs {
		posts[i] = post.Parse(c.paths[i], src)
	}
	return posts
}

// fresh returns shallow copies of posts without their lazily built prose
// blocks and anchors, so that each benchmark iteration pays for them as
// a real run does. It copies every exported field of post.Post: keep it
// in step when one is added.
func fresh(posts []*post.Post) []*post.Post {
	out := make([]*post.Post, len(posts))
	for i, p := range posts {
		out[i] = &post.Post{Path: p.Path, Source: p.Source, Lines: p.Lines, FrontMatter: p.FrontMatter,
			Body: p.Body, BodyOffset: p.BodyOffset, BodySource: p.BodySource}
	}
	return out
}

// perPost reports ns/post and sets MB/s for one iteration over all of c.
func perPost(b *testing.B, c *benchCorpus) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(c.srcs)), "ns/post")
}

// ruleGroups sorts the catalogue's rules into the groups that the
// benchmarks time separately, in documentation order.
var ruleGroups = []struct {
	name  string
	rules []string
}{
	{"front-matter", []string{"front-matter-syntax", "front-matter-missing", "front-matter-schema", "unknown-key", "excerpt-duplicates-body"}},
	{"structure", []string{"heading-increment", "single-title", "duplicate-heading", "fenced-code-language", "markdown-nesting"}},
	{"links", []string{"image-alt-text", "empty-link", "link-text", "link-fragment", "undefined-reference", "insecure-link", "bare-url"}},
	{"prose", []string{"placeholder", "repeated-word", "duplicate-sentence", "sentence-length", "paragraph-length", "cliche", "wordy", "readability", "terms"}},
	{"files", []string{"final-newline", "trailing-space"}},
	// Site rules run after the post pass, over every post's summary: a
	// Linter's Post does not run them, so their group times nothing but
	// the directives; BenchmarkFloor's "run" includes them.
	{"site", []string{"duplicate-title", "duplicate-slug", "future-date", "tag-variant", "missing-local-file"}},
	{"directives", []string{"invalid-directive", "unused-directive"}},
}

// groupOf returns the benchmark group of a rule, failing for a rule that
// no group lists, so that a new rule is not left out of the timings.
func groupOf(b *testing.B, name string) string {
	for _, g := range ruleGroups {
		if slices.Contains(g.rules, name) {
			return g.name
		}
	}
	b.Fatalf("rule %s is in no benchmark group: add it to ruleGroups", name)
	return ""
}

func corpusName(name string) string {
	return "corpus=" + strings.ReplaceAll(name, "/", "-")
}
