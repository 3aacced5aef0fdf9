package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/prose"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// This file holds what the word-list rules (cliche, wordy, terms) share:
// a phrase list indexed by first word that finds its phrases in block
// text in one pass over the words, and helpers to place a match in the
// source and tell whether its source is plain text.

// phraseToken is a word of block text, or one part of a hyphenated word,
// with its key: the text lowercased, with curly apostrophes made straight.
type phraseToken struct {
	start, end int
	key        string
	// wordStart and wordEnd say whether the token begins or ends its
	// prose.Word ("low-hanging" is two tokens).
	wordStart, wordEnd bool
}

// blockTokensKey is the post.Memo key of the phrase tokens of a post's
// prose blocks.
type blockTokensKey struct{}

// blockTokens returns the phrase tokens of block i of the post's prose,
// split once per post for every rule that matches phrases.
func blockTokens(pass *rule.Pass, i int) []phraseToken {
	all := pass.Post.Memo(blockTokensKey{}, func() any {
		blocks := pass.Post.Prose()
		tokens := make([][]phraseToken, len(blocks))
		for k := range blocks {
			tokens[k] = splitPhraseTokens(blocks[k].Text, blocks[k].Words())
		}
		return tokens
	}).([][]phraseToken)
	return all[i]
}

// phraseTokens splits text into tokens.
func phraseTokens(text string) []phraseToken {
	return splitPhraseTokens(text, prose.Words(text))
}

// splitPhraseTokens splits text, whose words are words, into tokens.
func splitPhraseTokens(text string, words []prose.Word) []phraseToken {
	tokens := make([]phraseToken, 0, len(words)+len(words)/8)
	for _, w := range words {
		start := w.Start
		for i := w.Start; i <= w.End; i++ {
			if i < w.End && text[i] != '-' {
				continue
			}
			tokens = append(tokens, phraseToken{start: start, end: i, key: phraseKey(text[start:i]), wordStart: start == w.Start, wordEnd: i == w.End})
			start = i + 1
		}
	}
	return tokens
}

// phraseKey folds a word for matching.
func phraseKey(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ReplaceAll(strings.ToLower(s), "’", "'")
		}
	}
	return s
}

// phraseGap folds the text between two tokens: white space and a hyphen
// are the same gap (" "); anything else must match exactly.
func phraseGap(s string) string {
	if s == "-" || strings.TrimSpace(s) == "" && s != "" {
		return " "
	}
	return s
}

// phraseEntry is one phrase of a list: its keys, the gaps between them,
// and the index of the phrase in the list's owner.
type phraseEntry struct {
	keys []string
	gaps []string
	id   int
}

// phraseList finds phrases in block text.
type phraseList struct {
	byFirst map[string][]phraseEntry
}

// add adds phrase, found later as id. A phrase is one or more words,
// separated by white space, hyphens or other punctuation.
func (l *phraseList) add(phrase string, id int) error {
	tokens := phraseTokens(phrase)
	if len(tokens) == 0 {
		return fmt.Errorf("phrase %q has no words", phrase)
	}
	if strings.TrimSpace(phrase[:tokens[0].start]) != "" || strings.TrimSpace(phrase[tokens[len(tokens)-1].end:]) != "" {
		return fmt.Errorf("phrase %q must start and end with a word", phrase)
	}
	e := phraseEntry{id: id}
	for k, t := range tokens {
		e.keys = append(e.keys, t.key)
		if k > 0 {
			e.gaps = append(e.gaps, phraseGap(phrase[tokens[k-1].end:t.start]))
		}
	}
	if l.byFirst == nil {
		l.byFirst = make(map[string][]phraseEntry)
	}
	// Longer phrases first, so that the longest match wins.
	list := l.byFirst[e.keys[0]]
	i := 0
	for i < len(list) && len(list[i].keys) >= len(e.keys) {
		i++
	}
	list = append(list, phraseEntry{})
	copy(list[i+1:], list[i:])
	list[i] = e
	l.byFirst[e.keys[0]] = list
	return nil
}

// phraseMatch is a phrase found in block text: text[start:end].
type phraseMatch struct {
	id         int
	start, end int
}

// find calls yield for each phrase in text, left to right, longest first,
// never overlapping. With wholeWords a match must begin and end at word
// boundaries; otherwise it may begin or end at a hyphen inside a word.
func (l *phraseList) find(text string, tokens []phraseToken, wholeWords bool, yield func(phraseMatch)) {
	if len(l.byFirst) == 0 {
		return
	}
	for k := 0; k < len(tokens); k++ {
		if wholeWords && !tokens[k].wordStart {
			continue
		}
		n := 0
		for _, e := range l.byFirst[tokens[k].key] {
			if l.matches(text, tokens[k:], e, wholeWords) {
				n = len(e.keys)
				yield(phraseMatch{id: e.id, start: tokens[k].start, end: tokens[k+n-1].end})
				break
			}
		}
		if n > 0 {
			k += n - 1
		}
	}
}

func (l *phraseList) matches(text string, tokens []phraseToken, e phraseEntry, wholeWords bool) bool {
	if len(tokens) < len(e.keys) {
		return false
	}
	for i := 1; i < len(e.keys); i++ {
		if tokens[i].key != e.keys[i] || phraseGap(text[tokens[i-1].end:tokens[i].start]) != e.gaps[i-1] {
			return false
		}
	}
	return !wholeWords || tokens[len(e.keys)-1].wordEnd
}

// textSpan returns the file span of text[i:j] of block b.
func textSpan(pass *rule.Pass, b *prose.Block, i, j int) source.Span {
	start, end := b.Span(i, j)
	return pass.Post.BodySpan(source.Span{Start: start, End: end})
}

// plainSource reports whether the source of text[i:j] of block b is the
// text itself, apart from white space (a soft line break, indentation):
// no markup, escape or placeholder inside, so that an edit of the source
// span changes exactly that text.
func plainSource(body []byte, b *prose.Block, i, j int) bool {
	start, end := b.Span(i, j)
	src, text := string(body[start:end]), b.Text[i:j]
	for src != "" && text != "" {
		s, t := isSpaceByte(src[0]), isSpaceByte(text[0])
		switch {
		case s && t:
			src, text = strings.TrimLeft(src, " \t\r\n"), strings.TrimLeft(text, " \t\r\n")
		case src[0] == text[0]:
			src, text = src[1:], text[1:]
		default:
			return false
		}
	}
	return src == "" && text == ""
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// quotedRanges returns the stretches of text inside double quotes
// (straight or curly, “like this" too), quotes included. An unpaired
// straight quote (an inch mark, a stray) opens nothing. Most blocks have
// no quote at all, which is checked first, byte-wise.
func quotedRanges(text string) [][2]int {
	if strings.IndexByte(text, '"') < 0 && !strings.Contains(text, "“") &&
		!strings.Contains(text, "„") && !strings.Contains(text, "«") {
		return nil
	}
	var ranges [][2]int
	open := -1
	straight := false
	for i, r := range text {
		switch {
		case r == '"' && open < 0:
			open, straight = i, true
		case r == '"': // closes a straight quote, or a curly one typed inconsistently
			ranges = append(ranges, [2]int{open, i + 1})
			open = -1
		case r == '“' || r == '„' || r == '«':
			if open < 0 || straight {
				open, straight = i, false
			}
		case (r == '”' || r == '»') && open >= 0 && !straight:
			ranges = append(ranges, [2]int{open, i + utf8.RuneLen(r)})
			open = -1
		}
	}
	return ranges
}

// inRanges reports whether [i, j) lies inside one of ranges.
func inRanges(ranges [][2]int, i, j int) bool {
	for _, r := range ranges {
		if r[0] <= i && j <= r[1] {
			return true
		}
	}
	return false
}

// matchCase returns s with its first letter upper-cased when like starts
// with an upper-case letter.
func matchCase(s, like string) string {
	r, _ := utf8.DecodeRuneInString(like)
	if !unicode.IsUpper(r) || s == "" {
		return s
	}
	f, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(f)) + s[size:]
}
