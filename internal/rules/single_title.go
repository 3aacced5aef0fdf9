package rules

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/rule"
)

// SingleTitle reports a level 1 heading that competes with the post's
// title.
var SingleTitle = &rule.Rule{
	Name:     "single-title",
	Severity: rule.Warning,
	Run:      runSingleTitle,
	Doc: `a post must have one title

Blog themes render the front matter ` + "`title`" + ` as the page's h1, so a
level 1 heading in the body makes a second h1: the page shows two titles
(often the same one twice) and its outline has two roots. When the front
matter has a title, every level 1 heading in the body is reported; without
one, the first level 1 heading is the title and each later one is
reported. Setext headings (underlined with ` + "`===`" + `) count; headings in
code, HTML, block quotes and footnotes do not.

Unlike markdownlint's MD025, a second level 1 heading is reported
wherever the first one is, not only when the post starts with it.

Bad:

` + "```markdown" + `
---
title: Is serverless truly serverless?
---

# Is serverless truly serverless?

# What the term means
` + "```" + `

Good:

` + "```markdown" + `
---
title: Is serverless truly serverless?
---

## What the term means
` + "```",
}

func runSingleTitle(pass *rule.Pass) error {
	p := pass.Post
	title, hasTitle := declaredTitle(pass)
	var first *ast.Heading
	for _, h := range outlineHeadings(p.Body, p.BodySource) {
		if h.Level != 1 {
			continue
		}
		switch {
		case hasTitle && strings.EqualFold(markdown.PlainText(h, p.BodySource), title):
			pass.ReportNodef(h, "heading repeats the front matter title, which themes already show as the page's h1; remove it")
		case hasTitle:
			pass.ReportNodef(h, "level 1 heading in the body; themes show the front matter title as the page's h1, so use level 2")
		case first == nil:
			first = h
		default:
			line := p.Lines.Position(pass.NodeSpan(first).Start).Line
			pass.ReportNodef(h, "another level 1 heading; the one on line %d is the post's title, so use level 2", line)
		}
	}
	return nil
}

// declaredTitle returns the front matter's title, when it has one that
// a theme would show.
func declaredTitle(pass *rule.Pass) (string, bool) {
	fm := pass.Post.FrontMatter
	if fm == nil || !fm.Decoded {
		return "", false
	}
	obj, _ := fm.Value.(map[string]any)
	switch t := obj["title"].(type) {
	case nil:
		return "", false
	case string:
		t = strings.TrimSpace(t)
		return t, t != ""
	}
	return "", true
}
