package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/prose"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// RepeatedWord reports a word written twice in a row.
var RepeatedWord = &rule.Rule{
	Name:     "repeated-word",
	Severity: rule.Warning,
	Fixable:  true,
	Run:      runRepeatedWord,
	Doc: `a word must not be repeated by mistake ("the the")

A doubled word is the classic proofreading miss: the eye skips the
second "the", above all when it starts a new line of the source or sits
in different markup ("the *the*"). The rule compares each word with the
next one, ignoring case, across line breaks and markup. Punctuation or
code between them breaks the pair, and so do two links with the same
text ("[docs](a) [docs](b)").

Repeats that are correct or deliberate are left alone: "had had", "that
that", "do do"; "is is" after a wh-word ("what it is is"); a particle
followed by the same preposition ("log in in the corner"); reduplications
("bye bye", "no no", "ha ha", "very very"); numbers, single letters and
identifiers ("env_string string"); a word next to the same word in
capitals ("unreachable UNREACHABLE"); and two capitalized words, which
are usually a name ("Walla Walla", "Bora Bora"), unless they are a small
word in a title-case heading ("How To To Deploy"). Text in quotation
marks is left as it was quoted, and paragraphs in another language are
skipped ("nous nous" is correct French). The fix removes the repeats
when only white space separates them in the source.

Bad:

` + "```markdown" + `
Serverless moves the
the servers out of sight.
` + "```" + `

Good:

` + "```markdown" + `
Serverless moves the
servers out of sight.
` + "```",
}

// repeatAllowed lists words whose doubling is correct English, or a
// reduplication ("bye bye", "no no").
var repeatAllowed = map[string]bool{
	// Grammatical: "she had had enough", "he said that that was fine",
	// "they do do it". ("what it is is" is in clauseVerbs.)
	"had": true, "that": true, "do": true,
	// Reduplications and emphasis.
	"bye": true, "no": true, "yes": true, "so": true, "ha": true, "hah": true, "haha": true,
	"hey": true, "la": true, "knock": true, "tut": true, "chop": true, "well": true,
	"very": true, "really": true, "many": true, "far": true, "long": true, "more": true,
	"bang": true, "blah": true, "bla": true, "yada": true, "go": true, "ta": true,
	"tom": true, "pom": true, "boo": true, "choo": true, "night": true, "now": true,
	"there": true, "ho": true, "oh": true, "ah": true, "wow": true, "hip": true,
	"hush": true, "pew": true, "cha": true, "dum": true, "tsk": true, "bam": true,
	"zoom": true, "beep": true, "tick": true, "tock": true, "ding": true, "dong": true,
	"again": true, "over": true, "round": true, "around": true,
	"sweet": true, "big": true, "little": true, "tiny": true,
	"sub": true, "revert": true, "mahi": true, "cous": true, "bora": true, "walla": true,
}

// repeatFunctionWords are words that a capitalized pair does not make a
// name: "The The Best Tools" in a title-case heading is still a mistake.
var repeatFunctionWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "to": true,
	"for": true, "with": true, "at": true, "from": true, "as": true, "it": true, "are": true,
	"be": true, "can": true, "how": true, "what": true, "why": true, "when": true, "your": true,
	"you": true, "we": true, "our": true, "this": true, "not": true, "if": true, "but": true,
}

func runRepeatedWord(pass *rule.Pass) error {
	body := pass.Post.BodySource
	for _, b := range pass.Post.Prose() {
		checkRepeats(pass, &b, body)
	}
	return nil
}

func checkRepeats(pass *rule.Pass, b *prose.Block, body []byte) {
	text := b.Text
	words := b.Words()
	var quoted [][2]int
	quotesDone, english := false, -1
	for k := 1; k < len(words); k++ {
		prev, cur := words[k-1], words[k]
		first, second := text[prev.Start:prev.End], text[cur.Start:cur.End]
		if len(first) != len(second) || !strings.EqualFold(first, second) {
			continue
		}
		gap := text[prev.End:cur.Start]
		if strings.Trim(gap, " \n") != "" || !repeatIsMistake(first, second) || particlePair(text, words, k) || clauseEnd(text, words, k) ||
			inIdentifier(text, prev.Start, cur.End) {
			continue
		}
		if english < 0 {
			english = 0
			if looksEnglish(text, words) {
				english = 1
			}
		}
		if english == 0 {
			continue
		}
		if !quotesDone {
			quoted, quotesDone = quotedRanges(text), true
		}
		if inRanges(quoted, prev.Start, cur.End) {
			continue
		}
		_, end1 := b.Span(prev.Start, prev.End)
		start2, end2 := b.Span(cur.Start, cur.End)
		if end1 > start2 {
			continue
		}
		srcGap := string(body[end1:start2])
		if strings.Contains(srcGap, "](") || strings.Contains(srcGap, "][") {
			continue // two links with the same text ("[docs](a) [docs](b)")
		}
		span := textSpan(pass, b, cur.Start, cur.End)
		if !plainGap(srcGap) || !plainSource(body, b, cur.Start, cur.End) {
			pass.Reportf(span, "repeated word %q", second)
			k++ // "the the the" is one mistake
			continue
		}
		// Remove every repeat of a run ("the the the") in one fix.
		end := end2
		for k+1 < len(words) {
			next := words[k+1]
			start3, end3 := b.Span(next.Start, next.End)
			if !strings.EqualFold(text[next.Start:next.End], first) || strings.Trim(text[cur.End:next.Start], " ") != "" ||
				start3 < end || !plainGap(string(body[end:start3])) || !plainSource(body, b, next.Start, next.End) {
				break
			}
			k++
			cur, end = next, end3
		}
		fixSpan := pass.Post.BodySpan(source.Span{Start: end1, End: end})
		fix := &rule.Fix{Description: "remove the repeated word", Edits: []rule.Edit{{Span: fixSpan}}}
		pass.ReportFix(span, fix, "repeated word %q", second)
		k++
	}
}

// repeatIsMistake tells a doubled word that is probably a slip from one
// that is correct or deliberate.
func repeatIsMistake(first, second string) bool {
	lower := strings.ToLower(first)
	if repeatAllowed[lower] {
		return false
	}
	if utf8.RuneCountInString(first) == 1 && lower != "a" {
		return false // single letters: "x x", "I I" (a roman numeral)
	}
	for _, r := range first {
		if unicode.IsDigit(r) {
			return false // numbers and identifiers: "1 1", "v2 v2"
		}
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	// "unreachable UNREACHABLE": a word and a constant or an acronym.
	if first != second && (isAllCaps(first) || isAllCaps(second)) {
		return false
	}
	// Two capitalized words mid-sentence are usually a name ("Walla
	// Walla", "Sing Sing"), unless they are a function word repeated in
	// a title-case heading.
	if isCapitalized(first) && isCapitalized(second) && !repeatFunctionWords[lower] {
		return false
	}
	return true
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// clauseVerbs are verbs that can end a clause and start the next one:
// "what it is is a cache", "what it does does matter".
var clauseVerbs = map[string]bool{"is": true, "was": true, "does": true}

// clauseEnd reports whether words[k-1] ends a clause that starts with a
// wh-word a few words earlier ("what it is is"), which makes the repeat
// of a clause verb correct.
func clauseEnd(text string, words []prose.Word, k int) bool {
	if !clauseVerbs[strings.ToLower(text[words[k].Start:words[k].End])] {
		return false
	}
	for i := k - 2; i >= 0 && i >= k-6; i-- {
		switch strings.ToLower(text[words[i].Start:words[i].End]) {
		case "what", "whatever", "who", "whoever", "where", "how", "why", "all":
			return true
		}
	}
	return false
}

// repeatParticles are adverb particles that may end a phrasal verb and be
// followed by the same word as a preposition: "log in in the corner",
// "turn it on on Monday".
var repeatParticles = map[string]bool{"in": true, "on": true, "up": true, "out": true, "off": true, "down": true, "over": true, "by": true}

// phrasalVerbs are verbs that commonly take those particles.
var phrasalVerbs = map[string]bool{
	"log": true, "sign": true, "plug": true, "opt": true, "check": true, "turn": true, "switch": true,
	"come": true, "came": true, "go": true, "went": true, "gone": true, "get": true, "got": true,
	"put": true, "set": true, "fill": true, "type": true, "zoom": true, "walk": true, "run": true,
	"ran": true, "move": true, "build": true, "built": true, "roll": true, "pass": true, "drop": true,
	"break": true, "broke": true, "stand": true, "stood": true, "sit": true, "sat": true, "kick": true,
	"hang": true, "hung": true, "hold": true, "held": true, "lock": true, "look": true, "bring": true,
	"brought": true, "take": true, "took": true, "taken": true, "give": true, "gave": true, "keep": true,
	"kept": true, "let": true, "pick": true, "point": true, "print": true, "read": true, "write": true,
	"wrote": true, "written": true, "back": true, "call": true, "cut": true, "shut": true, "spin": true,
	"spun": true, "start": true, "wind": true, "wound": true, "work": true, "turned": true, "hand": true,
	"tune": true, "figure": true, "find": true, "found": true, "sort": true, "carry": true, "carried": true,
	"lay": true, "laid": true, "make": true, "made": true, "mess": true, "pay": true, "paid": true,
}

var objectPronouns = map[string]bool{"it": true, "them": true, "him": true, "her": true, "me": true, "us": true, "you": true, "this": true}

// particlePair reports whether words[k-1] and words[k] are a particle
// after a phrasal verb followed by the same preposition.
func particlePair(text string, words []prose.Word, k int) bool {
	if !repeatParticles[strings.ToLower(text[words[k].Start:words[k].End])] || k < 2 {
		return false
	}
	verb := strings.ToLower(text[words[k-2].Start:words[k-2].End])
	if objectPronouns[verb] && k >= 3 {
		verb = strings.ToLower(text[words[k-3].Start:words[k-3].End]) // "turn it on on Monday"
	}
	return phrasalVerbs[verb] || phrasalVerbs[verbStem(verb)]
}

// verbStem undoes the -s, -ed and -ing of a regular verb well enough for
// phrasalVerbs: "logged" and "logging" give "log", "typed" gives "type".
func verbStem(w string) string {
	for _, suffix := range []string{"ing", "ed", "s"} {
		stem, ok := strings.CutSuffix(w, suffix)
		if !ok || len(stem) < 2 {
			continue
		}
		if n := len(stem); stem[n-1] == stem[n-2] && phrasalVerbs[stem[:n-1]] {
			return stem[:n-1] // logged, plugged
		}
		if suffix != "s" && phrasalVerbs[stem+"e"] {
			return stem + "e" // typed, typing
		}
		return stem
	}
	return w
}

// plainGap reports whether the source between two words is only white
// space, so that removing it with the second word leaves no markup
// behind.
func plainGap(gap string) bool {
	return strings.Trim(gap, " \t\r\n") == ""
}

func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n > 1
}

// inIdentifier reports whether the pair text[start:end] is glued to an
// identifier, a path or a name: "v8::Function::Call call",
// "env_string string", "URL url.protocol".
func inIdentifier(text string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	switch before {
	case '.', ':', '_', '/', '\\', '#', '@', '$', '=', '<':
		return true
	}
	after, size := utf8.DecodeRuneInString(text[end:])
	switch after {
	case '_', '/', '\\', '@', '=', '>':
		return true
	case '.', ':', '(':
		next, _ := utf8.DecodeRuneInString(text[end+size:])
		return unicode.IsLetter(next) || unicode.IsDigit(next) || next == ':' || next == ')'
	}
	return false
}

// englishMarkers and foreignMarkers are common words of English and of
// other languages (French, German, Spanish, Italian, Dutch, Latin
// filler) that the other side seldom uses.
var (
	englishMarkers = map[string]bool{
		"the": true, "and": true, "of": true, "to": true, "is": true, "are": true, "for": true,
		"with": true, "that": true, "this": true, "you": true, "it": true, "was": true, "be": true,
	}
	foreignMarkers = map[string]bool{
		"et": true, "ut": true, "le": true, "les": true, "des": true, "du": true, "est": true,
		"une": true, "nous": true, "vous": true, "je": true, "pas": true, "avec": true, "pour": true,
		"dans": true, "und": true, "der": true, "das": true, "ist": true, "nicht": true, "ich": true,
		"wir": true, "sie": true, "mit": true, "auf": true, "el": true, "los": true, "las": true,
		"que": true, "y": true, "es": true, "una": true, "il": true, "di": true, "che": true,
		"het": true, "een": true, "sed": true,
	}
)

// looksEnglish reports whether a block reads as English rather than as
// another language. Other languages double words correctly ("nous
// nous", "die die"), and filler Latin is not worth proofreading.
func looksEnglish(text string, words []prose.Word) bool {
	english, foreign := 0, 0
	for _, w := range words {
		if w.End-w.Start > 5 {
			continue
		}
		word := strings.ToLower(text[w.Start:w.End])
		if englishMarkers[word] {
			english++
		} else if foreignMarkers[word] {
			foreign++
		}
	}
	return english >= foreign
}
