package rules

import (
	"path"
	"regexp"
	"strings"

	"github.com/postlint/postlint/internal/rule"
)

// DuplicateTitle reports posts that share a title.
var DuplicateTitle = &rule.Rule{
	Name:     "duplicate-title",
	Severity: rule.Warning,
	Site:     runDuplicateTitle,
	Doc: `posts must have different titles

Two posts with the same title look the same in the post list, in feeds
and in search results, and readers cannot tell which one they want. It
usually means a post was copied as a template and its title was never
changed. Titles are compared ignoring case and runs of spaces, between
posts of the same language ("about.fr.md" is the French translation of
"about.md", which may keep the title). Each post
of the group is reported at its title, and the others are named.

Bad:

` + "```markdown" + `
<!-- a.md -->
---
title: Getting started
---

<!-- b.md -->
---
title: Getting Started
---
` + "```" + `

Good:

` + "```markdown" + `
<!-- a.md -->
---
title: Getting started with Hugo
---

<!-- b.md -->
---
title: Getting started with Jekyll
---
` + "```",
}

func runDuplicateTitle(pass *rule.SitePass) error {
	var entries []siteEntry
	for _, s := range pass.Summaries {
		entries = append(entries, siteEntry{post: s, value: s.Title})
	}
	keys, groups := groupEntries(entries, func(e siteEntry) string {
		title := strings.ToLower(strings.Join(strings.Fields(e.value.Text), " "))
		if title == "" {
			return ""
		}
		return language(e.post.Path) + "\x00" + title
	})
	reportDuplicates(pass, keys, groups, "title")
	return nil
}

// languageSuffix matches the language code of a translated post's file
// name, as Hugo names them: "about.fr.md".
var languageSuffix = regexp.MustCompile(`\.([a-z]{2}(?:-[a-zA-Z]{2})?)\.[^.]+$`)

// language returns the language code in a post's file name, or "".
func language(p string) string {
	if m := languageSuffix.FindStringSubmatch(path.Base(p)); m != nil {
		return m[1]
	}
	return ""
}
