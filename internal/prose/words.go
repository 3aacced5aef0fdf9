package prose

import (
	"unicode"
	"unicode/utf8"
)

// Word is a byte range [Start, End) of block text holding one word.
type Word struct {
	Start, End int
}

// Words returns the words of block text: runs of letters, digits and
// marks, joined by an apostrophe or hyphen between two such characters
// ("don't", "well-known"). Punctuation, spaces and placeholders separate
// words; a placeholder is never part of one.
func Words(text string) []Word {
	words := make([]Word, 0, len(text)/6)
	start := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && isJoiner(r) && i+size < len(text) && isWordRune(firstRune(text[i+size:])):
			// an apostrophe or hyphen inside a word
		default:
			if start >= 0 {
				words = append(words, Word{start, i})
				start = -1
			}
		}
		i += size
	}
	if start >= 0 {
		words = append(words, Word{start, len(text)})
	}
	return words
}

// CountWords returns the number of words in block text.
func CountWords(text string) int {
	n, in := 0, false
	for _, r := range text {
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w || in && isJoiner(r)
	}
	return n
}

func isWordRune(r rune) bool {
	return r != Placeholder && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r))
}

func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-'
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
