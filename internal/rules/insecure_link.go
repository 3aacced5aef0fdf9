package rules

import (
	"bytes"
	"net/netip"
	"net/url"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// InsecureLink reports http:// links and images.
var InsecureLink = &rule.Rule{
	Name:     "insecure-link",
	Severity: rule.Info,
	Run:      runInsecureLink,
	Doc: `links and images should use https://

A plain http:// link can be read and changed on the way, and browsers
mark it "not secure"; an http:// image on an https:// page is mixed
content that browsers upgrade or block. Most sites serve https:// today,
so the fix is usually one letter. Markdown links, images, autolinks,
reference definitions and the href and src attributes of raw HTML are
checked; the finding is placed on the URL itself. A reference link is
reported once, at its definition.

Addresses that have no public https:// version are skipped: localhost,
loopback and private IP addresses, names under the reserved domains
` + "`.local`" + `, ` + "`.test`" + `, ` + "`.localhost`" + `, ` + "`.example`" + `, ` + "`.invalid`" + ` and
` + "`.internal`" + `, and the documentation domains example.com, example.net and
example.org.

Bad:

` + "```markdown" + `
See the [V8 blog](http://v8project.blogspot.com/).
` + "```" + `

Good:

` + "```markdown" + `
See the [V8 blog](https://v8.dev/blog).
` + "```",
}

func runInsecureLink(pass *rule.Pass) error {
	body := pass.Post.BodySource
	report := func(kind string, at source.Span) {
		pass.Reportf(pass.Post.BodySpan(at),
			"%s uses http://; use https:// if the site supports it", kind)
	}
	return ast.Walk(pass.Post.Body, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.CodeSpan:
			return ast.WalkSkipChildren, nil
		case *ast.Link:
			if n.Reference == nil && isInsecureURL(n.Destination) {
				report("link", destinationSpan(n, n.Destination, body))
			}
		case *ast.Image:
			if n.Reference == nil && isInsecureURL(n.Destination) {
				report("image", destinationSpan(n, n.Destination, body))
			}
		case *ast.LinkReferenceDefinition:
			if isInsecureURL(n.Destination) {
				report("reference definition", destinationSpan(n, n.Destination, body))
			}
		case *ast.AutoLink:
			if label := n.Label(body); n.AutoLinkType == ast.AutoLinkURL && isInsecureURL(label) {
				start, end := markdown.Span(n, body)
				if body[start] == '<' {
					start, end = start+1, end-1
				}
				report("link", source.Span{Start: start, End: end})
			}
		case *ast.RawHTML, *ast.HTMLBlock:
			rawHTMLTags(n, body, func(t htmlTag) {
				for _, a := range t.Attrs {
					if (a.Name == "href" || a.Name == "src") && isInsecureURL(bytes.TrimSpace(a.Value)) {
						report(htmlURLKind(t.Name, a.Name), source.Span{Start: a.ValueStart, End: a.ValueEnd})
					}
				}
			})
		}
		return ast.WalkContinue, nil
	})
}

// htmlURLKind names what an HTML attribute links to, for messages.
func htmlURLKind(tag, attr string) string {
	switch {
	case attr == "href":
		return "link"
	case tag == "img":
		return "image"
	}
	return "<" + tag + "> " + attr
}

// destinationSpan returns where dest is written in the source of n, a
// link, image or definition, or the span of n when it cannot tell.
func destinationSpan(n ast.Node, dest, body []byte) source.Span {
	start, end := markdown.Span(n, body)
	if start < 0 {
		return source.Span{}
	}
	from := start
	if last := n.LastChild(); last != nil { // past the link text
		if _, e := markdown.Span(last, body); e > from {
			from = e
		}
	}
	if i := bytes.Index(body[from:end], []byte("](")); i >= 0 {
		from += i
	} else if i := bytes.Index(body[from:end], []byte("]:")); i >= 0 {
		from += i
	}
	if i := bytes.Index(body[from:end], dest); i >= 0 {
		return source.Span{Start: from + i, End: from + i + len(dest)}
	}
	return source.Span{Start: start, End: end}
}

// isInsecureURL reports whether u is an http:// URL to a public host.
func isInsecureURL(u []byte) bool {
	if len(u) < 8 || !strings.EqualFold(string(u[:7]), "http://") {
		return false
	}
	parsed, err := url.Parse(string(u))
	if err != nil {
		return true
	}
	return !isPrivateHost(strings.ToLower(parsed.Hostname()))
}

// isPrivateHost reports whether host has no public https:// version:
// loopback and private addresses, reserved and documentation names.
func isPrivateHost(host string) bool {
	if host == "" {
		return true
	}
	if addr, err := netip.ParseAddr(host); err == nil {
		return addr.IsLoopback() || addr.IsPrivate() || addr.IsUnspecified() || addr.IsLinkLocalUnicast()
	}
	host = strings.TrimSuffix(host, ".")
	for _, tld := range []string{"localhost", "local", "test", "example", "invalid", "internal"} {
		if host == tld || strings.HasSuffix(host, "."+tld) {
			return true
		}
	}
	for _, domain := range []string{"example.com", "example.net", "example.org"} {
		if host == domain || strings.HasSuffix(host, "."+domain) {
			return true
		}
	}
	return false
}
