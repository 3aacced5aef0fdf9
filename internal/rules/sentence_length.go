package rules

import (
	"fmt"
	"strings"

	"github.com/postlint/postlint/internal/prose"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// SentenceLength reports sentences with too many words.
var SentenceLength = &rule.Rule{
	Name:     "sentence-length",
	Severity: rule.Info,
	Options:  func() any { return &sentenceLengthOptions{MaxWords: 35} },
	Run:      runSentenceLength,
	Doc: `sentences should have at most 35 words

A long sentence makes the reader hold its beginning in mind until its
end. Past about 35 words most readers lose the thread and read it
again. Split it where a new idea starts: at a semicolon, an "and" or a
"which".

Only the words of prose count: inline code, URLs and images do not.
Headings, table cells and block quotes are left alone, and so is a
sentence that is mostly a series, with a comma every three words or
fewer, such as a list of names. List items and footnotes are checked.

Bad:

` + "```markdown" + `
On the one hand, developers don't have to worry about managing and
maintaining the servers that their applications run on, which can save a
lot of time and effort, but on the other hand the servers still exist and
the cloud provider is responsible for managing them.
` + "```" + `

Good:

` + "```markdown" + `
On the one hand, developers don't have to worry about managing the
servers that their applications run on, which saves time and effort. On
the other hand, the servers still exist, and the cloud provider manages
them.
` + "```" + `

Options:

- ` + "`max-words`" + ` (default 35): the most words a sentence may have.`,
}

type sentenceLengthOptions struct {
	MaxWords int `yaml:"max-words"`
}

func (o *sentenceLengthOptions) Prepare() error {
	if o.MaxWords < 1 {
		return fmt.Errorf("max-words must be at least 1, not %d", o.MaxWords)
	}
	return nil
}

func runSentenceLength(pass *rule.Pass) error {
	opts := pass.Options.(*sentenceLengthOptions)
	p := pass.Post
	for _, b := range p.Prose() {
		if b.Kind != prose.Paragraph || b.InQuote {
			continue
		}
		for _, s := range b.Sentences() {
			text := b.Text[s.Start:s.End]
			if n := len(b.WordsIn(s.Start, s.End)); n > opts.MaxWords && !isSeries(text, n) {
				start, end := b.Span(s.Start, s.End)
				pass.Reportf(p.BodySpan(source.Span{Start: start, End: end}),
					"sentence has %d words; split it (max-words is %d)", n, opts.MaxWords)
			}
		}
	}
	return nil
}

// isSeries reports whether a sentence of n words is mostly a series, a
// comma or semicolon every three words or fewer: a list of names or
// versions reads as a list, however long it is ("Thanks to Alfred Xing,
// Brenton Horne, Carlos Garcés, ...").
func isSeries(text string, n int) bool {
	return 3*(strings.Count(text, ",")+strings.Count(text, ";")) >= n
}
