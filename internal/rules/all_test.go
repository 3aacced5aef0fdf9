package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/rule"
)

func TestCatalogueIsValid(t *testing.T) {
	if err := rule.Validate(All()); err != nil {
		t.Error(err)
	}
}

var wantComment = regexp.MustCompile(`<!--\s*want\s|#\s*want\s`)

// TestEveryRuleHasTestdata checks that each rule has test posts with at
// least one expected finding and at least one clean post, and that each
// fixable rule has a golden file showing its fixes.
func TestEveryRuleHasTestdata(t *testing.T) {
	for _, r := range All() {
		dir := filepath.Join("testdata", r.Name)
		posts, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		failing, clean := 0, 0
		for _, p := range posts {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if wantComment.Match(src) {
				failing++
			} else {
				clean++
			}
		}
		if failing == 0 || clean == 0 {
			t.Errorf("%s: %d posts with findings and %d clean posts; want at least one of each", dir, failing, clean)
		}
		goldens, _ := filepath.Glob(filepath.Join(dir, "*.golden"))
		if r.Fixable && len(goldens) == 0 {
			t.Errorf("%s: fixable rule without a .golden file", dir)
		}
		if strings.ContainsAny(r.Name, " _") {
			t.Errorf("%s: bad name", r.Name)
		}
	}
}
