package rule

import (
	"fmt"

	"github.com/yuin/goldmark/ast"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/schema"
	"github.com/postlint/postlint/internal/source"
)

// Pass is what a rule's Run receives for one post: the post, the schema its
// front matter must satisfy, and a way to report findings.
type Pass struct {
	Rule   *Rule
	Post   *post.Post
	Schema *schema.Schema
	// Options holds the rule's options (what Rule.Options returns, after
	// configuration), or nil. Rules must not change it: it is shared by
	// every post of the run.
	Options any
	// Report records a finding. The runner sets it; rules usually call
	// Reportf or ReportFix instead.
	Report func(Finding)
}

// Reportf reports a finding at span with a formatted message.
func (p *Pass) Reportf(span source.Span, format string, args ...any) {
	p.ReportFix(span, nil, format, args...)
}

// ReportFix reports a finding at span that fix resolves.
func (p *Pass) ReportFix(span source.Span, fix *Fix, format string, args ...any) {
	p.Report(Finding{
		Path:     p.Post.Path,
		Rule:     p.Rule.Name,
		Severity: p.Rule.Severity,
		Message:  fmt.Sprintf(format, args...),
		Span:     span,
		Fix:      fix,
	})
}

// NodeSpan returns the span in the post's source of a node of its body.
func (p *Pass) NodeSpan(n ast.Node) source.Span {
	start, end := markdown.Span(n, p.Post.BodySource)
	if start < 0 {
		return source.Span{Start: p.Post.BodyOffset, End: p.Post.BodyOffset}
	}
	return p.Post.BodySpan(source.Span{Start: start, End: end})
}

// ReportNodef reports a finding at a node of the post's body.
func (p *Pass) ReportNodef(n ast.Node, format string, args ...any) {
	p.Reportf(p.NodeSpan(n), format, args...)
}
