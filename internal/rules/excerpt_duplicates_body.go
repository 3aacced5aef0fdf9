package rules

import (
	"slices"
	"strings"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/prose"
	"github.com/postlint/postlint/internal/rule"
)

// ExcerptDuplicatesBody reports an excerpt that repeats the post's first
// paragraph.
var ExcerptDuplicatesBody = &rule.Rule{
	Name:     "excerpt-duplicates-body",
	Severity: rule.Warning,
	Run:      runExcerptDuplicatesBody,
	Doc: `the excerpt must not repeat the first paragraph

The excerpt (or ` + "`description`" + `, or ` + "`summary`" + `) is what readers see in
post lists, feeds and search results, and many themes show it again above
the post. When it is the first sentence of the post, readers read it
twice, and it rarely makes a good summary: an opening sets the scene, a
summary says what the post gives the reader.

The ` + "`excerpt`" + `, ` + "`description`" + ` and ` + "`summary`" + ` written in the front matter
are each compared with the first paragraph of the body that is not in a
list, quote or footnote, ignoring markup, case and punctuation. A finding
means the field equals that paragraph; or is its beginning (also when cut
off with "..."), or its beginning and the paragraphs after it, for five
words or more; or shares at least 80% of its distinct words with the
paragraph or with the paragraph's opening words (for five words or more
on each side). A field that starts with a short opening line and then
summarizes is fine.

Bad:

` + "```markdown" + `
---
excerpt: Serverless technology has become increasingly popular in recent years.
---

Serverless technology has become increasingly popular in recent years. Many
people believe that the term implies that there are no servers at all.
` + "```" + `

Good:

` + "```markdown" + `
---
excerpt: What "serverless" means, what it does not, and what it still asks of developers.
---

Serverless technology has become increasingly popular in recent years. Many
people believe that the term implies that there are no servers at all.
` + "```",
}

// excerptFields are the front matter keys that hold a post's summary.
var excerptFields = []string{"excerpt", "description", "summary"}

// excerptMinWords is the least number of words for which a partial match
// (a prefix, or similar words) means a duplicate rather than a
// coincidence.
const excerptMinWords = 5

func runExcerptDuplicatesBody(pass *rule.Pass) error {
	fm := pass.Post.FrontMatter
	if fm == nil || !fm.Decoded {
		return nil
	}
	obj, _ := fm.Value.(map[string]any)
	var opening *bodyOpening
	for _, field := range excerptFields {
		text, ok := obj[field].(string)
		if !ok || strings.TrimSpace(text) == "" {
			continue
		}
		if opening == nil {
			if opening = openingWords(pass); len(opening.first) == 0 {
				return nil
			}
		}
		words, truncated := excerptWords(text)
		how := opening.repeatedBy(words, truncated)
		if how == "" {
			continue
		}
		span, ok := fm.ValueSpan(frontmatter.Pointer(field))
		if !ok {
			continue
		}
		pass.Reportf(span, "%s %s; summarize the post instead", field, how)
	}
	return nil
}

// bodyOpening holds the lowercase words of the start of a post's body.
type bodyOpening struct {
	first []string // of the first paragraph
	words []string // of the paragraphs before the first heading, at least the first
}

// openingWords returns the words of the first paragraph that has any,
// outside lists, quotes and footnotes, and of the paragraphs after it up
// to the next heading.
func openingWords(pass *rule.Pass) *bodyOpening {
	o := &bodyOpening{}
	for _, b := range pass.Post.Prose() {
		if len(o.first) > 0 && b.Kind == prose.Heading {
			break
		}
		if b.Kind != prose.Paragraph || b.InList || b.InQuote || b.InFootnote {
			continue
		}
		words := lowerWords(b.Text, b.Words())
		if len(o.first) == 0 {
			o.first = words
		}
		o.words = append(o.words, words...)
		if len(o.words) > 200 {
			break // longer than any excerpt
		}
	}
	return o
}

// repeatedBy says how the words of an excerpt repeat the opening, or
// returns "".
func (o *bodyOpening) repeatedBy(excerpt []string, truncated bool) string {
	switch {
	case len(excerpt) == 0:
		return ""
	case slices.Equal(excerpt, o.first):
		return "repeats the first paragraph"
	case len(excerpt) >= excerptMinWords && hasExcerptPrefix(o.words, excerpt, truncated):
		if len(excerpt) > len(o.first) {
			return "repeats the first paragraphs"
		}
		return "repeats the start of the first paragraph"
	case len(excerpt) < excerptMinWords || len(o.first) < excerptMinWords:
		return ""
	case wordJaccard(excerpt, o.first) >= 0.8:
		return "is nearly the same as the first paragraph"
	case len(o.words) > len(excerpt) && wordJaccard(excerpt, o.words[:len(excerpt)]) >= 0.8:
		return "is nearly the same as the start of the first paragraph"
	}
	return ""
}

// hasExcerptPrefix reports whether words starts with prefix. When
// truncated, the last word of prefix may be cut short ("popul...").
func hasExcerptPrefix(words, prefix []string, truncated bool) bool {
	if len(prefix) > len(words) {
		return false
	}
	last := len(prefix) - 1
	if !slices.Equal(words[:last], prefix[:last]) {
		return false
	}
	if truncated {
		return strings.HasPrefix(words[last], prefix[last])
	}
	return words[last] == prefix[last]
}

// wordJaccard returns the Jaccard similarity of the sets of words of a
// and b.
func wordJaccard(a, b []string) float64 {
	set := make(map[string]uint8, len(a)+len(b))
	for _, w := range a {
		set[w] |= 1
	}
	for _, w := range b {
		set[w] |= 2
	}
	both := 0
	for _, in := range set {
		if in == 3 {
			both++
		}
	}
	return float64(both) / float64(len(set))
}

// excerptWords returns the lowercase words of a front matter excerpt,
// without inline code, link destinations and URLs (which the body's prose
// drops too), and whether it ends in an ellipsis.
func excerptWords(text string) (words []string, truncated bool) {
	text = strings.TrimSpace(text)
	truncated = strings.HasSuffix(text, "...") || strings.HasSuffix(text, "…")
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '`':
			if j := strings.IndexByte(text[i+1:], '`'); j >= 0 {
				b.WriteByte(' ')
				i += j + 1
				continue
			}
		case text[i] == ']' && i+1 < len(text) && text[i+1] == '(':
			if j := strings.IndexByte(text[i:], ')'); j >= 0 {
				b.WriteByte(' ')
				i += j
				continue
			}
		case strings.HasPrefix(text[i:], "http://") || strings.HasPrefix(text[i:], "https://"):
			j := strings.IndexAny(text[i:], " \t\n")
			if j < 0 {
				j = len(text) - i
			}
			b.WriteByte(' ')
			i += j - 1
			continue
		}
		b.WriteByte(text[i])
	}
	return excerptLowerWords(b.String()), truncated
}

func excerptLowerWords(text string) []string {
	return lowerWords(text, prose.Words(text))
}

// lowerWords returns the words ws of text in lower case.
func lowerWords(text string, ws []prose.Word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(text[w.Start:w.End])
	}
	return out
}
