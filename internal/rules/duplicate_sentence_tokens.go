package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/prose"
)

// This file holds how duplicate-sentence reads sentences: as tokens
// hashed so that case and punctuation do not matter.

// dupSentence is one sentence of a post's running text.
type dupSentence struct {
	block      int // index in the post's blocks
	section    int // index of the heading above it, or -1
	part       int // how many thematic breaks come before it
	para       int // index among the paragraphs compared
	index      int // index in its paragraph
	group      int // the first of the parallel sentences it belongs to
	start, end int // byte range of the block's text
	tokens     []dupToken
	words      int    // tokens that count as words
	whole      uint64 // hash of all tokens
}

// dupToken is a word, or a placeholder for code or a URL, of a sentence.
type dupToken struct {
	start, end  int    // byte range of the block's text
	key         uint64 // hash of the folded word or of the placeholder's source
	placeholder bool
	word        bool // counts as a word: not a placeholder, a number or a version
}

// headingKey hashes the words of a heading's text, leaving out numbers,
// so that "1. Setup" and "Setup" are the same heading.
func headingKey(text string) uint64 {
	h := fnvOffset
	for _, w := range prose.Words(text) {
		if word := text[w.Start:w.End]; !strings.ContainsAny(word, "0123456789") {
			h = fnvUint64(foldWord(h, word), ' ')
		}
	}
	return h
}

// dupQuoteWords is how many words of a shared run a message quotes.
const dupQuoteWords = 6

// quote returns the first words of a run of sentence j, with white space
// folded and an ellipsis for code and URLs.
func (d *dupPost) quote(j int, run dupRun) string {
	s := &d.sentences[j]
	n := min(run.n, dupQuoteWords)
	text := d.blocks[s.block].Text[s.tokens[run.start].start:s.tokens[run.start+n-1].end]
	ph := string(prose.Placeholder)
	text = strings.ReplaceAll(strings.Trim(text, ph), ph, "…") // code, a URL
	quote := strings.Join(strings.Fields(text), " ")
	if n < run.n {
		quote += " …"
	}
	return quote
}

// newSentence splits the text [start, end) of block b into tokens: words
// folded to lower case, and placeholders keyed by the source they stand
// for, so that two sentences that differ only in their code differ.
func (d *dupPost) newSentence(block, start, end int) dupSentence {
	b := &d.blocks[block]
	text := b.Text[start:end]
	words := prose.Words(text)
	s := dupSentence{block: block, start: start, end: end, tokens: make([]dupToken, 0, len(words))}
	w := 0
	for i, r := range text {
		if r != prose.Placeholder {
			continue
		}
		for ; w < len(words) && words[w].Start < i; w++ {
			s.addWord(text, start, words[w])
		}
		srcStart, srcEnd := b.Span(start+i, start+i+utf8.RuneLen(r))
		s.tokens = append(s.tokens, dupToken{start: start + i, end: start + i + utf8.RuneLen(r),
			key: fnvBytes(fnvOffset, d.pass.Post.BodySource[srcStart:srcEnd]), placeholder: true})
	}
	for ; w < len(words); w++ {
		s.addWord(text, start, words[w])
	}
	for _, t := range s.tokens {
		if t.word {
			s.words++
		}
	}
	s.whole = shingle(s.tokens)
	return s
}

// addWord adds word w of sentence text, which starts at offset in its
// block. Words joined by a period are one ("Node.js", "3.14", "20.x"),
// and a word with a digit in it, a number or a version, is not counted
// as a word: "the 25.x, 24.x and 22.x lines" shares no long run of words
// with another sentence naming the same versions.
func (s *dupSentence) addWord(text string, offset int, w prose.Word) {
	word := text[w.Start:w.End]
	if n := len(s.tokens); n > 0 && w.Start > 0 && text[w.Start-1] == '.' {
		if last := &s.tokens[n-1]; !last.placeholder && last.end == offset+w.Start-1 {
			last.key = foldWord(last.key, word)
			last.end = offset + w.End
			last.word = last.word && !strings.ContainsAny(word, "0123456789")
			return
		}
	}
	s.tokens = append(s.tokens, dupToken{start: offset + w.Start, end: offset + w.End,
		key: foldWord(fnvOffset, word), word: !strings.ContainsAny(word, "0123456789")})
}

// foldWord adds the letters and digits of word, in lower case, to hash h:
// case, apostrophes and hyphens do not matter.
func foldWord(h uint64, word string) uint64 {
	for _, r := range word {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) {
			h = fnvUint64(h, uint64(unicode.ToLower(r)))
		}
	}
	return h
}

// shingle hashes a run of tokens.
func shingle(tokens []dupToken) uint64 {
	h := fnvOffset
	for _, t := range tokens {
		h = fnvUint64(h, t.key)
	}
	return h
}

// The hashes are 64-bit FNV-1a: fast, and the same in every run.
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime         = 1099511628211
)

func fnvBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

func fnvUint64(h, v uint64) uint64 {
	for i := 0; i < 8; i++ {
		h = (h ^ (v & 0xff)) * fnvPrime
		v >>= 8
	}
	return h
}

func sameTokens(a, b []dupToken) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].key != b[i].key {
			return false
		}
	}
	return true
}
