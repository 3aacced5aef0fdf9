package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/prose"
	"github.com/postlint/postlint/internal/rule"
)

// Placeholder reports draft markers and filler text left in prose.
var Placeholder = &rule.Rule{
	Name:     "placeholder",
	Severity: rule.Error,
	Run:      runPlaceholder,
	Doc: `prose must not contain draft markers or filler text

A marker that a draft is unfinished, published by mistake, tells readers
the post was not proofread. The rule finds, in prose (not in code, raw
HTML or quotation marks):

- TODO, FIXME and XXX used as markers: followed by a colon or an
  opening parenthesis ("TODO: add a diagram"), in brackets ("[TODO]"),
  or alone as a whole paragraph or heading. Written in capitals only.
  The same words used as nouns ("remove the outdated TODO comment",
  "a TODO list app") are not markers and are left alone.
- TK and TKTK, the journalist's "to come", as whole words in capitals
  ("GTK", "Tcl/TK" and "TK Maxx" are left alone).
- Lorem ipsum filler: "lorem ipsum" followed by "dolor", or alone as a
  whole paragraph or heading (a post that mentions a lorem ipsum
  generator is fine).
- "[citation needed]".

Bad:

` + "```markdown" + `
TODO: add a diagram of the request flow.

Cold starts add TK milliseconds to the first request.
` + "```" + `

Good:

` + "```markdown" + `
Cold starts add 200 to 800 milliseconds to the first request.
` + "```",
}

func runPlaceholder(pass *rule.Pass) error {
	for _, b := range pass.Post.Prose() {
		checkPlaceholders(pass, &b)
	}
	return nil
}

func checkPlaceholders(pass *rule.Pass, b *prose.Block) {
	text := b.Text
	var quoted, comments [][2]int
	quoted = quotedRanges(text)
	if strings.Contains(text, "{/*") {
		comments = mdxComments(text)
	}
	skip := func(i, j int) bool { return inRanges(quoted, i, j) || inRanges(comments, i, j) }
	words := b.Words()
	lorem := false // one lorem ipsum finding per block is enough
	for k, w := range words {
		word := text[w.Start:w.End]
		switch word {
		case "TODO", "FIXME", "XXX":
			if !skip(w.Start, w.End) && isMarker(text, w, len(words) == 1) {
				pass.Reportf(textSpan(pass, b, w.Start, w.End), "%s marker left in the post; finish the text or remove the marker", word)
			}
		case "TK", "TKTK":
			if !skip(w.Start, w.End) && isTK(text, words, k) {
				pass.Reportf(textSpan(pass, b, w.Start, w.End), "%s placeholder left in the post; put in the missing fact", word)
			}
		}
		if !lorem && (word[0] == 'l' || word[0] == 'L') && strings.EqualFold(word, "lorem") && k+1 < len(words) {
			next := words[k+1]
			if strings.EqualFold(text[next.Start:next.End], "ipsum") && strings.TrimSpace(text[w.End:next.Start]) == "" &&
				(len(words) == 2 || k+2 < len(words) && strings.EqualFold(text[words[k+2].Start:words[k+2].End], "dolor")) &&
				!skip(w.Start, next.End) {
				pass.Reportf(textSpan(pass, b, w.Start, next.End), "lorem ipsum filler text left in the post; write the real text")
				lorem = true
			}
		}
	}
	const citation = "[citation needed]"
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '[')
		if j < 0 {
			break
		}
		i += j
		end := i + len(citation)
		if end <= len(text) && strings.EqualFold(text[i:end], citation) && !skip(i, end) {
			pass.Reportf(textSpan(pass, b, i, end), "[citation needed] left in the post; add the source or drop the claim")
		}
		i++
	}
}

// isMarker reports whether a TODO, FIXME or XXX is used as a marker: it
// is followed by a colon or a parenthesis, it is in brackets, or it is
// the only word of its block.
func isMarker(text string, w prose.Word, alone bool) bool {
	if alone {
		return true
	}
	after := strings.TrimLeft(text[w.End:], " ")
	if strings.HasPrefix(after, ":") || strings.HasPrefix(after, "：") || strings.HasPrefix(text[w.End:], "(") {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(text[:w.Start])
	return before == '[' && strings.HasPrefix(after, "]") || before == '(' && strings.HasPrefix(after, ")")
}

// isTK reports whether the TK at words[k] is the journalist's "to come":
// not part of a name written with a slash or followed by a capitalized
// word ("Tcl/TK", "TK Maxx").
func isTK(text string, words []prose.Word, k int) bool {
	w := words[k]
	before, _ := utf8.DecodeLastRuneInString(text[:w.Start])
	after, _ := utf8.DecodeRuneInString(text[w.End:])
	if before == '/' || after == '/' || before == '.' || after == '.' && w.End+1 < len(text) && text[w.End+1] != ' ' {
		return false
	}
	if k+1 < len(words) && text[w.End:words[k+1].Start] == " " {
		r, _ := utf8.DecodeRuneInString(text[words[k+1].Start:])
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// mdxComments returns the stretches of text inside MDX comments,
// {/* ... */}, which are not rendered.
func mdxComments(text string) [][2]int {
	var ranges [][2]int
	for i := 0; ; {
		j := strings.Index(text[i:], "{/*")
		if j < 0 {
			return ranges
		}
		start := i + j
		k := strings.Index(text[start:], "*/}")
		if k < 0 {
			return append(ranges, [2]int{start, len(text)})
		}
		ranges = append(ranges, [2]int{start, start + k + 3})
		i = start + k + 3
	}
}
