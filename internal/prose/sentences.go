package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a byte range [Start, End) of block text holding one
// sentence, without surrounding space.
type Sentence struct{ Start, End int }

// abbrevKind says how an abbreviation relates to the words after it.
type abbrevKind uint8

const (
	notAbbrev    abbrevKind = iota
	abbrevBefore            // introduces what follows: "Dr. Smith", "e.g. This"
	abbrevNumber            // introduces a number: "Fig. 3", "No. 5", "Jan. 5"
	abbrevAfter             // can also end a sentence: "etc.", "p.m.", "Inc."
)

// abbreviations maps abbreviations, without their final period, to their
// kind. A key in lower case matches in any case ("etc", "Etc"); any other
// key matches only as written ("Dr", not "dr"; "No", "no" are numbers).
var abbreviations = func() map[string]abbrevKind {
	m := make(map[string]abbrevKind, 80)
	for kind, words := range [...]string{
		abbrevBefore: "Mr Mrs Ms Mx Dr Prof Rev Hon Gen Col Capt Lt Sgt Gov Sen Rep Pres Mt St Messrs " +
			"e.g i.e cf vs viz approx ca esp incl",
		abbrevNumber: "no nos fig figs vol vols pp ch sec eq " +
			"jan feb mar apr jun jul aug sep sept oct nov dec",
		abbrevAfter: "etc al a.m p.m Inc Ltd Co Corp Jr Sr Bros Ave Blvd Rd U.S U.K E.U U.N Ph.D",
	} {
		for _, w := range strings.Fields(words) {
			m[w] = abbrevKind(kind)
		}
	}
	return m
}()

// sentenceOpeners are words that often start a sentence; after "etc." or
// "p.m." they mark a new one.
var sentenceOpeners = func() map[string]bool {
	m := make(map[string]bool, 80)
	for _, w := range strings.Fields("A An The This That These Those It Its I We He She They You " +
		"My Our Your His Her Their There Here Then But And So Or Yet If In On At As For After Before " +
		"When While Now Today However Also Some Many Most All What Why How Who Where Which Let Next " +
		"Finally First Still Once Instead Thus Because Although Is Are Was Were Do Does Did Can Will") {
		m[w] = true
	}
	return m
}()

// abbreviationKind looks word up in abbreviations.
func abbreviationKind(word string) abbrevKind {
	if k, ok := abbreviations[word]; ok || len(word) > 8 {
		return k
	}
	var buf [8]byte
	for i := 0; i < len(word); i++ {
		buf[i] = word[i]
		if 'A' <= word[i] && word[i] <= 'Z' {
			buf[i] += 'a' - 'A'
		}
	}
	return abbreviations[string(buf[:len(word)])]
}

// Sentences splits block text into sentences.
//
// A sentence ends after a run of '.', '!', '?' or '…' and any closing
// quotes and brackets, when the text ends there or white space follows and
// then something that can open a sentence: an upper-case or uncased
// letter, a digit, an opening quote or bracket, or a Placeholder. A CJK
// full stop ('。', '！', '？') ends a sentence whatever follows, and so
// does a line feed, which block text has only where the source has a hard
// line break. Colons and semicolons never end a sentence.
//
// A single period does not end a sentence after an abbreviation that
// introduces what follows ("Dr. Smith", "e.g. This", "Fig. 3"), nor after
// an initial ("J. R. R. Tolkien"). After an abbreviation that can also
// close a sentence ("etc.", "p.m.", "Inc.", "U.S.") it does only when a
// common sentence opener ("The", "Then", "It", ...) or a Placeholder comes
// next: "at 5 p.m. Then it rained" is two sentences, "the U.S. Army" one.
func Sentences(text string) []Sentence {
	out := make([]Sentence, 0, len(text)/128+1)
	start := 0
	for i := 0; i < len(text); {
		// Skip fast to '\n', '.', '!', '?' and the lead bytes of '…', '。', '！', '？', '｡'.
		c := text[i]
		if c == '\n' {
			out = appendSentence(out, text, start, i)
			start, i = i+1, i+1
			continue
		}
		if c != '.' && c != '!' && c != '?' && c != 0xE2 && c != 0xE3 && c != 0xEF {
			i++
			continue
		}
		r, size := runeAt(text, i)
		switch r {
		case '。', '！', '？', '｡':
			end := skipClosers(text, i+size)
			out = appendSentence(out, text, start, end)
			start, i = end, end
		case '.', '!', '?', '…':
			end, ok := sentenceEnd(text, i)
			if ok {
				out = appendSentence(out, text, start, end)
				start = end
			}
			i = end
		default:
			i += size
		}
	}
	return appendSentence(out, text, start, len(text))
}

// sentenceEnd looks at the run of terminal punctuation at text[i]. It
// returns where the run and its closing quotes and brackets end, and
// whether a sentence ends there.
func sentenceEnd(text string, i int) (end int, ok bool) {
	j, single := i, true
	for j < len(text) {
		r, size := runeAt(text, j)
		if r != '.' && r != '!' && r != '?' && r != '…' {
			break
		}
		if j > i || r != '.' {
			single = false
		}
		j += size
	}
	end = skipClosers(text, j)
	next := skipSpaces(text, end)
	switch {
	case next == len(text):
		return end, true
	case next == end:
		return end, false // "3.14", "Node.js", "e.g.,"
	}
	if r, _ := runeAt(text, next); !canOpen(r) && !isTechnicalWord(text, next) {
		return end, false
	}
	return end, !single || !periodContinues(text, i, next)
}

// periodContinues reports whether the period at text[dot] belongs to an
// abbreviation or initial that the sentence goes on after; next is where
// the following word starts.
func periodContinues(text string, dot, next int) bool {
	word := wordBefore(text, dot)
	if word == "" {
		return false
	}
	switch abbreviationKind(word) {
	case abbrevBefore:
		return true
	case abbrevNumber:
		return '0' <= text[next] && text[next] <= '9'
	case abbrevAfter:
		return !opensSentence(text, next)
	}
	if !isInitials(word) {
		return false
	}
	if word == "I" { // the pronoun, unless another initial follows ("I. M. Pei")
		r, size := runeAt(text, next)
		return unicode.IsUpper(r) && next+size < len(text) && text[next+size] == '.'
	}
	return !opensSentence(text, next)
}

// wordBefore returns the letters and inner periods that end at text[dot],
// or "" if they are too long to be an abbreviation or initials.
func wordBefore(text string, dot int) string {
	k := dot
	for k > 0 && dot-k <= 16 {
		c := text[k-1]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeLastRuneInString(text[:k])
			if !unicode.IsLetter(r) {
				break
			}
			k -= size
		} else if c == '.' || c|0x20 >= 'a' && c|0x20 <= 'z' {
			k--
		} else {
			break
		}
	}
	if dot-k > 16 {
		return ""
	}
	return strings.TrimLeft(text[k:dot], ".")
}

// isInitials reports whether word is one capital letter ("J") or single
// letters joined by periods ("e.g", "U.S.A").
func isInitials(word string) bool {
	r, size := utf8.DecodeRuneInString(word)
	if size == len(word) {
		return unicode.IsUpper(r)
	}
	for i := 0; i < len(word); i += size + 1 {
		r, size = utf8.DecodeRuneInString(word[i:])
		if !unicode.IsLetter(r) || i+size < len(word) && word[i+size] != '.' {
			return false
		}
	}
	return true
}

// opensSentence reports whether a Placeholder or a common sentence opener
// ("The", "Then") starts at text[i].
func opensSentence(text string, i int) bool {
	if r, _ := runeAt(text, i); r == Placeholder {
		return true
	}
	j := i
	for j < len(text) && (text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z') {
		j++
	}
	if j == i || j < len(text) && text[j] == '.' {
		return false // an initial, not the word "A" or "I"
	}
	return sentenceOpeners[text[i:j]]
}

// canOpen reports whether r can be the first character of a sentence.
func canOpen(r rune) bool {
	switch r {
	case Placeholder, '"', '\'', '“', '‘', '(', '[', '«', '¿', '¡', '「', '『', '（':
		return true
	}
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
}

// isTechnicalWord reports whether the word at text[i] is a version, a
// file or domain name or another token with a digit or an inner period
// ("v3.0.2", "nuxt.com", "npm5"): such words start sentences in lower
// case.
func isTechnicalWord(text string, i int) bool {
	for j := i; j < len(text); j++ {
		c := text[j]
		switch {
		case c == ' ' || c == '\n' || c == ',' || c == ';' || c == ':':
			return false
		case '0' <= c && c <= '9':
			return true
		case c == '.' && j > i && j+1 < len(text) && text[j+1] != ' ' && text[j+1] != '\n':
			return true
		}
	}
	return false
}

// skipClosers returns the end of the closing quotes and brackets at text[i].
func skipClosers(text string, i int) int {
	for i < len(text) {
		r, size := runeAt(text, i)
		switch r {
		case '"', '\'', '”', '’', ')', ']', '»', '›', '」', '』', '）', '］':
			i += size
		default:
			return i
		}
	}
	return i
}

// skipSpaces returns the end of the white space at text[i].
func skipSpaces(text string, i int) int {
	for i < len(text) {
		r, size := runeAt(text, i)
		if !isSpace(r) {
			break
		}
		i += size
	}
	return i
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// appendSentence appends text[start:end] without its surrounding space,
// unless nothing is left.
func appendSentence(out []Sentence, text string, start, end int) []Sentence {
	start = skipSpaces(text[:end], start)
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	if start < end {
		out = append(out, Sentence{start, end})
	}
	return out
}

// runeAt decodes the rune at text[i], without a call for ASCII.
func runeAt(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}
