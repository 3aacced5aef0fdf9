package rules

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
)

// htmlTag is a start tag found in raw HTML. Offsets are into the body.
type htmlTag struct {
	// Name is the tag name in lower case.
	Name       string
	Start, End int
	Attrs      []htmlAttr
}

// htmlAttr is one attribute of an htmlTag. Value is raw (entities are not
// decoded); for a JSX expression (alt={x}) it is the expression with its
// braces.
type htmlAttr struct {
	Name                 string // lower case
	Value                []byte
	HasValue             bool
	ValueStart, ValueEnd int
}

// attr returns the attribute named name.
func (t *htmlTag) attr(name string) (htmlAttr, bool) {
	for _, a := range t.Attrs {
		if a.Name == name {
			return a, true
		}
	}
	return htmlAttr{}, false
}

// rawHTMLTags calls fn for each start tag of an inline RawHTML node or an
// HTMLBlock. Comments, closing tags and the contents of script and style
// elements are skipped; other nodes have no tags.
func rawHTMLTags(n ast.Node, body []byte, fn func(htmlTag)) {
	switch n := n.(type) {
	case *ast.RawHTML:
		if n.Segments.Len() == 0 {
			return
		}
		scanHTMLTags(body, n.Segments.At(0).Start, n.Segments.At(n.Segments.Len()-1).Stop, fn)
	case *ast.HTMLBlock:
		lines := n.Lines()
		if lines.Len() == 0 {
			return
		}
		end := lines.At(lines.Len() - 1).Stop
		if n.HasClosure() {
			end = max(end, n.ClosureLine.Stop)
		}
		scanHTMLTags(body, lines.At(0).Start, end, fn)
	}
}

// scanHTMLTags calls fn for each start tag in body[start:end].
func scanHTMLTags(body []byte, start, end int, fn func(htmlTag)) {
	src := body[:end]
	for i := start; i < end; {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 {
			return
		}
		i += j
		switch {
		case bytes.HasPrefix(src[i:], []byte("<!--")):
			k := bytes.Index(src[i+4:], []byte("-->"))
			if k < 0 {
				return
			}
			i += 4 + k + 3
		case i+1 < end && asciiLetter(src[i+1]):
			tag, next := parseHTMLTag(src, i)
			i = next
			if tag.End == 0 {
				continue
			}
			fn(tag)
			if tag.Name == "script" || tag.Name == "style" {
				if i = endTag(src, i, tag.Name); i < 0 {
					return
				}
			}
		default:
			i++
		}
	}
}

// endTag returns the index of the end tag "</name" at or after i, in any
// case, or -1.
func endTag(src []byte, i int, name string) int {
	for {
		k := bytes.Index(src[i:], []byte("</"))
		if k < 0 {
			return -1
		}
		i += k
		if i+2+len(name) <= len(src) && bytes.EqualFold(src[i+2:i+2+len(name)], []byte(name)) {
			return i
		}
		i += 2
	}
}

// parseHTMLTag parses the start tag at src[at] == '<'. It returns the
// tag (End == 0 when it is not closed) and where scanning resumes.
func parseHTMLTag(src []byte, at int) (htmlTag, int) {
	i := at + 1
	for i < len(src) && (asciiLetter(src[i]) || asciiDigit(src[i]) || src[i] == '-' || src[i] == ':' || src[i] == '.') {
		i++
	}
	tag := htmlTag{Name: string(bytes.ToLower(src[at+1 : i])), Start: at}
	for i < len(src) {
		i = skipHTMLSpace(src, i)
		if i >= len(src) {
			break
		}
		switch c := src[i]; {
		case c == '>':
			tag.End = i + 1
			return tag, i + 1
		case c == '/':
			i++
			continue
		case c == '<':
			return htmlTag{}, i
		case c == '{': // JSX spread: {...props}
			i = skipBraces(src, i)
			continue
		}
		nameStart := i
		for i < len(src) && !isHTMLSpace(src[i]) && src[i] != '=' && src[i] != '>' && src[i] != '/' && src[i] != '<' {
			i++
		}
		a := htmlAttr{Name: string(bytes.ToLower(src[nameStart:i]))}
		j := skipHTMLSpace(src, i)
		if j < len(src) && src[j] == '=' {
			j = skipHTMLSpace(src, j+1)
			if j >= len(src) {
				break
			}
			a.HasValue = true
			switch c := src[j]; c {
			case '"', '\'':
				k := bytes.IndexByte(src[j+1:], c)
				if k < 0 {
					return htmlTag{}, j + 1
				}
				a.ValueStart, a.ValueEnd = j+1, j+1+k
				i = j + 1 + k + 1
			case '{':
				k := skipBraces(src, j)
				a.ValueStart, a.ValueEnd = j, k
				i = k
			default:
				k := j
				for k < len(src) && !isHTMLSpace(src[k]) && src[k] != '>' {
					k++
				}
				a.ValueStart, a.ValueEnd = j, k
				i = k
			}
			a.Value = src[a.ValueStart:a.ValueEnd]
		}
		tag.Attrs = append(tag.Attrs, a)
	}
	return htmlTag{}, len(src)
}

// skipBraces returns the index after the "}" that closes the "{" at i.
func skipBraces(src []byte, i int) int {
	depth := 0
	for ; i < len(src); i++ {
		switch src[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return len(src)
}

func skipHTMLSpace(src []byte, i int) int {
	for i < len(src) && isHTMLSpace(src[i]) {
		i++
	}
	return i
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func asciiLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func asciiDigit(c byte) bool {
	return '0' <= c && c <= '9'
}
