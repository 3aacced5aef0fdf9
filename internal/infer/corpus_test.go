package infer

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/schema"
	"github.com/postlint/postlint/internal/source"
)

const corpusDir = "../../../shared/corpus"

// TestCorpora infers a schema from each shared corpus and checks that it
// compiles and that every post of the corpus validates against it.
func TestCorpora(t *testing.T) {
	entries, err := os.ReadDir(corpusDir)
	if err != nil {
		t.Skipf("no corpora: %v", err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) {
			files, err := Files([]string{filepath.Join(corpusDir, e.Name())}, []string{".md", ".markdown", ".mdx"})
			if err != nil {
				t.Fatal(err)
			}
			var o Observer
			var fms []*frontmatter.FrontMatter
			var paths []string
			for _, path := range files {
				src, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				fm, _ := frontmatter.Split(src, source.NewLineIndex(src))
				if fm == nil || !fm.Decoded {
					continue
				}
				o.Observe(path, fm.Value)
				fms, paths = append(fms, fm), append(paths, path)
			}
			if o.Posts() == 0 {
				t.Skip("no posts with front matter")
			}
			file := filepath.Join(t.TempDir(), "post.schema.json")
			text := o.Schema()
			if err := os.WriteFile(file, text, 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := schema.Load(file)
			if err != nil {
				t.Fatalf("inferred schema does not compile: %v\n%s", err, text)
			}
			failed := 0
			for i, fm := range fms {
				for _, f := range s.Validate(fm) {
					failed++
					if failed <= 20 {
						t.Errorf("%s: %s: %s", paths[i], f.Pointer, f.Message)
					}
				}
			}
			if failed > 0 {
				t.Errorf("%d failures; schema:\n%s", failed, text)
			}
			if testing.Verbose() {
				t.Logf("%d posts, %d outliers\n%s", o.Posts(), len(o.Outliers()), text)
				for i, x := range o.Outliers() {
					if i < 15 {
						t.Log(x)
					}
				}
			}
		})
	}
}
