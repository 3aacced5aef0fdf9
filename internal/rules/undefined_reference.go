package rules

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// UndefinedReference reports reference links whose label has no
// definition.
var UndefinedReference = &rule.Rule{
	Name:     "undefined-reference",
	Severity: rule.Error,
	Run:      runUndefinedReference,
	Doc: `reference links need a definition

A reference link ` + "`[text][label]`" + ` or ` + "`[label][]`" + ` takes its URL from a
definition line ` + "`[label]: https://...`" + ` elsewhere in the post. Without
one, Markdown prints the brackets as they are and there is no link. Labels
match without regard to case or runs of spaces. A footnote reference
` + "`[^1]`" + ` without its ` + "`[^1]: ...`" + ` is reported too when its label is a
number or the post has other footnotes.

Like markdownlint's MD052, a lone ` + "`[label]`" + ` is not reported: it is
common in prose ("[sic]", "[1]") and in task lists; neither are
citation marks such as ` + "`[1][2]`" + `, nor a footnote reference alone in its
paragraph (a plugin's marker, like a bibliography's ` + "`[^ref]`" + `). Code, raw
HTML, template tags (` + "`{{ }}`" + `, ` + "`{% %}`" + `) and indexing such as ` + "`a[i][j]`" + `
are skipped. Jekyll runs Liquid before Markdown, so a definition written
with template tags counts (` + "`[#{{ issue }}]: ...`" + ` defines every label
starting with "#"), and a post that includes another file
(` + "`{% include links.md %}`" + `) is not checked, since the include may hold
the definitions.

Bad:

` + "```markdown" + `
The [release notes][notes] list every change.

[changelog]: https://github.com/nodejs/node/blob/main/CHANGELOG.md
` + "```" + `

Good:

` + "```markdown" + `
The [release notes][notes] list every change.

[notes]: https://github.com/nodejs/node/blob/main/CHANGELOG.md
` + "```",
}

func runUndefinedReference(pass *rule.Pass) error {
	body := pass.Post.BodySource
	defs := referenceDefs{labels: make(map[string]bool)}
	var blocks []ast.Node
	hasFootnotes, includes := false, false
	_ = ast.Walk(pass.Post.Body, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.LinkReferenceDefinition:
			defs.add(n.Label)
		case *extast.Footnote, *extast.FootnoteLink:
			hasFootnotes = true
		case *ast.Paragraph, *ast.TextBlock, *ast.Heading, *extast.TableCell:
			src := inlineSource(n, body)
			if bytes.IndexByte(src, '[') >= 0 {
				blocks = append(blocks, n)
				defs.addUnparsed(n, body)
			}
			includes = includes || bytes.Contains(src, []byte("{% include")) || bytes.Contains(src, []byte("{%- include"))
		}
		return ast.WalkContinue, nil
	})
	if includes {
		return nil // an included file may define the references
	}
	var labels []string // sorted definitions, built on the first miss
	for _, n := range blocks {
		start, text := referenceText(n, body)
		scanReferences(text, func(i, j int, label []byte, footnote bool) {
			span := pass.Post.BodySpan(source.Span{Start: start + i, End: start + j})
			ref := quoteSource(body[start+i : start+j])
			if footnote {
				// A footnote reference alone in its block is a marker for
				// a plugin (a bibliography's [^ref]), not a reference.
				alone := len(bytes.Trim(text, " \t\n\x00")) == j-i
				if (hasFootnotes || allASCIIDigits(label)) && !alone {
					pass.Reportf(span, "footnote %q has no definition; add a line \"[^%s]: ...\"", ref, label)
				}
				return
			}
			key := util.ToLinkReference(label)
			if defs.has(key) {
				return
			}
			if labels == nil {
				labels = make([]string, 0, len(defs.labels))
				for l := range defs.labels {
					labels = append(labels, l)
				}
				sort.Strings(labels)
			}
			pass.Reportf(span, "reference %q has no definition%s", ref, suggestLabel(label, key, labels))
		})
	}
	return nil
}

// referenceDefs holds the labels a post defines, normalized as
// CommonMark matches them. Templated holds the labels written with
// template tags ("[#{{ issue }}]: ..."), split at the tags: each tag may
// stand for any text.
type referenceDefs struct {
	labels    map[string]bool
	templated [][]string
}

func (d *referenceDefs) add(label []byte) {
	if !bytes.Contains(label, []byte("{{")) && !bytes.Contains(label, []byte("{%")) {
		d.labels[util.ToLinkReference(label)] = true
		return
	}
	blanked := bytes.Clone(label)
	blankTemplateTags(blanked)
	var parts []string
	for _, p := range bytes.Split(blanked, []byte{0}) {
		if len(p) > 0 || len(parts) == 0 {
			parts = append(parts, strings.ToLower(string(p)))
		}
	}
	if blanked[len(blanked)-1] == 0 {
		parts = append(parts, "")
	}
	d.templated = append(d.templated, parts)
}

// addUnparsed adds the labels of lines of a paragraph that look like
// definitions but that Markdown did not read as one, such as
// "[label]: {{ site.url }}/page" in Jekyll, where Liquid runs first.
func (d *referenceDefs) addUnparsed(n ast.Node, body []byte) {
	lines := n.Lines()
	for k := 0; k < lines.Len(); k++ {
		seg := lines.At(k)
		line := bytes.TrimLeft(seg.Value(body), " ")
		if len(line) < 4 || line[0] != '[' {
			continue
		}
		if end := labelEnd(line, 1); end > 1 && end+1 < len(line) && line[end+1] == ':' {
			d.add(line[1:end])
		}
	}
}

// has reports whether key, a normalized label, is defined.
func (d *referenceDefs) has(key string) bool {
	if d.labels[key] {
		return true
	}
	for _, parts := range d.templated {
		if matchParts(key, parts) {
			return true
		}
	}
	return false
}

// matchParts reports whether s is parts joined by any text.
func matchParts(s string, parts []string) bool {
	if !strings.HasPrefix(s, parts[0]) {
		return false
	}
	s = s[len(parts[0]):]
	for k, p := range parts[1:] {
		if k == len(parts)-2 {
			return strings.HasSuffix(s, p)
		}
		i := strings.Index(s, p)
		if i < 0 {
			return false
		}
		s = s[i+len(p):]
	}
	return true
}

// inlineSource returns the source from the first to the last line of a
// block with inline content.
func inlineSource(n ast.Node, body []byte) []byte {
	lines := n.Lines()
	if lines.Len() == 0 {
		return nil
	}
	return body[lines.At(0).Start:lines.At(lines.Len()-1).Stop]
}

// referenceText returns the source of a block's inline content and its
// body offset, with everything that cannot hold an undefined reference
// blanked to NUL bytes: container markers between lines ("> "), links
// and images that did resolve, code spans, autolinks, raw HTML, footnote
// links, task checkboxes and template tags.
func referenceText(n ast.Node, body []byte) (int, []byte) {
	lines := n.Lines()
	start := lines.At(0).Start
	text := bytes.Clone(inlineSource(n, body))
	for k := 1; k < lines.Len(); k++ { // between lines: the newline stays, markers go
		prev, seg := lines.At(k-1), lines.At(k)
		for i := prev.Stop; i < seg.Start; i++ {
			if body[i] != '\n' {
				text[i-start] = 0
			}
		}
	}
	blank := func(i, j int) {
		for k := max(i, start); k < min(j, start+len(text)); k++ {
			text[k-start] = 0
		}
	}
	var mask func(ast.Node)
	mask = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.Link, *ast.Image, *ast.CodeSpan, *ast.AutoLink, *ast.RawHTML,
				*extast.FootnoteLink, *extast.TaskCheckBox:
				blank(markdown.Span(c, body))
			default:
				mask(c)
			}
		}
	}
	mask(n)
	blankTemplateTags(text)
	return start, text
}

// blankTemplateTags blanks Liquid, Hugo and Jinja tags: {{ ... }} and
// {% ... %}.
func blankTemplateTags(text []byte) {
	for i := 0; i+1 < len(text); i++ {
		if text[i] != '{' || text[i+1] != '{' && text[i+1] != '%' {
			continue
		}
		closing := []byte("}}")
		if text[i+1] == '%' {
			closing = []byte("%}")
		}
		j := bytes.Index(text[i+2:], closing)
		if j < 0 {
			return
		}
		end := i + 2 + j + 2
		for k := i; k < end; k++ {
			text[k] = 0
		}
		i = end - 1
	}
}

// scanReferences calls fn for each full or collapsed reference
// "[text][label]" in text, and for each footnote reference "[^label]"
// standing alone, with its byte range (from "!" for an image) and label.
func scanReferences(text []byte, fn func(i, j int, label []byte, footnote bool)) {
	for i := 0; i < len(text); i++ {
		if text[i] != '[' || backslashEscaped(text, i) {
			continue
		}
		closeText := closingBracket(text, i)
		if closeText < 0 {
			continue
		}
		if closeText > i+2 && text[i+1] == '^' && (closeText+1 >= len(text) || text[closeText+1] != ':' && text[closeText+1] != '[') {
			if label := text[i+2 : closeText]; isFootnoteLabel(label) {
				fn(i, closeText+1, label, true)
				i = closeText
			}
			continue
		}
		if i > 0 && isIndexable(text, i) {
			// a[i][j], f()[0]: indexing, not a link; skip the whole chain.
			for closeText+1 < len(text) && text[closeText+1] == '[' {
				next := closingBracket(text, closeText+1)
				if next < 0 {
					break
				}
				closeText = next
			}
			i = closeText
			continue
		}
		if closeText+1 < len(text) && text[closeText+1] == '[' {
			closeLabel := labelEnd(text, closeText+2)
			if closeLabel < 0 {
				continue
			}
			label := text[closeText+2 : closeLabel]
			if len(bytes.TrimSpace(label)) == 0 { // collapsed: [label][]
				label = text[i+1 : closeText]
			}
			if len(bytes.TrimSpace(label)) == 0 || bytes.IndexByte(label, 0) >= 0 || label[0] == '^' {
				continue
			}
			if allASCIIDigits(text[i+1:closeText]) && allASCIIDigits(label) {
				i = closeLabel // citation marks: [1][2]
				continue
			}
			from := i
			if i > 0 && text[i-1] == '!' && !backslashEscaped(text, i-1) {
				from = i - 1
			}
			fn(from, closeLabel+1, label, false)
			i = closeLabel
		}
	}
}

// closingBracket returns the index of the "]" that closes the "[" at i,
// allowing balanced brackets inside, or -1. Link text longer than
// maxLinkText is not looked for, which keeps the scan linear.
func closingBracket(text []byte, i int) int {
	depth := 0
	for k := i; k < len(text) && k-i < maxLinkText; k++ {
		switch text[k] {
		case '\\':
			k++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

const maxLinkText = 1000

// labelEnd returns the index of the "]" that ends a link label starting
// at i, or -1 when the label holds an unescaped "[" or is too long.
func labelEnd(text []byte, i int) int {
	for k := i; k < len(text) && k-i <= 999; k++ {
		switch text[k] {
		case '\\':
			k++
		case '[':
			return -1
		case ']':
			return k
		}
	}
	return -1
}

// backslashEscaped reports whether text[i] is preceded by an odd number of
// backslashes.
func backslashEscaped(text []byte, i int) bool {
	n := 0
	for k := i - 1; k >= 0 && text[k] == '\\'; k-- {
		n++
	}
	return n%2 == 1
}

// isIndexable reports whether the "[" at i follows a word or a closing
// parenthesis, as in a[i] or f()[0].
func isIndexable(text []byte, i int) bool {
	c := text[i-1]
	return c == '_' || c == ')' || asciiLetter(c) || asciiDigit(c)
}

// isFootnoteLabel reports whether label can name a footnote: no spaces
// and nothing blanked.
func isFootnoteLabel(label []byte) bool {
	return len(label) > 0 && bytes.IndexAny(label, " \t\n\x00") < 0
}

func allASCIIDigits(b []byte) bool {
	for _, c := range b {
		if !asciiDigit(c) {
			return false
		}
	}
	return len(b) > 0
}

// suggestLabel returns `; did you mean "[x]"?` for the defined label
// closest to key, the normalized label, or a hint to add the definition.
func suggestLabel(label []byte, key string, labels []string) string {
	best, bestDist := "", len(key)/3+1
	for _, l := range labels {
		if d := levenshteinWithin(key, l, bestDist); d < bestDist {
			best, bestDist = l, d
		}
	}
	if best == "" {
		return fmt.Sprintf("; add a line \"[%s]: URL\" or fix the label", bytes.Join(bytes.Fields(label), []byte(" ")))
	}
	return fmt.Sprintf("; did you mean %q?", "["+best+"]")
}

// quoteSource returns source text for a message: white space collapsed, cut
// to about 60 characters.
func quoteSource(b []byte) string {
	s := string(bytes.Join(bytes.Fields(b), []byte(" ")))
	if utf8.RuneCountInString(s) > 60 {
		r := []rune(s)
		s = string(r[:57]) + "..."
	}
	return s
}
