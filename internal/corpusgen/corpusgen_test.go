package corpusgen_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/postlint/postlint/internal/corpusgen"
	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/schema"
	"github.com/postlint/postlint/internal/source"
)

// goldenSum is the SHA-256 of the first 50 posts of seed 1, paths and
// bytes. It changes only when the generator does on purpose: then update
// it, and say so in docs/benchmarks.md, since older figures were measured
// on another corpus.
const goldenSum = "eaec6b5fa076b36fdd605ec99c75e47bd3716ba46c46ba6eb2db623ad2b6ef11"

func sum(posts []corpusgen.Post) string {
	h := sha256.New()
	for _, p := range posts {
		h.Write([]byte(p.Path))
		h.Write([]byte{0})
		h.Write(p.Data)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func TestDeterministic(t *testing.T) {
	a := corpusgen.All(corpusgen.Options{Posts: 200, Seed: 1})
	b := corpusgen.All(corpusgen.Options{Posts: 200, Seed: 1})
	if sum(a) != sum(b) {
		t.Fatal("the same seed gave different posts")
	}
	if got := sum(a[:50]); got != goldenSum {
		t.Errorf("seed 1 changed: sum of the first 50 posts is %s, want %s", got, goldenSum)
	}
	if c := corpusgen.All(corpusgen.Options{Posts: 200, Seed: 2}); sum(a) == sum(c) {
		t.Error("seeds 1 and 2 gave the same posts")
	}
	// A smaller corpus is a prefix of a larger one.
	small := corpusgen.All(corpusgen.Options{Posts: 20, Seed: 1})
	if sum(small) != sum(a[:20]) {
		t.Error("the first 20 posts depend on the corpus size")
	}
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	opts := corpusgen.Options{Posts: 25, Seed: 7, PerDir: 10}
	if err := corpusgen.Write(dir, opts); err != nil {
		t.Fatal(err)
	}
	for _, p := range corpusgen.All(opts) {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p.Path)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, p.Data) {
			t.Errorf("%s differs on disk", p.Path)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("25 posts at 10 per directory made %d directories, want 3", len(entries))
	}
}

// TestFaults checks that clean posts have front matter that decodes and
// satisfies the default schema, that faulty ones do not, and that about
// a fifth are faulty.
func TestFaults(t *testing.T) {
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	posts := corpusgen.All(corpusgen.Options{Posts: 500, Seed: 1})
	faulty := 0
	for _, p := range posts {
		fm, _ := frontmatter.Split(p.Data, source.NewLineIndex(p.Data))
		if fm == nil {
			t.Fatalf("%s has no front matter", p.Path)
		}
		bad := len(fm.Problems) > 0 || len(s.Validate(fm)) > 0
		if bad != (p.Fault != "") {
			t.Errorf("%s (fault %q): problems %v, schema failures %v", p.Path, p.Fault, fm.Problems, s.Validate(fm))
		}
		if p.Fault != "" {
			faulty++
		}
	}
	if faulty < 75 || faulty > 125 {
		t.Errorf("%d of 500 posts are faulty, want about 100", faulty)
	}
}
