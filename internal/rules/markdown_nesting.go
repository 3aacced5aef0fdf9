package rules

import (
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/rule"
)

// MarkdownNesting reports a body whose lists and block quotes nest too
// deeply to parse; the body is then not checked.
var MarkdownNesting = &rule.Rule{
	Name:     "markdown-nesting",
	Severity: rule.Error,
	Run:      runMarkdownNesting,
	Doc: `lists, quotes and parentheses must not nest past 100 levels

A body whose lists and block quotes nest more than 100 levels deep is not
a post but a way to stall the Markdown parser, which takes time cubic in
the depth of a list nested by indentation: 2,000 levels take 20 seconds.
postlint reports such a body at the marker that opens level 101 and does
not parse it, so the rules that read the body (headings, links, prose)
see none of it, nor its postlint comments (a directive in the front
matter still applies); the front matter and line rules still run. Front
matter nested past 100 levels is reported by front-matter-syntax.

The same goes for parentheses nested past 100 levels within one
paragraph, such as "[x](" repeated without a closing parenthesis: the
parser tries each against the rest of the paragraph, in time quadratic in
their number (a megabyte of them takes over a minute). Real posts nest a few.

Levels are counted from each line alone, without parsing: each ` + "`>`" + ` and
list marker is a level, and so are every two columns of indentation
before the first list marker of the line, so a list indented four
columns a level counts twice. A code block is counted as any other text.

Bad (101 levels of block quote, shortened here):

` + "```markdown" + `
> > > > > > > > > > … > > > > > > > > > > x
` + "```" + `

Good:

` + "```markdown" + `
> A quote
>
> > with a quote inside it.
` + "```",
}

func runMarkdownNesting(pass *rule.Pass) error {
	if s := pass.Post.TooDeep; s != nil {
		pass.Reportf(*s, "%s nest more than %d levels deep, so the body was not checked; flatten them", pass.Post.TooDeepWhat, post.MaxNesting)
	}
	return nil
}
