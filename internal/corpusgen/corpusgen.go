// Package corpusgen generates synthetic blog posts for benchmarks: Markdown
// files with YAML front matter in the shape of a typical blog post (title,
// date, cover, tags, excerpt and about 60 lines of body), with varied
// Markdown and a share of posts whose front matter is wrong.
//
// Generation is deterministic: the same seed and index give the same bytes
// on every platform and Go release, because the package uses its own
// random number generator rather than math/rand. Each post depends only on
// the seed and its index, so a corpus of 2,000 posts is the first 2,000
// posts of a corpus of 20,000 with the same seed.
package corpusgen

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
)

// Options say what to generate.
type Options struct {
	// Posts is how many posts to generate.
	Posts int
	// Seed selects the corpus; the same seed gives the same posts.
	Seed uint64
	// PerDir is how many posts go in each subdirectory; 0 means 100.
	PerDir int
}

// Post is one generated post.
type Post struct {
	// Path is the post's slash-separated path relative to the corpus
	// root, such as "d003/p00342-notes-on-cache.md".
	Path string
	Data []byte
	// Faulty tells whether the front matter was made wrong on purpose,
	// and Fault how ("bad-date", "http-cover", "empty-tags",
	// "missing-excerpt" or "yaml-syntax"); Fault is "" for a clean post.
	Fault string
}

// FaultRate is the share of posts whose front matter is wrong.
const FaultRate = 0.2

// Each generates the posts of opts in order and calls fn with each,
// stopping at the first error fn returns.
func Each(opts Options, fn func(Post) error) error {
	perDir := opts.PerDir
	if perDir <= 0 {
		perDir = 100
	}
	for i := range opts.Posts {
		p := Generate(opts.Seed, i)
		p.Path = path.Join(fmt.Sprintf("d%03d", i/perDir), p.Path)
		if err := fn(p); err != nil {
			return err
		}
	}
	return nil
}

// All returns the posts of opts.
func All(opts Options) []Post {
	posts := make([]Post, 0, opts.Posts)
	_ = Each(opts, func(p Post) error { posts = append(posts, p); return nil })
	return posts
}

// Write writes the posts of opts under dir, creating the subdirectories.
func Write(dir string, opts Options) error {
	made := make(map[string]bool)
	return Each(opts, func(p Post) error {
		file := filepath.Join(dir, filepath.FromSlash(p.Path))
		if d := filepath.Dir(file); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
			made[d] = true
		}
		return os.WriteFile(file, p.Data, 0o644)
	})
}

// Generate returns post number index of the corpus with seed. Its Path is
// the file name alone, without the subdirectory that Each adds.
func Generate(seed uint64, index int) Post {
	r := newRand(seed, uint64(index))
	g := &gen{r: r}
	title := g.title()
	slug := slugify(title)
	fault := ""
	if r.float() < FaultRate {
		fault = faults[r.intn(len(faults))]
	}
	g.frontMatter(title, slug, fault)
	g.body()
	return Post{
		Path:  fmt.Sprintf("p%05d-%s.md", index, slug),
		Data:  g.out.Bytes(),
		Fault: fault,
	}
}
