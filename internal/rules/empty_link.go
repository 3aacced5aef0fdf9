package rules

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/postlint/postlint/internal/rule"
)

// EmptyLink reports links that go nowhere.
var EmptyLink = &rule.Rule{
	Name:     "empty-link",
	Severity: rule.Error,
	Run:      runEmptyLink,
	Doc: `links must have a destination

A link written as ` + "`[text]()`" + `, ` + "`[text](<>)`" + ` or ` + "`[text](#)`" + ` goes
nowhere: it reloads the page or jumps to its top. It is usually a
placeholder that was never filled in. As in markdownlint's MD042, ` + "`#`" + `
alone counts as empty; a reference link whose definition is empty or
` + "`#`" + ` is reported too. Links in raw HTML are not checked: there
` + "`href=\"#\"`" + ` is a common hook for scripts.

Bad:

` + "```markdown" + `
Read the [release notes]() before upgrading.
` + "```" + `

Good:

` + "```markdown" + `
Read the [release notes](https://nodejs.org/en/blog/release/v22.0.0)
before upgrading.
` + "```",
}

func runEmptyLink(pass *rule.Pass) error {
	return ast.Walk(pass.Post.Body, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		link, ok := n.(*ast.Link)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		switch strings.TrimSpace(string(link.Destination)) {
		case "":
			pass.ReportNodef(link, "link has no destination; add the URL it should point to")
		case "#":
			pass.ReportNodef(link, "link points to \"#\", which goes nowhere; add the URL or the heading anchor")
		}
		return ast.WalkContinue, nil
	})
}
