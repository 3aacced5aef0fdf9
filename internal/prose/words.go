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
// marks, joined by an apostrophe, hyphen or period between two such
// characters ("don't", "well-known", "Node.js", "v1.2.3", "3.14"). Punctuation, spaces and placeholders separate
// words; a placeholder is never part of one.
func Words(text string) []Word {
	words := make([]Word, 0, len(text)/6)
	start := -1
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
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
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isWordRune(r):
			if !in {
				n++
			}
			in = true
		case in && isJoiner(r) && i+size < len(text) && isWordRune(firstRune(text[i+size:])):
		default:
			in = false
		}
		i += size
	}
	return n
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return r != Placeholder && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r))
}

// asciiWord says which ASCII characters are word characters: letters and
// digits. Most prose is ASCII, and the table saves the Unicode look-ups.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.'
}

func firstRune(s string) rune {
	if s[0] < utf8.RuneSelf {
		return rune(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
