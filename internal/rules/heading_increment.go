package rules

import "github.com/postlint/postlint/internal/rule"

// HeadingIncrement reports a heading more than one level deeper than the
// heading before it.
var HeadingIncrement = &rule.Rule{
	Name:     "heading-increment",
	Severity: rule.Warning,
	Run:      runHeadingIncrement,
	Doc: `headings must go down one level at a time

A heading two or more levels deeper than the one before it skips a level
of the outline: screen readers announce a missing level, a table of
contents shows an orphaned entry, and it usually means a heading was
picked for its size. Going back up any number of levels is fine.

When the front matter has a title, themes render it as the page's level
1 heading, so the first heading of the body must be level 2 (or 1, which
single-title reports). Without a title, the first heading may have any
level. This is what markdownlint's MD001 does too. Unlike MD001,
headings in block quotes and footnotes are skipped: they quote or
annotate, and are not part of the post's outline.

Bad:

` + "```markdown" + `
## Cold starts

#### Measuring them
` + "```" + `

Good:

` + "```markdown" + `
## Cold starts

### Measuring them
` + "```",
}

func runHeadingIncrement(pass *rule.Pass) error {
	prev := 0
	if _, ok := declaredTitle(pass); ok {
		prev = 1
	}
	for i, h := range outlineHeadings(pass.Post.Body, pass.Post.BodySource) {
		switch {
		case prev == 0 || h.Level <= prev+1:
		case i == 0:
			pass.ReportNodef(h, "heading level %d follows the front matter title (level 1); use level 2", h.Level)
		default:
			pass.ReportNodef(h, "heading level %d follows level %d; use level %d", h.Level, prev, prev+1)
		}
		prev = h.Level
	}
	return nil
}
