package rules

import (
	"strings"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/rule"
)

// DuplicateHeading reports a heading with the same text as an earlier
// sibling heading.
var DuplicateHeading = &rule.Rule{
	Name:     "duplicate-heading",
	Severity: rule.Warning,
	Run:      runDuplicateHeading,
	Doc: `sibling headings must have different text

Two headings with the same text under the same parent heading (or both
before any parent) make a table of contents with two identical entries,
and a link to the heading's anchor always lands on the first one: the
second gets an anchor such as ` + "`#setup-1`" + ` that nobody guesses. The same
heading under different parents is fine (` + "`### Example`" + ` in each
section).

Headings are compared by the text a reader sees, ignoring case and
repeated spaces, because ` + "`Setup`" + ` and ` + "`setup`" + ` get the same anchor.
Unlike markdownlint's MD024 (with ` + "`siblings_only`" + `), which compares the
exact text of headings at the same level, a heading's parent is the
nearest heading of a lower level before it, whatever the levels in
between. Headings in block quotes and footnotes are skipped.

Bad:

` + "```markdown" + `
## AWS Lambda

### Setup

### Setup
` + "```" + `

Good:

` + "```markdown" + `
## AWS Lambda

### Setup

## Google Cloud Functions

### Setup
` + "```",
}

// headingScope is an open heading and the texts of its child headings.
type headingScope struct {
	level    int
	children map[string]int // normalized text -> offset of the first child with it
}

func runDuplicateHeading(pass *rule.Pass) error {
	p := pass.Post
	stack := []headingScope{{level: 0}}
	for _, h := range outlineHeadings(p.Body, p.BodySource) {
		for len(stack) > 1 && stack[len(stack)-1].level >= h.Level {
			stack = stack[:len(stack)-1]
		}
		parent := &stack[len(stack)-1]
		text := strings.Join(strings.Fields(markdown.PlainText(h, p.BodySource)), " ")
		if key := strings.ToLower(text); key != "" {
			span := pass.NodeSpan(h)
			if first, dup := parent.children[key]; dup {
				pass.Reportf(span, "heading %q repeats the heading on line %d; sibling headings need different names (their anchors collide)",
					text, p.Lines.Position(first).Line)
			} else {
				if parent.children == nil {
					parent.children = make(map[string]int)
				}
				parent.children[key] = span.Start
			}
		}
		stack = append(stack, headingScope{level: h.Level}) // after the last use of parent
	}
	return nil
}
