package report

import (
	"fmt"
	"strings"

	"github.com/postlint/postlint/internal/rule"
)

// maxRelatedShown bounds the related places of a finding that the text
// output lists and that GitHub and SARIF messages name; the rest are
// counted ("and 2 more"). The JSON report and SARIF's relatedLocations
// carry them all.
const maxRelatedShown = 3

// shownRelated returns the related places of f to name, and how many
// more there are.
func shownRelated(f rule.Finding) ([]rule.Related, int) {
	if len(f.Related) <= maxRelatedShown {
		return f.Related, 0
	}
	return f.Related[:maxRelatedShown], len(f.Related) - maxRelatedShown
}

// alsoHint returns " (also: a.md:3, b.md:7 and 2 more)" for a finding
// with related places, naming each of the first three with
// name(i, path, line), i counting from 0; it returns "" for a finding
// without.
func alsoHint(f rule.Finding, name func(i int, path string, line int) string) string {
	shown, more := shownRelated(f)
	if len(shown) == 0 {
		return ""
	}
	places := make([]string, len(shown))
	for i, rel := range shown {
		places[i] = name(i, rel.Path, validRange(rel.Range).Start.Line)
	}
	hint := " (also: " + strings.Join(places, ", ")
	if more > 0 {
		hint += fmt.Sprintf(" and %d more", more)
	}
	return hint + ")"
}
