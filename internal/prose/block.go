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

import (
	"sort"
	"sync"
)

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
	memo       *blockMemo
}

// blockMemo holds what is computed from a block's text once and shared by
// the rules that read it, and by the copies of the block.
type blockMemo struct {
	wordsOnce, sentencesOnce sync.Once
	words                    []Word
	sentences                []Sentence
}

// Words returns the words of the block's text (see Words), split once.
// The slice is shared: callers must not change it.
func (b *Block) Words() []Word {
	if b.memo == nil {
		return Words(b.Text)
	}
	b.memo.wordsOnce.Do(func() { b.memo.words = Words(b.Text) })
	return b.memo.words
}

// Sentences returns the sentences of the block's text (see Sentences),
// split once. The slice is shared: callers must not change it.
func (b *Block) Sentences() []Sentence {
	if b.memo == nil {
		return Sentences(b.Text)
	}
	b.memo.sentencesOnce.Do(func() { b.memo.sentences = Sentences(b.Text) })
	return b.memo.sentences
}

// WordsIn returns the words of the block's text that lie within Text[i:j],
// a slice of Words().
func (b *Block) WordsIn(i, j int) []Word {
	words := b.Words()
	lo := sort.Search(len(words), func(k int) bool { return words[k].Start >= i })
	hi := lo
	for hi < len(words) && words[hi].End <= j {
		hi++
	}
	return words[lo:hi]
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
