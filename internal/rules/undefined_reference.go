package rules

import (
	"bytes"
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
	"github.com/postlint/postlint/internal/suggest"
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
			if brackets := bytes.Count(src, []byte("[")); brackets > 0 {
				if brackets > bracketNodes(n) {
					blocks = append(blocks, n)
				}
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
// bracketNodes counts the links, images, footnote references and task
// checkboxes within the inline content of n. Each holds at least one
// "[" of its own, so a block with no more "[" than these has none that
// referenceText leaves unmasked, and needs no scan.
func bracketNodes(n ast.Node) int {
	count := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Link, *ast.Image, *extast.FootnoteLink, *extast.TaskCheckBox:
			count++
		}
		count += bracketNodes(c)
	}
	return count
}

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
	best := suggest.Closest(key, labels)
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
