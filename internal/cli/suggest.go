package cli

import (
	"fmt"

	"github.com/postlint/postlint/internal/suggest"
)

// didYouMean returns `; did you mean "x"?` for the name closest to s, or
// "" when none is close.
func didYouMean(s string, names []string) string {
	if best := suggest.Closest(s, names); best != "" {
		return fmt.Sprintf("; did you mean %q?", best)
	}
	return ""
}
