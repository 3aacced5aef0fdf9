package prose

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Syllables estimates the number of syllables in an English word.
//
// It counts groups of vowels (y too, unless it sounds as a consonant, as in
// "yes" or "player"), splits vowel pairs usually said as two syllables
// ("lion", "actual", "quiet"), drops a silent final e, es or ed ("make",
// "makes", "used", but "table", "boxes", "wanted"), reads contractions
// ("don't" 1, "isn't" 2), common suffixes and compounds ("careful",
// "movement", "someone"), and looks up common words the rules miss
// ("people", "area"). "every" is taken as two syllables. Parts of the word
// joined by a hyphen or other non-letter are counted apart ("well-known" 2).
//
// The empty string has no syllables; any other token has at least one, so
// a number, a Placeholder or a token without letters counts as one.
func Syllables(word string) int {
	if word == "" {
		return 0
	}
	var buf [32]byte
	part, total := buf[:0], 0
	for i := 0; i < len(word); {
		r, size := runeAt(word, i)
		i += size
		switch c := letterByte(r); c {
		case 0:
			total += partSyllables(part)
			part = part[:0]
		case markByte: // a combining mark belongs to the letter before it
		default:
			part = append(part, c)
		}
	}
	return max(total+partSyllables(part), 1)
}

// Letters are lower-cased to ASCII bytes; other letters get these bytes.
const (
	markByte      = 1   // a combining mark, skipped
	accentedVowel = 'V' // "é", "à": a vowel, never a silent e
	diaeresis     = 'W' // "ï", "ë": a vowel that starts a syllable ("naïve")
	otherLetter   = 'Z' // "ñ", "ß", CJK: a consonant
)

// letterByte returns the byte that stands for r in a word, or 0 if r
// separates parts of a word. Apostrophes become '\”.
func letterByte(r rune) byte {
	switch {
	case 'a' <= r && r <= 'z':
		return byte(r)
	case 'A' <= r && r <= 'Z':
		return byte(r) + 'a' - 'A'
	case r == '\'' || r == '’' || r == 'ʼ':
		return '\''
	case r < utf8.RuneSelf:
		return 0
	case unicode.Is(unicode.Mn, r):
		return markByte
	case !unicode.IsLetter(r):
		return 0
	}
	switch unicode.ToLower(r) {
	case 'ë', 'ï':
		return diaeresis
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'æ', 'è', 'é', 'ê', 'ì', 'í', 'î', 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'œ', 'ù', 'ú', 'û', 'ü', 'ý', 'ÿ':
		return accentedVowel
	}
	return otherLetter
}

// partSyllables counts the syllables of lower-case letters and apostrophes.
func partSyllables(p []byte) int {
	p = bytes.Trim(p, "'")
	if len(p) == 0 {
		return 0
	}
	if n, ok := syllableExceptions[string(p)]; ok {
		return n
	}
	k := bytes.LastIndexByte(p, '\'')
	if k < 0 {
		return wordSyllables(p)
	}
	stem, suffix := p[:k], p[k+1:]
	switch string(suffix) {
	case "t":
		if n := len(stem); n >= 2 && stem[n-1] == 'n' && !isVowel(stem[n-2]) {
			return partSyllables(stem[:n-1]) + 1 // "isn't", "doesn't"; but "don't"
		}
	case "s", "ll", "re", "ve", "d", "m":
		n := partSyllables(stem)
		if string(suffix) == "s" && sibilant(stem) {
			n++ // "James's"
		}
		return n
	}
	w := p[:0]
	for _, c := range p {
		if c != '\'' {
			w = append(w, c)
		}
	}
	return wordSyllables(w)
}

// wordSyllables counts the syllables of lower-case letters.
func wordSyllables(w []byte) int {
	if n, ok := syllableExceptions[string(w)]; ok {
		return n
	}
	for _, head := range [...]string{"some", "any", "every"} {
		if bytes.HasPrefix(w, []byte(head)) && compoundTails[string(w[len(head):])] {
			return wordSyllables(w[:len(head)]) + wordSyllables(w[len(head):])
		}
	}
	for _, s := range suffixSplits {
		stem, ok := bytes.CutSuffix(w, []byte(s.text))
		if ok && hasVowel(stem) && (!s.afterE || silentEStem(stem)) {
			return wordSyllables(stem) + s.syllables
		}
	}
	n := 0
	for i := range w {
		if vowelAt(w, i) && (i == 0 || !vowelAt(w, i-1) || w[i] == diaeresis || hiatus(w, i)) {
			n++
		}
	}
	switch {
	case n > 1 && silentEnding(w):
		n--
	case bytes.HasSuffix(w, []byte("ing")) && len(w) > 3 && vowelAt(w, len(w)-4):
		n++ // "being", "trying"
	case bytes.HasSuffix(w, []byte("sm")):
		n++ // "prism", "racism"
	}
	for _, p := range hiatusPrefixes {
		if bytes.HasPrefix(w, []byte(p)) {
			n++
			break
		}
	}
	return max(n, 1)
}

// vowelAt reports whether w[i] sounds as a vowel: not the u of "qu", nor a
// y before a vowel at the start or after a vowel ("yes", "beyond").
func vowelAt(w []byte, i int) bool {
	switch w[i] {
	case 'u':
		return i == 0 || w[i-1] != 'q'
	case 'y':
		return i+1 == len(w) || !isVowel(w[i+1]) || i > 0 && !isVowel(w[i-1])
	}
	return isVowel(w[i])
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', accentedVowel, diaeresis:
		return true
	}
	return false
}

func hasVowel(w []byte) bool {
	for i := range w {
		if vowelAt(w, i) {
			return true
		}
	}
	return false
}

// hiatus reports whether the vowels w[i-1] and w[i] are two syllables.
func hiatus(w []byte, i int) bool {
	at := func(j int) byte {
		if j < 0 || j >= len(w) {
			return 0
		}
		return w[j]
	}
	before, next, after := at(i-2), at(i+1), at(i+2)
	soft := i > 2 && strings.IndexByte("ctsgx", before) >= 0 || before == 'l' && at(i-3) == 'l'
	switch string(w[i-1 : i+1]) {
	case "ia": // "trial", "media"; not "social", "brilliant", "marriage"
		return !soft && !(next == 'g' && after == 'e')
	case "io": // "lion", "radio"; not "nation", "million", "opinion"
		return !soft && before != 'n'
	case "iu", "ao": // "medium", "chaos"
		return true
	case "ie": // "quiet", "client", "easier"; not "piece", "friend", "science"
		return next == 't' ||
			next == 'n' && after != 'd' && !soft ||
			(next == 'r' && i+2 == len(w) || next == 's' && after == 't' && i+3 == len(w)) && hasVowel(w[:i-1])
	case "oe": // "poem"; not "toe", "goes"
		return next != 0 && !((next == 's' || next == 'd') && i+2 == len(w))
	case "ue": // "fluent", "cruel"; not "guest", "blue"
		return (next == 'n' || next == 'l' || next == 't') && before != 'g'
	case "ua", "uo": // "actual", "duo"; not "language"
		return before != 'g'
	case "eo": // "video", "geology"; not "pigeon", "gorgeous"
		return !(i > 2 && (before == 'g' || before == 'c'))
	case "eu": // "museum"
		return next == 'm' && i+2 == len(w)
	}
	return false
}

// silentEnding reports whether the final e, es or ed of w is silent.
func silentEnding(w []byte) bool {
	n, e := len(w), len(w)-1
	if w[e] != 'e' {
		if n < 3 || w[n-2] != 'e' || w[e] != 's' && w[e] != 'd' {
			return false
		}
		e = n - 2
	}
	if e < 2 || vowelAt(w, e-1) {
		return false // the e is part of a vowel group: "value", "goes"
	}
	c1, c2 := w[e-1], w[e-2]
	if (c1 == 'l' || c1 == 'r') && !vowelAt(w, e-2) && c2 != 'l' && c2 != 'r' {
		return false // "table", "acre", "handled", "hundred"
	}
	switch w[n-1] {
	case 's': // "boxes", "pages", "wishes"
		return strings.IndexByte("sxzcg", c1) < 0 && !(c1 == 'h' && (c2 == 'c' || c2 == 's'))
	case 'd': // "wanted", "needed"
		return c1 != 't' && c1 != 'd'
	}
	return true
}

// silentEStem reports whether stem ends in a silent e after a consonant.
func silentEStem(stem []byte) bool {
	n := len(stem)
	return n >= 4 && stem[n-1] == 'e' && !isVowel(stem[n-2])
}

func sibilant(w []byte) bool {
	n := len(w)
	return n > 0 && strings.IndexByte("sxz", w[n-1]) >= 0 ||
		n > 1 && (w[n-1] == 'h' && (w[n-2] == 'c' || w[n-2] == 's') || w[n-1] == 'e' && (w[n-2] == 'c' || w[n-2] == 'g'))
}

// syllableExceptions holds common words the rules above miss.
var syllableExceptions = map[string]int{
	"people": 2, "business": 2, "businesses": 3, "every": 2, "area": 3, "areas": 3,
	"idea": 3, "ideas": 3, "maybe": 2, "recipe": 3, "recipes": 3, "cafe": 2, "naive": 2,
	"apostrophe": 4, "catastrophe": 4, "hyperbole": 4, "epitome": 4, "karate": 3,
	"sesame": 3, "coyote": 3, "simile": 3, "acne": 2, "aren't": 1, "weren't": 1,
	"therefore": 2, "evening": 2, "interest": 2, "interested": 3, "interesting": 3,
	"wednesday": 2, "colonel": 2, "chocolate": 2, "vegetable": 3, "comfortable": 3,
	"naked": 2, "wicked": 2,
}

// compoundTails end words that start with "some", "any" or "every".
var compoundTails = map[string]bool{
	"one": true, "ones": true, "thing": true, "things": true, "where": true, "time": true,
	"times": true, "body": true, "how": true, "way": true, "ways": true, "day": true,
	"days": true, "what": true, "more": true, "place": true,
}

// suffixSplits are endings counted apart from their stem; afterE ones only
// after a silent e ("movement", "safety", "homepage"; not "comment").
var suffixSplits = [...]struct {
	text      string
	syllables int
	afterE    bool
}{
	{"fully", 2, false}, {"ful", 1, false}, {"ness", 1, false}, {"less", 1, false},
	{"ly", 1, false}, {"ments", 1, true}, {"ment", 1, true}, {"ty", 1, true},
	{"works", 1, true}, {"work", 1, true}, {"times", 1, true}, {"time", 1, true},
	{"lines", 1, true}, {"line", 1, true}, {"pages", 1, true}, {"page", 1, true},
}

// hiatusPrefixes start words with a vowel pair said as two syllables that
// the rules read as one ("create", "reality", "science").
var hiatusPrefixes = [...]string{
	"create", "creati", "creato", "react", "realit", "theat", "cooperat", "coordinat",
	"scien", "fluid", "ruin", "genuin", "suicid", "intuit", "tuition",
}
