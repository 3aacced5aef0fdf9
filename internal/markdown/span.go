// Package markdown answers the questions rules ask of goldmark's syntax
// tree: where a node ends (goldmark records only where inline nodes
// start), what text a heading shows, and which anchors a post defines.
// Offsets are into the parsed body.
package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// Span returns the byte range [start, end) of the source that wrote n:
// for a link, from "[" to the closing ")" or "]"; for a block, from its
// first marker to the end of its last line. It returns (-1, -1) for nodes
// that have no place in the source.
func Span(n ast.Node, src []byte) (start, end int) {
	start = n.Pos()
	if start < 0 {
		return -1, -1
	}
	if n.Type() == ast.TypeBlock || n.Type() == ast.TypeDocument {
		return start, blockEnd(n, src, start)
	}
	if a, ok := n.(*ast.AutoLink); ok && src[start] != '<' {
		// goldmark places a linkified bare URL a byte or so early.
		label := a.Label(src)
		if i := bytes.Index(src[start:min(len(src), start+len(label)+4)], label); i >= 0 {
			start += i
		}
	}
	return start, inlineEnd(n, src, start)
}

// blockEnd is the end of the last line of n or of its last descendant.
func blockEnd(n ast.Node, src []byte, start int) int {
	end := start
	if lines := n.Lines(); lines != nil && lines.Len() > 0 {
		end = lines.At(lines.Len() - 1).Stop
	}
	if last := n.LastChild(); last != nil {
		if _, e := Span(last, src); e > end {
			end = e
		}
	}
	if end == start { // a block with no content lines: its first line
		end = lineEnd(src, start)
	}
	for end > start && (src[end-1] == '\n' || src[end-1] == '\r' || src[end-1] == ' ' || src[end-1] == '\t') {
		end--
	}
	return end
}

// inlineEnd finds where the inline node n, starting at start, ends.
func inlineEnd(n ast.Node, src []byte, start int) int {
	childEnd := start
	if last := n.LastChild(); last != nil {
		if _, e := Span(last, src); e > childEnd {
			childEnd = e
		}
	}
	switch n := n.(type) {
	case *ast.Text:
		return n.Segment.Stop
	case *ast.RawHTML:
		if n.Segments.Len() > 0 {
			return n.Segments.At(n.Segments.Len() - 1).Stop
		}
	case *ast.CodeSpan:
		ticks := run(src, start, '`')
		if i := closingRun(src, max(childEnd, start+ticks), '`', ticks); i >= 0 {
			return i + ticks
		}
	case *ast.Emphasis:
		return min(childEnd+n.Level, len(src))
	case *extast.Strikethrough:
		return childEnd + run(src, childEnd, '~')
	case *ast.Link, *ast.Image:
		textStart := start + 1
		if _, isImage := n.(*ast.Image); isImage {
			textStart = start + 2
		}
		return linkEnd(src, max(childEnd, textStart))
	case *ast.AutoLink:
		if src[start] == '<' {
			if i := bytes.IndexByte(src[start:], '>'); i >= 0 {
				return start + i + 1
			}
		}
		return start + len(n.Label(src))
	case *extast.FootnoteLink:
		if i := bytes.IndexByte(src[start:], ']'); i >= 0 {
			return start + i + 1
		}
	case *extast.TaskCheckBox:
		return min(start+3, len(src))
	}
	if childEnd > start {
		return childEnd
	}
	return lineEnd(src, start)
}

// linkEnd returns the end of a link whose text ends at or before at: past
// the "]" and then a destination in parentheses or a reference label.
func linkEnd(src []byte, at int) int {
	i := skipEscaped(src, at, ']')
	if i < 0 {
		return lineEnd(src, at)
	}
	i++ // past "]"
	if i < len(src) && src[i] == '(' {
		if j := closingParen(src, i); j >= 0 {
			return j + 1
		}
	}
	if i < len(src) && src[i] == '[' {
		if j := skipEscaped(src, i+1, ']'); j >= 0 {
			return j + 1
		}
	}
	return i
}

// skipEscaped returns the index of the first c at or after i that is not
// escaped with a backslash, or -1.
func skipEscaped(src []byte, i int, c byte) int {
	for ; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case c:
			return i
		}
	}
	return -1
}

// closingParen returns the index of the ")" that closes the "(" at open,
// allowing nested parentheses, <...> destinations and quoted titles.
func closingParen(src []byte, open int) int {
	depth := 0
	var quote byte
	for i := open; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\':
			i++
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '<' && i == open+1:
			if j := bytes.IndexByte(src[i:], '>'); j >= 0 {
				i += j
			}
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// run counts the bytes equal to c starting at i.
func run(src []byte, i int, c byte) int {
	n := 0
	for i+n < len(src) && src[i+n] == c {
		n++
	}
	return n
}

// closingRun returns the index of the first run of exactly n bytes c at or
// after i, or -1.
func closingRun(src []byte, i int, c byte, n int) int {
	for i < len(src) {
		if src[i] != c {
			i++
			continue
		}
		k := run(src, i, c)
		if k == n {
			return i
		}
		i += k
	}
	return -1
}

func lineEnd(src []byte, i int) int {
	if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(src)
}
