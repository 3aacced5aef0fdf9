package rules

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// outlineHeadings returns the headings of a post's outline, in order:
// every Markdown heading (ATX or setext) except those inside block
// quotes and footnotes, which quote or annotate rather than structure the
// post. Headings written as HTML and "headings" in code are not nodes of
// this kind and so are never included.
//
// Nor are the setext "headings" that MDC components make (Nuxt Content):
// in
//
//	::read-more
//	---
//	to: /docs/guide
//	---
//	::
//
// Markdown reads "::read-more" and "to: /docs/guide" as level 2 headings
// underlined by the "---" lines that delimit the component's properties.
func outlineHeadings(doc ast.Node, body []byte) []*ast.Heading {
	var out []*ast.Heading
	var component ast.Node // the MDC component heading just skipped
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Blockquote, *extast.Footnote, *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock,
			*ast.Paragraph, *ast.TextBlock:
			return ast.WalkSkipChildren, nil
		case *ast.Heading:
			setext := n.Pos() >= 0 && n.Pos() < len(body) && body[n.Pos()] != '#'
			switch {
			case setext && bytes.HasPrefix(body[n.Pos():], []byte("::")):
				component = n
			case setext && component != nil && n.PreviousSibling() == component:
				// the component's properties
			default:
				out = append(out, n)
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}
