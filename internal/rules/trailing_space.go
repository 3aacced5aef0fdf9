package rules

import (
	"strconv"

	"github.com/yuin/goldmark/ast"

	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// TrailingSpace reports spaces and tabs at the end of a line.
var TrailingSpace = &rule.Rule{
	Name:     "trailing-space",
	Severity: rule.Warning,
	Fixable:  true,
	Run:      runTrailingSpace,
	Doc: `lines must not end with spaces or tabs

Trailing white space is invisible in an editor and noisy in diffs. Two or
more spaces at the end of a line inside a paragraph are worse: Markdown
turns them into a line break that nobody can see in the source. The fix
removes trailing white space; for an invisible line break it writes a
backslash instead, the visible way to break a line, so the rendered post
does not change. Code blocks and front matter are left alone.

Unlike markdownlint's MD009, which by default accepts exactly two
trailing spaces as a line break, this rule reports them too: the break
is invisible in the source and easy to lose in an edit.

Bad (the spaces are shown as ` + "`·`" + `):

` + "```markdown" + `
Serverless has become popular.··
Many people believe the term means no servers.·
` + "```" + `

Good:

` + "```markdown" + `
Serverless has become popular.\
Many people believe the term means no servers.
` + "```",
}

func runTrailingSpace(pass *rule.Pass) error {
	p := pass.Post
	skip, breaks := codeAndBreakLines(p)
	first := 1
	if p.FrontMatter != nil {
		first = p.Lines.Position(p.BodyOffset).Line
	}
	src := p.Source
	for line := first; line <= p.Lines.Lines(); line++ {
		if skip[line] {
			continue
		}
		start, end := p.Lines.LineStart(line), p.Lines.LineEnd(line)
		ws := end
		for ws > start && (src[ws-1] == ' ' || src[ws-1] == '\t') {
			ws--
		}
		if ws == end {
			continue
		}
		span := source.Span{Start: ws, End: end}
		if breaks[line] && onlySpaces(src[ws:end]) && end-ws >= 2 {
			pass.ReportFix(span,
				&rule.Fix{Description: "replace the spaces with a backslash", Edits: []rule.Edit{{Span: span, NewText: `\`}}},
				"%d trailing spaces make an invisible line break; end the line with a backslash instead", end-ws)
			continue
		}
		pass.ReportFix(span,
			&rule.Fix{Description: "remove the trailing white space", Edits: []rule.Edit{{Span: span}}},
			"line ends with %s", describeSpace(src[ws:end]))
	}
	return nil
}

// codeAndBreakLines returns the lines that belong to code blocks, and the
// lines that end in a hard line break made of trailing spaces.
func codeAndBreakLines(p *post.Post) (code, breaks map[int]bool) {
	code, breaks = make(map[int]bool), make(map[int]bool)
	line := func(bodyOffset int) int { return p.Lines.Position(p.BodyOffset + bodyOffset).Line }
	_ = ast.Walk(p.Body, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				code[line(lines.At(i).Start)] = true
			}
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			if n.HardLineBreak() {
				breaks[line(n.Segment.Stop)] = true
			}
		}
		return ast.WalkContinue, nil
	})
	return code, breaks
}

func onlySpaces(b []byte) bool {
	for _, c := range b {
		if c != ' ' {
			return false
		}
	}
	return true
}

func describeSpace(b []byte) string {
	spaces, tabs := 0, 0
	for _, c := range b {
		if c == ' ' {
			spaces++
		} else {
			tabs++
		}
	}
	switch {
	case tabs == 0:
		return pluralCount(spaces, "a space", "spaces")
	case spaces == 0:
		return pluralCount(tabs, "a tab", "tabs")
	}
	return "spaces and tabs"
}

func pluralCount(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return strconv.Itoa(n) + " " + many
}
