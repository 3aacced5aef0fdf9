package lint

import (
	"github.com/postlint/postlint/internal/fix"
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/rule"
)

// maxFixPasses bounds how often a post is fixed and linted again: fixes
// that overlap wait for the next pass, and a pass that fixes nothing ends
// the loop.
const maxFixPasses = 10

// Fix applies the fixes of l's rules to the post src named path, linting
// it again after each pass until nothing is left to fix, and returns the
// fixed text and the number of fixes applied.
func (l *Linter) Fix(path string, src []byte) ([]byte, int) {
	total := 0
	for range maxFixPasses {
		findings, _ := l.Post(post.Parse(path, src))
		var fixes []*rule.Fix
		for _, f := range findings {
			if f.Fix != nil {
				fixes = append(fixes, f.Fix)
			}
		}
		if len(fixes) == 0 {
			break
		}
		fixed, n := fix.Apply(src, fixes)
		if n == 0 || string(fixed) == string(src) {
			break
		}
		src, total = fixed, total+n
	}
	return src, total
}
