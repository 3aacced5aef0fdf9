package lint

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/postlint/postlint/internal/rule"
)

// TestStoreSpillsPastItsLimit keeps the first blobs in memory, spills the
// rest to a temporary file that is gone from the folder at once, and
// reads them all back.
func TestStoreSpillsPastItsLimit(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	st := newStore(10)
	var blobs []blob
	for i := range 6 {
		blobs = append(blobs, st.put([]byte(fmt.Sprintf("blob %d", i))))
	}
	if blobs[0].inFile || !blobs[1].inFile {
		t.Errorf("the first blob should stay in memory and the second spill: %+v", blobs[:2])
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("the temporary file is still in %s: %v", dir, entries)
	}
	var buf []byte
	for i, b := range blobs {
		got, err := st.get(b, &buf)
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("blob %d", i); string(got) != want {
			t.Errorf("blob %d = %q, want %q", i, got, want)
		}
	}
	if err := st.close(); err != nil {
		t.Fatal(err)
	}
	if _, err := st.get(blobs[3], &buf); err == nil {
		t.Error("a spilled blob read after close: want an error")
	}
}

// TestStoreStaysInMemoryWithoutTemporaryFolder runs on when no temporary
// file can be made.
func TestStoreStaysInMemoryWithoutTemporaryFolder(t *testing.T) {
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
	st := newStore(0)
	b := st.put([]byte("kept"))
	var buf []byte
	if got, err := st.get(b, &buf); err != nil || !bytes.Equal(got, []byte("kept")) {
		t.Errorf("get = %q, %v; want \"kept\"", got, err)
	}
}

// sameTitle is a site rule that reports every post's title, and the
// first post's in the related places.
var sameTitle = &rule.Rule{Name: "same-title", Doc: "t\n\nd", Severity: rule.Warning,
	Site: func(p *rule.SitePass) error {
		first := p.Summaries[0]
		for _, s := range p.Summaries {
			p.Reportf(s, s.Title, []rule.Related{rule.RelatedTo(first, first.Title, "first")}, "title %q", s.Title.Text)
		}
		return nil
	}}

// TestRunSpillsAndReadsBack lints a tree with a store small enough to
// spill, as a large site does, and wants the findings of an in-memory
// run.
func TestRunSpillsAndReadsBack(t *testing.T) {
	files := map[string]string{}
	for i := range 30 {
		files[fmt.Sprintf("p%02d.md", i)] = "---\ntitle: Same\n---\n\ntext  \n"
	}
	dir := tree(t, files)
	run := func() []string {
		res, err := Run([]string{dir}, Options{Rules: []*rule.Rule{everyLine, sameTitle}, WorkDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		defer res.Close()
		var got []string
		for f := range res.All() {
			got = append(got, fmt.Sprintf("%s:%d:%d %s %s", f.Path, f.Range.Start.Line, f.Range.Start.Column, f.Rule, f.Message))
		}
		if res.Err() != nil {
			t.Fatal(res.Err())
		}
		return got
	}
	want := run()
	if len(want) != 60 {
		t.Fatalf("in memory: %d findings, want 60:\n%q", len(want), want)
	}
	defer func(limit int64) { spillAfter = limit }(spillAfter)
	spillAfter = 0
	if got := run(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("spilled run:\n%q\nin memory:\n%q", got, want)
	}
}
