package rules

import (
	"fmt"
	"strings"

	"github.com/postlint/postlint/internal/rule"
)

// siteEntry is one value of one post that a site rule compares.
type siteEntry struct {
	post  *rule.Summary
	value rule.Value
}

// reportDuplicates reports every entry of a group of two or more entries
// with the same key, at its value, naming the other posts of the group
// as related places. what names the value ("title", "slug").
func reportDuplicates(pass *rule.SitePass, keys []string, groups map[string][]siteEntry, what string) {
	for _, key := range keys {
		group := groups[key]
		if len(group) < 2 {
			continue
		}
		for i, e := range group {
			var related []rule.Related
			var others []string
			for j, o := range group {
				if j != i {
					related = append(related, rule.RelatedTo(o.post, o.value, fmt.Sprintf("the same %s %q", what, o.value.Text)))
					others = append(others, o.post.Path)
				}
			}
			pass.Reportf(e.post, e.value, related, "%s %q is also used by %s", what, e.value.Text, strings.Join(others, ", "))
		}
	}
}

// groupEntries groups entries by key, keeping the order in which keys
// first appear. Only keys that two or more entries share have a group:
// on a large site almost every key is unique, and a group for each took
// more memory than the site's summaries.
func groupEntries(entries []siteEntry, key func(siteEntry) string) ([]string, map[string][]siteEntry) {
	entryKeys := make([]string, len(entries))
	count := make(map[string]int, len(entries))
	for i, e := range entries {
		if k := key(e); k != "" {
			entryKeys[i] = k
			count[k]++
		}
	}
	groups := make(map[string][]siteEntry)
	var keys []string
	for i, e := range entries {
		k := entryKeys[i]
		if count[k] < 2 {
			continue
		}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], e)
	}
	return keys, groups
}
