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
		if word := text[w.Start:w.End]; !hasDigit(word) {
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
	words := b.WordsIn(start, end)
	s := dupSentence{block: block, start: start, end: end, tokens: d.tokens[len(d.tokens):]}
	w := 0
	for i := start; i < end; {
		j := strings.Index(b.Text[i:end], placeholder)
		if j < 0 {
			break
		}
		i += j
		for ; w < len(words) && words[w].Start < i; w++ {
			s.addWord(b.Text, words[w])
		}
		srcStart, srcEnd := b.Span(i, i+len(placeholder))
		s.tokens = append(s.tokens, dupToken{start: i, end: i + len(placeholder),
			key: fnvBytes(fnvOffset, d.pass.Post.BodySource[srcStart:srcEnd]), placeholder: true})
		i += len(placeholder)
	}
	for ; w < len(words); w++ {
		s.addWord(b.Text, words[w])
	}
	// The tokens were appended after those of the sentences before, in
	// the same array while it had room; keep them there.
	n := len(d.tokens)
	d.tokens = append(d.tokens, s.tokens...)
	s.tokens = d.tokens[n:len(d.tokens):len(d.tokens)]
	for _, t := range s.tokens {
		if t.word {
			s.words++
		}
	}
	s.whole = shingle(s.tokens)
	return s
}

// placeholder is prose.Placeholder as text.
const placeholder = string(prose.Placeholder)

// addWord adds word w of block text to the sentence. Words joined by a period are one ("Node.js", "3.14", "20.x"),
// and a word with a digit in it, a number or a version, is not counted
// as a word: "the 25.x, 24.x and 22.x lines" shares no long run of words
// with another sentence naming the same versions.
func (s *dupSentence) addWord(text string, w prose.Word) {
	word := text[w.Start:w.End]
	if n := len(s.tokens); n > 0 && w.Start > 0 && text[w.Start-1] == '.' {
		if last := &s.tokens[n-1]; !last.placeholder && last.end == w.Start-1 {
			last.key = foldWord(last.key, word)
			last.end = w.End
			last.word = last.word && !hasDigit(word)
			return
		}
	}
	s.tokens = append(s.tokens, dupToken{start: w.Start, end: w.End,
		key: foldWord(fnvOffset, word), word: !hasDigit(word)})
}

// foldWord adds the letters and digits of word, in lower case, to hash h:
// case, apostrophes and hyphens do not matter.
func foldWord(h uint64, word string) uint64 {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return foldRunes(h, word[i:])
		}
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			h = fnvUint64(h, uint64(c))
		case 'A' <= c && c <= 'Z':
			h = fnvUint64(h, uint64(c+'a'-'A'))
		}
	}
	return h
}

// foldRunes is foldWord for text that is not all ASCII.
func foldRunes(h uint64, word string) uint64 {
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

// The hashes are 64-bit FNV-1a over bytes, and a multiply-and-shift mix
// of FNV's kind over whole words: fast, and the same in every run.
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime         = 1099511628211
	mixPrime  uint64 = 0x9e3779b97f4a7c15 // 2^64 divided by the golden ratio, odd
)

func fnvBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// fnvUint64 adds v to hash h in one step.
func fnvUint64(h, v uint64) uint64 {
	h = (h ^ v) * mixPrime
	return h ^ h>>29
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

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}
