package rules

import (
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/rule"
)

// LinkText reports link text that does not say where the link goes.
var LinkText = &rule.Rule{
	Name:     "link-text",
	Severity: rule.Warning,
	Options:  func() any { return &linkTextOptions{} },
	Run:      runLinkText,
	Doc: `link text must say where the link goes

Screen reader users often jump from link to link, hearing only the link
text; everybody scans a page for links. Text like "here", "click here",
"this link" or "read more" says nothing out of context. The whole text
must be one of these phrases (case and surrounding punctuation do not
matter): "Learn more about routing" is fine. A link with no text at all
is reported too, unless it holds an image.

A URL as the link text (` + "`[https://nodejs.org/dist/](https://nodejs.org/dist/)`" + `)
reads poorly too, but on real blogs it is mostly deliberate, in download
lists and "visit: URL" lines, and it is the same as an autolink
` + "`<https://nodejs.org/dist/>`" + `, which is bare-url's business; set
` + "`url-text: true`" + ` to report it.

Bad:

` + "```markdown" + `
To install Node.js, click [here](https://nodejs.org/en/download).
` + "```" + `

Good:

` + "```markdown" + `
[Download Node.js](https://nodejs.org/en/download) and run the installer.
` + "```" + `

Options:

- ` + "`url-text`" + ` (default false): also report links whose text is a URL.`,
}

type linkTextOptions struct {
	URLText bool `yaml:"url-text"`
}

// vagueLinkText holds link texts that say nothing, lower case, without
// surrounding punctuation.
var vagueLinkText = map[string]bool{
	"here": true, "click here": true, "click": true, "go here": true, "see here": true,
	"this": true, "this link": true, "link": true, "click this link": true,
	"more": true, "read more": true, "learn more": true, "continue reading": true,
	"details": true, "more details": true, "more info": true, "more information": true,
	"ここ": true, "こちら": true, "这里": true, "此处": true, "点击这里": true,
}

func runLinkText(pass *rule.Pass) error {
	opts := pass.Options.(*linkTextOptions)
	body := pass.Post.BodySource
	return ast.Walk(pass.Post.Body, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		link, ok := n.(*ast.Link)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		text := markdown.PlainText(link, body)
		key := strings.ToLower(strings.Join(strings.Fields(strings.TrimFunc(text, isLinkTextTrim)), " "))
		switch {
		case text == "":
			if !hasImageOrHTML(link) {
				pass.ReportNodef(link, "link has no text; say where it goes")
			}
		case vagueLinkText[key]:
			pass.ReportNodef(link, "link text %q says nothing about where it goes; use words that describe the target", text)
		case opts.URLText && isURLText(text):
			pass.ReportNodef(link, "link text is the URL %q; describe the target instead", text)
		}
		return ast.WalkSkipChildren, nil
	})
}

func isLinkTextTrim(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r)
}

// hasImageOrHTML reports whether n holds an image or raw HTML, which may
// carry the link's accessible name.
func hasImageOrHTML(n ast.Node) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Image, *ast.RawHTML:
			return true
		}
		if hasImageOrHTML(c) {
			return true
		}
	}
	return false
}

// isURLText reports whether link text is a single absolute URL.
func isURLText(text string) bool {
	lower := strings.ToLower(text)
	return (strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.")) &&
		!strings.ContainsAny(text, " \t\n")
}
