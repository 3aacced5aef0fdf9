package lint

import (
	"fmt"

	"github.com/postlint/postlint/internal/directive"
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
	"github.com/postlint/postlint/internal/suggest"
)

// The rules whose findings the directive step reports.
const (
	invalidDirective = "invalid-directive"
	unusedDirective  = "unused-directive"
)

// applyDirectives drops the findings that the post's postlint comments
// suppress, and adds the findings about the comments themselves: invalid
// ones, and names that suppressed nothing.
func (l *Linter) applyDirectives(p *post.Post, findings []rule.Finding) ([]rule.Finding, *directive.Suppressor) {
	ds := directive.Parse(p)
	if len(ds) == 0 {
		return findings, nil
	}
	s := directive.NewSuppressor(ds, p.Lines.Lines())
	kept := findings[:0]
	for _, f := range findings {
		if !s.Suppressed(f.Rule, f.Range.Start.Line) {
			kept = append(kept, f)
		}
	}
	report := func(r *rule.Rule, span source.Span, format string, args ...any) {
		if r == nil {
			return
		}
		f := rule.Finding{Path: p.Path, Rule: r.Name, Severity: r.Severity,
			Message: fmt.Sprintf(format, args...), Span: span, Range: p.Lines.Range(span)}
		if !s.Suppressed(f.Rule, f.Range.Start.Line) {
			kept = append(kept, f)
		}
	}
	for _, d := range ds {
		if d.Problem != "" {
			report(l.invalid, d.Span, "%s", d.Problem)
			continue
		}
		for i, name := range d.Rules {
			if l.known[name] {
				continue
			}
			msg := fmt.Sprintf("unknown rule %q in %s", name, d.Kind)
			if best := suggest.Closest(name, l.names); best != "" {
				msg += fmt.Sprintf("; did you mean %q?", best)
			}
			report(l.invalid, d.NameSpans[i], "%s", msg)
		}
	}
	for _, u := range s.Unused() {
		// A rule that did not run here suppressed nothing by design; a
		// site rule runs later, so what it would suppress is not known.
		if l.enabled[u.Rule] && l.siteRule(u.Rule) == nil {
			report(l.unused, u.Span, "%s is disabled here but has nothing to suppress; remove it from the comment", u.Rule)
		}
	}
	return kept, s
}
