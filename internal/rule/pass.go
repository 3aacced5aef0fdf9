package rule

import (
	"fmt"

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
