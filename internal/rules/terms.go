package rules

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/rule"
)

// Terms reports words and names the site spells another way.
var Terms = &rule.Rule{
	Name:     "terms",
	Severity: rule.Off,
	Fixable:  true,
	Options:  func() any { return &termsOptions{} },
	Run:      runTerms,
	Doc: `use the site's spelling of names and terms

A blog that writes "Javascript" in one post and "JavaScript" in the next
looks careless, and a product name spelled wrong looks worse. This
opt-in rule takes the site's vocabulary, a map from each wrong form to
the right one, and reports the wrong forms in prose; the fix writes the
right form.

A wrong form matches whole words in any case ("Javascript",
"javascript" and "JAVASCRIPT" for the entry ` + "`Javascript: JavaScript`" + `),
also as part of a hyphenated word ("Javascript-based"), and may be
several words ("Visual studio code"). Left alone are: text already in
the right form; the right form with a capital first letter at the start
of a sentence (for ` + "`Email: email`" + `); the right form in capitals
("JAVASCRIPT CONF"); text in quotation marks; code, URLs and link
destinations; and names that only contain the term: domains, paths,
handles and identifiers ("github.com", "@github", "src/github",
"my_github") and lower-case hyphenated names of packages or components
("nuxt-link", "typescript-eslint").

Bad (with ` + "`terms: {Javascript: JavaScript, Github: GitHub}`" + `):

` + "```markdown" + `
The Javascript client is on Github.
` + "```" + `

Good:

` + "```markdown" + `
The JavaScript client is on GitHub.
` + "```" + `

Options:

- ` + "`terms`" + `: a map from each wrong form to the right one (default empty,
  so the rule finds nothing until it is given a vocabulary).`,
}

type termsOptions struct {
	Terms map[string]string `yaml:"terms"`

	list  phraseList
	right []string
}

// Prepare indexes the wrong forms.
func (o *termsOptions) Prepare() error {
	o.list, o.right = phraseList{}, nil
	wrongs := make([]string, 0, len(o.Terms))
	for w := range o.Terms {
		wrongs = append(wrongs, w)
	}
	sort.Strings(wrongs)
	seen := make(map[string]string)
	for _, w := range wrongs {
		right := strings.TrimSpace(o.Terms[w])
		if right == "" {
			return fmt.Errorf("terms: %q has no right form", w)
		}
		key := strings.ToLower(strings.Join(strings.Fields(w), " "))
		if prev, ok := seen[key]; ok {
			if prev != right {
				return fmt.Errorf("terms: %q is mapped to both %q and %q", w, prev, right)
			}
			continue
		}
		seen[key] = right
		if err := o.list.add(strings.TrimSpace(w), len(o.right)); err != nil {
			return fmt.Errorf("terms: %v", err)
		}
		o.right = append(o.right, right)
	}
	return nil
}

func runTerms(pass *rule.Pass) error {
	opts := pass.Options.(*termsOptions)
	if len(opts.right) == 0 {
		return nil
	}
	body := pass.Post.BodySource
	for i, b := range pass.Post.Prose() {
		text := b.Text
		quoted := quotedRanges(text)
		tokens := blockTokens(pass, i)
		opts.list.find(text, tokens, false, func(m phraseMatch) {
			found, right := text[m.start:m.end], opts.right[m.id]
			if strings.Join(strings.Fields(found), " ") == right || found == strings.ToUpper(right) ||
				sentenceStart(text, m.start) && found == matchCase(right, found) ||
				inRanges(quoted, m.start, m.end) || isNameWord(text, tokens, m.start, m.end) {
				return
			}
			span := textSpan(pass, &b, m.start, m.end)
			if !plainSource(body, &b, m.start, m.end) {
				pass.Reportf(span, "write %q as %q", found, right)
				return
			}
			fix := &rule.Fix{Description: fmt.Sprintf("write %q", right), Edits: []rule.Edit{{Span: span, NewText: right}}}
			pass.ReportFix(span, fix, "write %q as %q", found, right)
		})
	}
	return nil
}

// isNameWord reports whether text[start:end] is part of a domain, file,
// path, handle, package or identifier: "github.com", "@github",
// "src/github", "my_github", "javascript:void", or a lower-case
// hyphenated name ("nuxt-link", "typescript-eslint").
func isNameWord(text string, tokens []phraseToken, start, end int) bool {
	// Widen the match to the whole words it is part of.
	i := sort.Search(len(tokens), func(k int) bool { return tokens[k].start >= start })
	for i > 0 && !tokens[i].wordStart {
		i--
	}
	j := sort.Search(len(tokens), func(k int) bool { return tokens[k].end >= end })
	for j < len(tokens)-1 && !tokens[j].wordEnd {
		j++
	}
	wordStart, wordEnd := tokens[i].start, tokens[j].end
	if (wordStart != start || wordEnd != end) && strings.ToLower(text[wordStart:wordEnd]) == text[wordStart:wordEnd] {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(text[:wordStart])
	after, size := utf8.DecodeRuneInString(text[wordEnd:])
	switch before {
	case '.', '@', '/', '\\', '_', '#', '$', '~', ':', '-':
		return true
	}
	switch after {
	case '/', '\\', '_', '@', '{', '[', '#':
		return true
	case '.', ':':
		next, _ := utf8.DecodeRuneInString(text[wordEnd+size:])
		return unicode.IsLetter(next) || unicode.IsDigit(next)
	}
	return false
}

// sentenceStart reports whether text[i:] starts a sentence: it starts
// the block or follows a full stop, question or exclamation mark.
func sentenceStart(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \"'“‘(*_")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '.' || r == '!' || r == '?' || r == ':'
}
