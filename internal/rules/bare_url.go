package rules

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/rule"
)

// BareURL reports URLs written in prose without link syntax.
var BareURL = &rule.Rule{
	Name:     "bare-url",
	Severity: rule.Off,
	Run:      runBareURL,
	Doc: `URLs in prose should be links with descriptive text

GitHub Flavored Markdown turns a bare URL such as
` + "`https://nodejs.org/dist/`" + ` into a link, but the URL makes poor link text: screen readers spell it
out, and readers cannot tell where it goes until they read it. Write a
link whose text says what the target is. URLs in code, in link text, in
raw HTML and in angle brackets (` + "`<https://...>`" + `, an explicit choice to show
the URL) are not reported, nor are email addresses. Bare URLs are found
as GitHub Flavored Markdown finds them, so a URL right after a quote
mark (as in a shortcode's ` + "`src=\"https://...\"`" + `) or after a no-break
space is not one; markdownlint's MD034 reports those.

Unlike markdownlint's MD034, which asks for angle brackets around bare
URLs, this rule is about link text, so it is off by default: turn it on
for sites that want every link described.

Bad:

` + "```markdown" + `
The installers are at https://nodejs.org/en/download.
` + "```" + `

Good:

` + "```markdown" + `
[Download the installers](https://nodejs.org/en/download).
` + "```",
}

func runBareURL(pass *rule.Pass) error {
	body := pass.Post.BodySource
	inAnchor := false // between inline <a ...> and </a>
	return ast.Walk(pass.Post.Body, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if n.Type() == ast.TypeBlock {
			inAnchor = false
		}
		switch n := n.(type) {
		case *ast.Link, *ast.CodeSpan, *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			if tag := rawHTMLText(n, body); isTagNamed(tag, "a") {
				inAnchor = true
			} else if isTagNamed(tag, "/a") {
				inAnchor = false
			}
		case *ast.AutoLink:
			if start, _ := markdown.Span(n, body); !inAnchor && n.AutoLinkType == ast.AutoLinkURL && body[start] != '<' {
				pass.ReportNodef(n, "bare URL; write it as a link with descriptive text")
			}
		}
		return ast.WalkContinue, nil
	})
}

// rawHTMLText returns the source of an inline HTML node.
func rawHTMLText(n *ast.RawHTML, body []byte) []byte {
	if n.Segments.Len() == 0 {
		return nil
	}
	return body[n.Segments.At(0).Start:n.Segments.At(n.Segments.Len()-1).Stop]
}

// isTagNamed reports whether tag, the source of one HTML tag, is a tag
// named name ("a", or "/a" for its end tag), in any case.
func isTagNamed(tag []byte, name string) bool {
	if len(tag) < len(name)+2 || tag[0] != '<' || !strings.EqualFold(string(tag[1:1+len(name)]), name) {
		return false
	}
	c := tag[1+len(name)]
	return c == '>' || c == '/' || isHTMLSpace(c)
}
