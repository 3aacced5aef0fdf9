package rules

import (
	"bytes"

	"github.com/yuin/goldmark/ast"

	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// FencedCodeLanguage reports a fenced code block without a language.
var FencedCodeLanguage = &rule.Rule{
	Name:     "fenced-code-language",
	Severity: rule.Warning,
	Run:      runFencedCodeLanguage,
	Doc: `fenced code blocks must name their language

The word after the opening fence tells the site generator how to
highlight the code, and tells readers (and screen readers) what they are
looking at. Without it the block is shown as plain text, or highlighted
by guesswork. Name ` + "`text`" + ` for output that is not code. Any info
string counts as a language, including attributes such as ` + "`{.python}`" + `;
indented code blocks have no info string and are not checked. This is
markdownlint's MD040 with its default options.

Bad:

` + "````markdown" + `
` + "```" + `
npm install --global serverless
` + "```" + `
` + "````" + `

Good:

` + "````markdown" + `
` + "```sh" + `
npm install --global serverless
` + "```" + `
` + "````",
}

func runFencedCodeLanguage(pass *rule.Pass) error {
	body := pass.Post.BodySource
	return ast.Walk(pass.Post.Body, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.FencedCodeBlock:
			if n.Info != nil && len(bytes.TrimSpace(n.Info.Segment.Value(body))) > 0 {
				return ast.WalkSkipChildren, nil
			}
			start := n.Pos()
			if start < 0 || start >= len(body) {
				return ast.WalkSkipChildren, nil
			}
			end := start
			for end < len(body) && body[end] == body[start] {
				end++
			}
			pass.Reportf(pass.Post.BodySpan(source.Span{Start: start, End: end}),
				"code block has no language; write one after the opening fence, such as \"go\" or \"text\"")
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.Heading, *ast.CodeBlock, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}
