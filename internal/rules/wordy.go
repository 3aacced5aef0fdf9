package rules

import (
	"strconv"
	"strings"

	"github.com/postlint/postlint/internal/rule"
)

// Wordy reports phrases that have a shorter equal.
var Wordy = &rule.Rule{
	Name:     "wordy",
	Severity: rule.Info,
	Fixable:  true,
	Run:      runWordy,
	Doc: `prefer the short word to the wordy phrase

Phrases like "in order to" and "due to the fact that" say no more than
"to" and "because"; they only make the reader wait. The rule knows a
list of phrases of several words that can be replaced by a shorter equal
wherever they occur, matched as whole words in any case, also across
line breaks. Text in quotation marks and block quotes is not checked.
The fix puts in the shorter form, keeping a capital first letter, where
the phrase has no markup inside it.

Bad:

` + "```markdown" + `
In order to deploy, wait until the build passes due to the fact that
the cache is shared.
` + "```" + `

Good:

` + "```markdown" + `
To deploy, wait until the build passes because the cache is shared.
` + "```",
}

// wordyPhrases maps each phrase to its shorter equal. Each replacement
// fits wherever the phrase does, so that the fix keeps the sentence
// grammatical. "make use of" is not here: "make use of globals
// explicit" means something else.
var wordyPhrases = [][2]string{
	{"a large number of", "many"},
	{"a sufficient number of", "enough"},
	{"an adequate number of", "enough"},
	{"along the lines of", "like"},
	{"are able to", "can"},
	{"at all times", "always"},
	{"at that point in time", "then"},
	{"at the present time", "now"},
	{"at this moment in time", "now"},
	{"at this point in time", "now"},
	{"by means of", "by"},
	{"despite the fact that", "although"},
	{"due to the fact that", "because"},
	{"during the course of", "during"},
	{"each and every", "every"},
	{"first and foremost", "first"},
	{"for the purpose of", "for"},
	{"for the purposes of", "for"},
	{"for the reason that", "because"},
	{"has the ability to", "can"},
	{"in a timely manner", "promptly"},
	{"in close proximity to", "near"},
	{"in light of the fact that", "because"},
	{"in order to", "to"},
	{"in regard to", "about"},
	{"in regards to", "about"},
	{"in spite of the fact that", "although"},
	{"in the absence of", "without"},
	{"in the event that", "if"},
	{"in the near future", "soon"},
	{"in the vicinity of", "near"},
	{"in this day and age", "today"},
	{"in view of the fact that", "because"},
	{"is able to", "can"},
	{"made use of", "used"},
	{"makes use of", "uses"},
	{"making use of", "using"},
	{"on a daily basis", "daily"},
	{"on a monthly basis", "monthly"},
	{"on a regular basis", "regularly"},
	{"on a weekly basis", "weekly"},
	{"on account of the fact that", "because"},
	{"on the grounds that", "because"},
	{"owing to the fact that", "because"},
	{"prior to", "before"},
	{"subsequent to", "after"},
	{"until such time as", "until"},
	{"with regard to", "about"},
	{"with regards to", "about"},
	{"with the exception of", "except"},
}

// wordyList indexes wordyPhrases.
var wordyList = func() *phraseList {
	l := &phraseList{}
	for i, p := range wordyPhrases {
		if err := l.add(p[0], i); err != nil {
			panic(err)
		}
	}
	return l
}()

func runWordy(pass *rule.Pass) error {
	body := pass.Post.BodySource
	for i, b := range pass.Post.Prose() {
		if b.InQuote {
			continue
		}
		quoted := quotedRanges(b.Text)
		wordyList.find(b.Text, blockTokens(pass, i), true, func(m phraseMatch) {
			if inRanges(quoted, m.start, m.end) || afterDegreeWord(b.Text, m.start) {
				return
			}
			phrase, short := wordyPhrases[m.id][0], wordyPhrases[m.id][1]
			span := textSpan(pass, &b, m.start, m.end)
			if !plainSource(body, &b, m.start, m.end) {
				pass.Reportf(span, "%q can be %q", phrase, short)
				return
			}
			repl := matchCase(short, b.Text[m.start:m.end])
			fix := &rule.Fix{Description: "replace with " + strconv.Quote(repl), Edits: []rule.Edit{{Span: span, NewText: repl}}}
			pass.ReportFix(span, fix, "%q can be %q", phrase, short)
		})
	}
	return nil
}

// afterDegreeWord reports whether the phrase at text[start:] follows a
// word that makes the replacement ungrammatical: "such a large number
// of" cannot become "such many".
func afterDegreeWord(text string, start int) bool {
	before := strings.TrimRight(text[:start], " ")
	i := strings.LastIndexByte(before, ' ') + 1
	switch strings.ToLower(before[i:]) {
	case "such", "quite", "rather", "what":
		return true
	}
	return false
}
