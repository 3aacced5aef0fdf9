package rules

import (
	"fmt"
	"math"

	"github.com/postlint/postlint/internal/prose"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// Readability reports posts whose Flesch-Kincaid grade is too high.
var Readability = &rule.Rule{
	Name:     "readability",
	Severity: rule.Off,
	Options:  func() any { return &readabilityOptions{MaxGrade: 12} },
	Run:      runReadability,
	Doc: `the post's reading grade should be at most 12

The Flesch-Kincaid grade estimates how many years of school a reader
needs to follow a text, from the average number of words per sentence
and syllables per word. A high grade means long sentences and long
words; both slow every reader down, experts included.

The grade is computed over the prose of the post's paragraphs and list
items (each list item counts as at least one sentence); headings, tables
and code are left out, and so are inline code, URLs and sentences that
are a series, such as a list of names. Posts of fewer than 100 words are
skipped, since the formula means little for them. The finding is placed
at the first paragraph.

The default, 12, is higher than the 8 that plain-language guides ask
for: technical posts need their terms. On the technical blogs postlint
was tested on, half the posts score below 9 and nine in ten below 12; a
post above 12 is hard going for any reader, and is usually a press
release.

Bad:

` + "```markdown" + `
Containerization methodologies fundamentally revolutionized organizational
infrastructure provisioning, consequently necessitating comprehensive
reconsideration of operational responsibilities.
` + "```" + `

Good:

` + "```markdown" + `
Containers changed how teams set up their servers. Now the people who
write the code also have to think about how it runs.
` + "```" + `

Options:

- ` + "`max-grade`" + ` (default 12): the highest grade a post may have.`,
}

type readabilityOptions struct {
	MaxGrade float64 `yaml:"max-grade"`
}

func (o *readabilityOptions) Prepare() error {
	if o.MaxGrade <= 0 {
		return fmt.Errorf("max-grade must be above 0, not %g", o.MaxGrade)
	}
	return nil
}

// readabilityMinWords is the fewest words a post needs for its grade to
// mean something.
const readabilityMinWords = 100

func runReadability(pass *rule.Pass) error {
	opts := pass.Options.(*readabilityOptions)
	p := pass.Post
	var r prose.Readability
	at := -1 // the block the finding is placed at
	blocks := p.Prose()
	for i, b := range blocks {
		if b.Kind != prose.Paragraph {
			continue
		}
		counted := false
		for _, s := range b.Sentences() {
			words := b.WordsIn(s.Start, s.End)
			if len(words) == 0 || isSeries(b.Text[s.Start:s.End], len(words)) {
				continue
			}
			counted = true
			r.Sentences++
			r.Words += len(words)
			for _, w := range words {
				r.Syllables += prose.Syllables(b.Text[w.Start:w.End])
			}
		}
		if counted && (at < 0 || !isRunningText(blocks[at]) && isRunningText(b)) {
			at = i
		}
	}
	if r.Words < readabilityMinWords {
		return nil
	}
	if grade := math.Round(r.Grade()*10) / 10; grade > opts.MaxGrade {
		b := blocks[at]
		pass.Reportf(p.BodySpan(source.Span{Start: b.Start, End: b.End}),
			"reading grade %.1f (Flesch-Kincaid) is above max-grade %g; shorter sentences and words help", grade, opts.MaxGrade)
	}
	return nil
}
