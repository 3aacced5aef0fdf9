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
"about.md", which may keep the title, and so is "fr/about.md" of
"en/about.md"). Each post
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
	entries := make([]siteEntry, 0, len(pass.Summaries))
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

// languageFolder matches a folder named after a language, with an
// optional region or script: "ja", "zh-cn", "pt-BR", "zh-hans".
var languageFolder = regexp.MustCompile(`^([a-z]{2})(?:[-_](?:[a-zA-Z]{2}|[a-zA-Z]{4}))?$`)

// isoLanguages holds the two-letter ISO 639-1 language codes, so that a
// folder named "go" or "js" is not taken for a language.
var isoLanguages = func() map[string]bool {
	const codes = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy " +
		"da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz " +
		"ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo " +
		"lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps " +
		"pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn " +
		"to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
	m := make(map[string]bool)
	for _, c := range strings.Fields(codes) {
		m[c] = true
	}
	return m
}()

// language returns the language of a post from its file name
// ("about.fr.md") or, failing that, from the nearest folder named after
// a language ("docs/ja/guide.md", as Astro, Docusaurus and Nuxt lay out
// translations), in lower case; "" when it has none.
func language(p string) string {
	if m := languageSuffix.FindStringSubmatch(path.Base(p)); m != nil {
		return m[1]
	}
	dirs := strings.Split(path.Dir(p), "/")
	for i := len(dirs) - 1; i >= 0; i-- {
		if m := languageFolder.FindStringSubmatch(dirs[i]); m != nil && isoLanguages[m[1]] {
			return strings.ToLower(dirs[i])
		}
	}
	return ""
}
