package lint

import (
	"cmp"
	"slices"

	"github.com/postlint/postlint/internal/rule"
)

// sortFindings orders findings by path, line, column, rule and message,
// and drops exact repeats.
func sortFindings(fs []rule.Finding) []rule.Finding {
	slices.SortStableFunc(fs, compareFindings)
	return slices.CompactFunc(fs, func(a, b rule.Finding) bool {
		return compareFindings(a, b) == 0 && a.Range.End == b.Range.End
	})
}

func compareFindings(a, b rule.Finding) int {
	return cmp.Or(
		cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.Range.Start.Line, b.Range.Start.Line),
		cmp.Compare(a.Range.Start.Column, b.Range.Start.Column),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.Message, b.Message),
	)
}
