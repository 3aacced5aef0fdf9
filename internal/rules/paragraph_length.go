package rules

import (
	"fmt"
	"strings"

	"github.com/postlint/postlint/internal/prose"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// ParagraphLength reports paragraphs with too many words.
var ParagraphLength = &rule.Rule{
	Name:     "paragraph-length",
	Severity: rule.Info,
	Options:  func() any { return &paragraphLengthOptions{MaxWords: 150} },
	Run:      runParagraphLength,
	Doc: `paragraphs should have at most 150 words

A paragraph of more than 150 words is a wall of text, especially on a
phone, where it fills the screen. Readers skim the first line and skip
the rest. Split it where the topic turns, or turn a series into a list.

Only the words of prose count: inline code, URLs and images do not, and
neither does a sentence that is a series, such as a list of names.
Lists, block quotes and footnotes are left alone. The finding covers
the whole paragraph.

Bad (with max-words 40):

` + "```markdown" + `
Serverless technology has become popular in recent years, but there is
still some confusion about what it means. Many people believe that the
term implies that there are no servers at all. In reality, it means that
a cloud provider manages the servers, so developers can focus on their
applications.
` + "```" + `

Good:

` + "```markdown" + `
Serverless technology has become popular in recent years, but there is
still some confusion about what it means.

Many people believe that the term implies that there are no servers at
all. In reality, it means that a cloud provider manages the servers, so
developers can focus on their applications.
` + "```" + `

Options:

- ` + "`max-words`" + ` (default 150): the most words a paragraph may have.`,
}

type paragraphLengthOptions struct {
	MaxWords int `yaml:"max-words"`
}

func (o *paragraphLengthOptions) Prepare() error {
	if o.MaxWords < 1 {
		return fmt.Errorf("max-words must be at least 1, not %d", o.MaxWords)
	}
	return nil
}

func runParagraphLength(pass *rule.Pass) error {
	opts := pass.Options.(*paragraphLengthOptions)
	p := pass.Post
	for _, b := range p.Prose() {
		if !isRunningText(b) {
			continue
		}
		if !strings.Contains(b.Text, componentLine) {
			if n := blockWords(&b); n > opts.MaxWords {
				pass.Reportf(p.BodySpan(source.Span{Start: b.Start, End: b.End}),
					"paragraph has %d words; split it (max-words is %d)", n, opts.MaxWords)
			}
			continue
		}
		// A component line (Nuxt MDC "::note") divides what Markdown
		// reads as one paragraph into parts that render apart.
		for _, part := range strings.Split(b.Text, componentLine) {
			if n := paragraphWords(part); n > opts.MaxWords {
				pass.Reportf(p.BodySpan(source.Span{Start: b.Start, End: b.End}),
					"paragraph has %d words; split it (max-words is %d)", n, opts.MaxWords)
				break
			}
		}
	}
	return nil
}

// componentLine is how block text shows a line of its own that is not
// prose, such as an MDC component's opening or closing line.
const componentLine = "\n" + string(prose.Placeholder) + "\n"

// isRunningText reports whether b is a paragraph of the post's running
// text: not a heading or a table cell, and not in a list, a block quote
// or a footnote.
func isRunningText(b prose.Block) bool {
	return b.Kind == prose.Paragraph && !b.InList && !b.InQuote && !b.InFootnote
}

// blockWords is paragraphWords for the whole of block b, with the words
// and sentences the block has already split.
func blockWords(b *prose.Block) int {
	n := 0
	for _, s := range b.Sentences() {
		if words := len(b.WordsIn(s.Start, s.End)); !isSeries(b.Text[s.Start:s.End], words) {
			n += words
		}
	}
	return n
}

// paragraphWords counts the words of a paragraph's sentences, leaving
// out those that are a series (a list of names, say), which read as a
// list and not as a wall of text.
func paragraphWords(text string) int {
	n := 0
	for _, s := range prose.Sentences(text) {
		sentence := text[s.Start:s.End]
		if words := prose.CountWords(sentence); !isSeries(sentence, words) {
			n += words
		}
	}
	return n
}
