package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// PlainText returns the text a reader sees in n's inline content: text,
// code and link text, without markup, images or raw HTML. Backslash
// escapes are resolved.
func PlainText(n ast.Node, src []byte) string {
	var b strings.Builder
	writePlain(&b, n, src)
	return strings.TrimSpace(b.String())
}

func writePlain(b *strings.Builder, n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			writeUnescaped(b, c.Segment.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.CodeSpan:
			for g := c.FirstChild(); g != nil; g = g.NextSibling() {
				if t, ok := g.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			}
		case *ast.AutoLink:
			b.Write(c.Label(src))
		case *ast.Image, *ast.RawHTML:
		default:
			writePlain(b, c, src)
		}
	}
}

// writeUnescaped writes text with Markdown backslash escapes resolved.
func writeUnescaped(b *strings.Builder, text []byte) {
	for i := 0; i < len(text); i++ {
		if text[i] == '\\' && i+1 < len(text) && isASCIIPunct(text[i+1]) {
			i++
		}
		b.WriteByte(text[i])
	}
}

func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}
