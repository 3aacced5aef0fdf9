// Package suggest finds the name a user probably meant when they wrote one
// that does not exist: a rule, a config key, a front matter key, an
// anchor or a reference label.
package suggest

import (
	"strings"
	"unicode/utf8"
)

// Closest returns the candidate nearest to s, ignoring case, when it is
// close enough to be a likely typo, or "". Close enough means at most one
// edit for every three characters of s (and at least one edit), where an
// edit inserts, deletes or replaces a character or swaps two neighbours;
// beyond one edit the first letter must agree, so that "FRtags" is not
// taken for "tags".
func Closest(s string, candidates []string) string {
	lower := strings.ToLower(s)
	limit := max(1, utf8.RuneCountInString(s)/3)
	best, bestDist := "", limit+1
	for _, c := range candidates {
		other := strings.ToLower(c)
		d := Distance(lower, other)
		if d > 1 && firstRune(lower) != firstRune(other) {
			continue
		}
		if d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// Distance is the optimal string alignment distance between a and b in
// runes: insertions, deletions, substitutions and swaps of two
// neighbouring characters each cost 1.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
