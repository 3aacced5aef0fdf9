package rules

import (
	"bytes"
	"net/url"
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// ImageAltText reports images without a useful text alternative.
var ImageAltText = &rule.Rule{
	Name:     "image-alt-text",
	Severity: rule.Warning,
	Run:      runImageAltText,
	Doc: `images need alt text that describes them

The alt text is what screen readers read out, what search engines index,
and what everybody sees when the image does not load. An image with empty
alt text says nothing; alt text that is only the file name
("screenshot-2.png", "cover") says nothing useful and is usually what an
editor filled in automatically. Both Markdown images (inline and
reference) and ` + "`<img>`" + ` tags in raw HTML are checked.

An ` + "`<img>`" + ` with an explicit ` + "`alt=\"\"`" + ` or ` + "`aria-hidden=\"true\"`" + `
is marked as decorative on purpose and is accepted, as markdownlint's
MD045 accepts aria-hidden; so is an attribute list after an image
(` + "`![](x.png){alt=\"\"}`" + `, Nuxt's MDC and kramdown), whose alt replaces the
text in brackets. Plain Markdown has no decorative marker, so
` + "`![](x.png)`" + ` is always reported. Unlike MD045, alt text equal to the file
name is reported too.

Bad:

` + "```markdown" + `
![](/img/dashboard.png)
![dashboard.png](/img/dashboard.png)
<img src="/img/dashboard.png">
` + "```" + `

Good:

` + "```markdown" + `
![The dashboard, showing build times per day](/img/dashboard.png)
<img src="/img/divider.png" alt="">
` + "```",
}

func runImageAltText(pass *rule.Pass) error {
	body := pass.Post.BodySource
	return ast.Walk(pass.Post.Body, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.CodeSpan:
			return ast.WalkSkipChildren, nil
		case *ast.Image:
			alt := markdown.PlainText(n, body)
			if _, end := markdown.Span(n, body); end < len(body) && body[end] == '{' {
				a, ok := attributeAlt(body[end:])
				if ok && a == "" {
					return ast.WalkSkipChildren, nil // explicitly decorative
				}
				if ok {
					alt = a
				}
			}
			if msg := altProblem(alt, string(n.Destination)); msg != "" {
				pass.ReportNodef(n, "%s", msg)
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML, *ast.HTMLBlock:
			rawHTMLTags(n, body, func(t htmlTag) { checkImgTag(pass, t) })
		}
		return ast.WalkContinue, nil
	})
}

func checkImgTag(pass *rule.Pass, t htmlTag) {
	if t.Name != "img" {
		return
	}
	span := pass.Post.BodySpan(source.Span{Start: t.Start, End: t.End})
	if hidden, ok := t.attr("aria-hidden"); ok && strings.EqualFold(strings.Trim(string(hidden.Value), "{}"), "true") {
		return
	}
	alt, ok := t.attr("alt")
	if !ok {
		pass.Reportf(span, "<img> has no alt attribute; describe the image, or write alt=\"\" if it is decorative")
		return
	}
	if !alt.HasValue || len(alt.Value) == 0 || alt.Value[0] == '{' {
		return // alt="" is decorative; alt={expr} is set by code
	}
	src, _ := t.attr("src")
	if msg := altProblem(string(alt.Value), string(src.Value)); msg != "" {
		pass.Reportf(span, "%s", msg)
	}
}

// attributeAlt returns the alt attribute of an attribute list written
// right after an image, "{alt=\"...\" class=\"...\"}" as Nuxt's MDC and
// kramdown's IAL allow.
func attributeAlt(src []byte) (string, bool) {
	end := bytes.IndexAny(src, "}\n")
	if end < 0 || src[end] != '}' {
		return "", false
	}
	list := src[1:end]
	for i := 0; i < len(list); i++ {
		if !bytes.HasPrefix(list[i:], []byte("alt=")) || i > 0 && !isHTMLSpace(list[i-1]) {
			continue
		}
		v := list[i+4:]
		if len(v) > 0 && (v[0] == '"' || v[0] == '\'') {
			if j := bytes.IndexByte(v[1:], v[0]); j >= 0 {
				return string(v[1 : j+1]), true
			}
			return "", false
		}
		j := bytes.IndexAny(v, " \t")
		if j < 0 {
			j = len(v)
		}
		return string(v[:j]), true
	}
	return "", false
}

// imageExts are the extensions that make alt text read as a file name.
var imageExts = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".svg": true,
	".webp": true, ".avif": true, ".bmp": true, ".ico": true, ".tif": true, ".tiff": true,
}

// altProblem says what is wrong with alt text for an image at dest, or
// returns "".
func altProblem(alt, dest string) string {
	alt = strings.TrimSpace(alt)
	if alt == "" {
		return "image has no alt text; describe what it shows"
	}
	name := imageFileName(dest)
	stem := strings.TrimSuffix(name, path.Ext(name))
	switch {
	case name != "" && strings.EqualFold(alt, name), stem != "" && strings.EqualFold(alt, stem):
		return "image alt text \"" + alt + "\" is the file name; describe what the image shows"
	case !strings.ContainsAny(alt, " /") && imageExts[strings.ToLower(path.Ext(alt))]:
		return "image alt text \"" + alt + "\" is a file name; describe what the image shows"
	}
	return ""
}

// imageFileName returns the last path segment of an image destination,
// without query or fragment, percent-decoded.
func imageFileName(dest string) string {
	dest, _, _ = strings.Cut(dest, "#")
	dest, _, _ = strings.Cut(dest, "?")
	dest = strings.TrimRight(dest, "/")
	name := dest[strings.LastIndexByte(dest, '/')+1:]
	if u, err := url.PathUnescape(name); err == nil {
		name = u
	}
	return name
}
