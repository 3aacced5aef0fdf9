package lint

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/postlint/postlint/internal/rule"
)

func TestRunReportsProgress(t *testing.T) {
	files := map[string]string{}
	for i := range 50 {
		files[fmt.Sprintf("p%02d.md", i)] = "x"
	}
	dir := tree(t, files)
	var (
		mu   sync.Mutex
		done []int
	)
	_, err := Run([]string{dir}, Options{Rules: []*rule.Rule{everyLine}, WorkDir: dir, Jobs: 4,
		Progress: func(n, total int) {
			mu.Lock()
			defer mu.Unlock()
			if total != 50 {
				t.Errorf("total = %d, want 50", total)
			}
			done = append(done, n)
		}})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(done)
	for i, n := range done {
		if n != i+1 {
			t.Fatalf("done counts %v, want each of 1 to 50 once", done)
		}
	}
	if len(done) != 50 {
		t.Errorf("%d progress calls, want 50", len(done))
	}
}
