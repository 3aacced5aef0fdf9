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

The first heading of the post may have any level, as in markdownlint's
MD001: the front matter title is not counted as a level 1 heading before
it, because a post that opens with a level 3 heading is a deliberate
choice more often than a mistake (single-title checks the body's level 1
headings). Unlike MD001, headings in block quotes and footnotes are
skipped: they quote or annotate, and are not part of the post's outline.

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
	for _, h := range outlineHeadings(pass.Post.Body, pass.Post.BodySource) {
		if prev > 0 && h.Level > prev+1 {
			pass.ReportNodef(h, "heading level %d follows level %d; use level %d", h.Level, prev, prev+1)
		}
		prev = h.Level
	}
	return nil
}
