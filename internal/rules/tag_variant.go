package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/rule"
)

// TagVariant reports tags spelled in more than one way across the site.
var TagVariant = &rule.Rule{
	Name:     "tag-variant",
	Severity: rule.Warning,
	Site:     runTagVariant,
	Doc: `a tag must be spelled the same way in every post

Site generators make one page per tag spelling, so "DevOps" on one post
and "devops" on another split the posts between two tag pages (or, where
the generator folds them, show whichever spelling it met first). Tags are
compared across the whole site, whatever the post's language, ignoring
case, spaces, hyphens, underscores, apostrophes, slashes, dots and commas
("Node.js", "nodejs"), and a final "s", "es" or "ies" when the singular
is also a tag ("tutorials", "tutorial"). Other signs count, so "C", "C++"
and "C#" stay apart, as do a leading dot (".NET") and a dot between
digits ("2.0"). Tags ending in "ss", singulars of fewer than three
letters ("ios", "io") and a few words whose "s" is not a plural ("news",
"windows", "https") are not merged.

The spelling used by the most posts is taken as the right one; on a tie,
the one that comes first (in path order, then in the post's list). Every
other spelling is reported at the tag, naming the majority spelling and
a few posts that use it.

Bad:

` + "```markdown" + `
<!-- a.md -->
---
tags: [DevOps, machine learning]
---

<!-- b.md -->
---
tags: [devops, machine-learning]
---
` + "```" + `

Good:

` + "```markdown" + `
<!-- a.md -->
---
tags: [DevOps, machine learning]
---

<!-- b.md -->
---
tags: [DevOps, machine learning]
---
` + "```",
}

// maxTagRelated caps the posts named as using the majority spelling.
const maxTagRelated = 3

// tagKeepPlural lists tags ending in "s" that are not the plural of the
// tag without it: "news" is not many "new".
var tagKeepPlural = map[string]bool{
	"news": true, "windows": true, "series": true, "species": true,
	"means": true, "arms": true, "sales": true, "rails": true,
	"canvas": true, "pandas": true, "graphics": true, "physics": true,
	"mars": true, "pros": true,
	"https": true, "ftps": true, "ldaps": true, "smtps": true, "imaps": true, "wss": true,
}

// tagKey folds a tag to the form its variants share: lower case, without
// spaces and the punctuation people use between words. It keeps a
// leading dot (".NET") and a dot or comma between digits ("2.0").
func tagKey(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	var b strings.Builder
	var prev rune
	for i, r := range tag {
		switch {
		case unicode.IsSpace(r), strings.ContainsRune("-_/'’‐‑–—", r):
			continue
		case r == '.' || r == ',':
			next, _ := utf8.DecodeRuneInString(tag[i+1:])
			if !(i == 0 && r == '.' || unicode.IsDigit(prev) && unicode.IsDigit(next)) {
				continue
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// tagSingulars returns the keys a plural key may be the plural of, most
// likely first: "tools" -> "tool", "boxes" -> "box", "stories" -> "story".
func tagSingulars(key string) []string {
	if !strings.HasSuffix(key, "s") || strings.HasSuffix(key, "ss") || tagKeepPlural[key] {
		return nil
	}
	var out []string
	add := func(stem, suffix string) {
		last, _ := utf8.DecodeLastRuneInString(stem)
		if utf8.RuneCountInString(stem) >= 3 && unicode.IsLetter(last) {
			out = append(out, stem+suffix)
		}
	}
	add(key[:len(key)-1], "")
	if stem, ok := strings.CutSuffix(key, "es"); ok {
		for _, end := range []string{"s", "x", "z", "ch", "sh"} {
			if strings.HasSuffix(stem, end) {
				add(stem, "")
				break
			}
		}
	}
	if stem, ok := strings.CutSuffix(key, "ies"); ok {
		add(stem, "y")
	}
	return out
}

// tagUse is one tag of one post.
type tagUse struct {
	post *rule.Summary
	tag  *rule.Value
}

// tagSpelling is one way a tag is written and the posts that write it so.
type tagSpelling struct {
	text string
	uses []tagUse // the first use in each post
}

func runTagVariant(pass *rule.SitePass) error {
	var uses []tagUse
	var keys []string
	used := make(map[string]bool)
	for _, s := range pass.Summaries {
		for i := range s.Tags {
			key := tagKey(s.Tags[i].Text)
			uses = append(uses, tagUse{post: s, tag: &s.Tags[i]})
			keys = append(keys, key)
			used[key] = true
		}
	}
	var order []string
	groups := make(map[string][]tagUse)
	for i, u := range uses {
		key := keys[i]
		if key == "" {
			continue
		}
		for _, singular := range tagSingulars(key) {
			if used[singular] {
				key = singular
				break
			}
		}
		if _, ok := groups[key]; !ok {
			order = append(order, key)
		}
		groups[key] = append(groups[key], u)
	}
	for _, key := range order {
		reportTagVariants(pass, groups[key])
	}
	return nil
}

// reportTagVariants reports the uses of a group of variants of one tag
// that are not spelled as most posts spell it.
func reportTagVariants(pass *rule.SitePass, group []tagUse) {
	forked := false
	for _, u := range group[1:] {
		if u.tag.Text != group[0].tag.Text {
			forked = true
			break
		}
	}
	if !forked {
		return
	}
	var spellings []*tagSpelling
	byText := make(map[string]*tagSpelling)
	for _, u := range group {
		sp := byText[u.tag.Text]
		if sp == nil {
			sp = &tagSpelling{text: u.tag.Text}
			byText[sp.text] = sp
			spellings = append(spellings, sp)
		}
		if n := len(sp.uses); n == 0 || sp.uses[n-1].post != u.post {
			sp.uses = append(sp.uses, u)
		}
	}
	major := spellings[0]
	for _, sp := range spellings[1:] {
		if len(sp.uses) > len(major.uses) {
			major = sp
		}
	}
	posts := "posts"
	if len(major.uses) == 1 {
		posts = "post"
	}
	here := fmt.Sprintf("tag %q is used here", major.text)
	for _, u := range group {
		if u.tag.Text == major.text {
			continue
		}
		var related []rule.Related
		for _, m := range major.uses {
			if m.post != u.post && len(related) < maxTagRelated {
				related = append(related, rule.RelatedTo(m.post, *m.tag, here))
			}
		}
		if len(related) == 0 {
			related = append(related, rule.RelatedTo(major.uses[0].post, *major.uses[0].tag, here))
		}
		pass.Reportf(u.post, *u.tag, related, "tag %q is a variant of %q (used by %d %s); use %q",
			u.tag.Text, major.text, len(major.uses), posts, major.text)
	}
}
