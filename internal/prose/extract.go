package prose

import (
	"bytes"
	"sort"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"github.com/postlint/postlint/internal/markdown"
)

// Extract returns the prose blocks of a parsed body, in source order.
// Code blocks, HTML blocks and link reference definitions have none.
func Extract(doc ast.Node, body []byte) []Block {
	excluded := nonProseRanges(body)
	var blocks []Block
	var inList, inQuote, inFootnote int
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		delta := -1
		if entering {
			delta = 1
		}
		switch n.(type) {
		case *ast.ListItem:
			inList += delta
		case *ast.Blockquote:
			inQuote += delta
		case *extast.Footnote:
			inFootnote += delta
		}
		if !entering {
			return ast.WalkContinue, nil
		}
		var kind Kind
		switch n.(type) {
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock:
			kind = Paragraph
		case *ast.Heading:
			kind = Heading
		case *extast.TableCell:
			kind = TableCell
		default:
			return ast.WalkContinue, nil
		}
		b := extract(n, body, excluded)
		b.Kind, b.InList, b.InQuote, b.InFootnote = kind, inList > 0, inQuote > 0, inFootnote > 0
		if strings.TrimSpace(b.Text) != "" {
			blocks = append(blocks, b)
		}
		return ast.WalkSkipChildren, nil
	})
	return blocks
}

// builder accumulates a block's text and runs.
type builder struct {
	body     []byte
	text     strings.Builder
	runs     []run
	excluded []span // body ranges that are not prose, sorted
}

func extract(n ast.Node, body []byte, excluded []span) Block {
	b := &builder{body: body, excluded: excluded}
	start, end := n.Pos(), n.Pos()
	if lines := n.Lines(); lines != nil && lines.Len() > 0 {
		start, end = lines.At(0).Start, lines.At(lines.Len()-1).Stop
	}
	if end > start && end <= len(body) {
		b.text.Grow(end - start) // the text is about as long as its source
	}
	b.inline(n)
	return Block{Text: b.text.String(), Start: max(start, 0), End: max(end, 0), runs: b.runs, memo: new(blockMemo)}
}

func (b *builder) inline(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.source(c.Segment.Start, c.Segment.Stop)
			if r, ok := b.excludedAt(c.Segment.Stop); ok && r[0] < c.Segment.Stop {
				continue // the line break is inside something that is not prose
			}
			switch {
			case c.HardLineBreak() || c.SoftLineBreak() && mdcLineAround(b.body, c.Segment.Stop):
				b.insert("\n", c.Segment.Stop, 0) // ends a sentence
			case c.SoftLineBreak():
				b.insert(" ", c.Segment.Stop, 0)
			}
		case *ast.String:
			b.insert(string(c.Value), b.lastSrc(), 0)
		case *ast.CodeSpan, *ast.Image, *ast.AutoLink, *ast.RawHTML, *extast.FootnoteLink:
			start, end := markdown.Span(c, b.body)
			b.placeholder(start, end)
		case *extast.TaskCheckBox:
		default:
			b.inline(c)
		}
	}
}

// source appends body[start:end], turning excluded ranges into
// placeholders and dropping the backslash of escapes.
func (b *builder) source(start, end int) {
	for i := start; i < end; {
		if r, ok := b.excludedAt(i); ok {
			if b.lastExcluded() != r {
				b.placeholder(r[0], r[1])
			}
			i = r[1]
			continue
		}
		// Copy up to the next backslash or excluded range.
		stop := min(end, b.nextExcluded(i))
		j := i + bytes.IndexByte(b.body[i:stop], '\\')
		if j < i {
			j = stop
		}
		if j > i {
			b.verbatim(i, j)
		}
		if j < end && b.body[j] == '\\' {
			if j+1 < end && isASCIIPunct(b.body[j+1]) {
				b.insert(string(b.body[j+1]), j, 2)
				j += 2
			} else {
				b.verbatim(j, j+1)
				j++
			}
		}
		i = j
	}
}

func (b *builder) verbatim(start, end int) {
	b.runs = append(b.runs, run{text: b.text.Len(), textLen: end - start, src: start, srcLen: end - start, verbatim: true})
	b.text.Write(b.body[start:end])
}

func (b *builder) insert(s string, src, srcLen int) {
	b.runs = append(b.runs, run{text: b.text.Len(), textLen: len(s), src: src, srcLen: srcLen})
	b.text.WriteString(s)
}

func (b *builder) placeholder(start, end int) {
	b.insert(string(Placeholder), start, end-start)
}

func (b *builder) excludedAt(i int) (span, bool) {
	k := sort.Search(len(b.excluded), func(k int) bool { return b.excluded[k][1] > i })
	if k < len(b.excluded) && b.excluded[k][0] <= i {
		return b.excluded[k], true
	}
	return span{}, false
}

// nextExcluded returns where the first excluded range that starts at or
// after i starts, or len(body).
func (b *builder) nextExcluded(i int) int {
	k := sort.Search(len(b.excluded), func(k int) bool { return b.excluded[k][0] >= i })
	if k < len(b.excluded) {
		return b.excluded[k][0]
	}
	return len(b.body)
}

// lastExcluded returns the excluded range the last placeholder stands
// for, so that a range split across text nodes gets one placeholder.
func (b *builder) lastExcluded() span {
	if len(b.runs) == 0 {
		return span{}
	}
	last := b.runs[len(b.runs)-1]
	if last.verbatim {
		return span{}
	}
	return span{last.src, last.src + last.srcLen}
}

func (b *builder) lastSrc() int {
	if len(b.runs) == 0 {
		return 0
	}
	last := b.runs[len(b.runs)-1]
	return last.src + last.srcLen
}

// mdcLineAround reports whether the line that ends at the line break at
// pos, or the line after it, is a Nuxt MDC component line ("::note"),
// which separates what comes before and after it like a paragraph break.
func mdcLineAround(body []byte, pos int) bool {
	start := bytes.LastIndexByte(body[:pos], '\n') + 1
	if bytes.HasPrefix(bytes.TrimLeft(body[start:pos], " \t"), []byte("::")) {
		return true
	}
	next := pos
	if next < len(body) && body[next] == '\r' {
		next++
	}
	if next < len(body) && body[next] == '\n' {
		next++
	}
	return bytes.HasPrefix(bytes.TrimLeft(body[next:], " \t"), []byte("::"))
}

func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}
