// Package prose turns the prose of a Markdown post into plain text that
// rules can read word by word and sentence by sentence, without losing
// where each character came from in the source.
//
// A block is the text of one paragraph, heading or table cell: markup is
// removed, soft line breaks become spaces, and anything that is not
// prose (inline code, URLs, images, raw HTML, template shortcodes) becomes
// one Placeholder rune, so that it neither reads as words nor glues the
// words around it together.
package prose

import "sort"

// Placeholder stands in block text for an inline element that is not
// prose: code, a URL, an image, raw HTML or a shortcode.
const Placeholder = '\uFFFC'

// Kind says what a block of prose is.
type Kind int

// The kinds of block.
const (
	Paragraph Kind = iota
	Heading
	TableCell
)

// Block is the prose of one paragraph, heading or table cell.
type Block struct {
	Kind Kind
	// InList, InQuote and InFootnote say where the block sits.
	InList, InQuote, InFootnote bool
	// Text is the block's prose as plain text.
	Text string
	// Start and End are the body offsets of the block's source.
	Start, End int
	runs       []run
}

// run records where a stretch of Text came from. A verbatim run copies
// its source byte for byte; any other run (a placeholder, an inserted
// space) stands for the whole of its source range.
type run struct {
	text, textLen int
	src, srcLen   int
	verbatim      bool
}

// Span returns the body offsets [start, end) of the source of Text[i:j].
func (b *Block) Span(i, j int) (start, end int) {
	if len(b.runs) == 0 {
		return b.Start, b.Start
	}
	r := b.runAt(i)
	start = r.src
	if r.verbatim {
		start += i - r.text
	}
	if j <= i {
		return start, start
	}
	r = b.runAt(j - 1)
	end = r.src + r.srcLen
	if r.verbatim {
		end = r.src + (j - r.text)
	}
	return start, max(end, start)
}

// runAt returns the run that holds Text[i].
func (b *Block) runAt(i int) run {
	k := sort.Search(len(b.runs), func(k int) bool { return b.runs[k].text > i }) - 1
	return b.runs[max(k, 0)]
}
