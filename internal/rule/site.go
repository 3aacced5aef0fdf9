package rule

import (
	"fmt"
	"math"
	"time"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/source"
)

// Summary is what a site rule knows of one post: a few front matter
// values and the body's local links and anchors, each with its position.
// The runner builds it once per post during the post pass and drops the
// post; a site rule never sees an AST, so memory stays flat as the site
// grows.
type Summary struct {
	// Path names the post as shown to the user; File is where it was
	// read from, for resolving relative links.
	Path, File string
	// Title, Slug and Date are the front matter values of those keys,
	// with Text "" when absent or not a string (dates of any scalar type
	// are kept as written).
	Title, Slug, Date Value
	// Tags are the strings of the front matter's tags list.
	Tags []Value
	// Draft is the front matter's draft flag.
	Draft bool
	// Links are the body's links and images to local files: no scheme,
	// not protocol-relative, not an in-post "#fragment".
	Links []Link
	// Anchors are the fragment identifiers the body defines.
	Anchors markdown.AnchorList
	// Suppressed, when not nil, reports whether the post's postlint
	// comments suppress a rule's findings on a line.
	Suppressed func(rule string, line int) bool
}

// Value is a string from a post with its place: a span of the post's
// source and that span resolved when the post was summarized. The site
// rules hold every post's values at once, so the place is kept in 32-bit
// fields; NewValue makes a Value.
type Value struct {
	Text  string
	place place
}

// place is a span and its range in 32-bit fields. No post is 2 GiB long
// or has 2^31 lines; a larger number is kept as the largest int32.
type place struct {
	start, end                       int32
	line, column, endLine, endColumn int32
}

// NewValue returns text at span, which resolves to rng.
func NewValue(text string, span source.Span, rng source.Range) Value {
	return Value{Text: text, place: place{
		start: clamp32(span.Start), end: clamp32(span.End),
		line: clamp32(rng.Start.Line), column: clamp32(rng.Start.Column),
		endLine: clamp32(rng.End.Line), endColumn: clamp32(rng.End.Column),
	}}
}

// clamp32 returns n as an int32, clamped to its range.
func clamp32(n int) int32 {
	return int32(max(math.MinInt32, min(n, math.MaxInt32)))
}

// Span returns where v is in its post's source.
func (v Value) Span() source.Span {
	return source.Span{Start: int(v.place.start), End: int(v.place.end)}
}

// Range returns where v is in its post, in lines and columns.
func (v Value) Range() source.Range {
	p := v.place
	return source.Range{
		Start: source.Position{Line: int(p.line), Column: int(p.column)},
		End:   source.Position{Line: int(p.endLine), Column: int(p.endColumn)},
	}
}

// Link is a link or image of a post's body with its destination as
// written. Its span is the destination's, or the whole link's when the
// destination is not written inline (a reference link).
type Link struct {
	Value
	Image bool
}

// Related is another place a finding involves, such as the other post
// with the same title.
type Related struct {
	Path    string
	Span    source.Span
	Range   source.Range
	Message string
}

// SitePass is what a site rule's Site function receives: the summaries of
// every post of the run, sorted by path.
type SitePass struct {
	Rule      *Rule
	Summaries []*Summary
	// Options holds the rule's options, as in Pass.
	Options any
	// Report records a finding; rules usually call Reportf.
	Report func(Finding)
	// Now is the time the run started, for rules about dates.
	Now time.Time
}

// Reportf reports a finding at v, a value of the post s, with the places
// of the other posts involved.
func (p *SitePass) Reportf(s *Summary, v Value, related []Related, format string, args ...any) {
	p.Report(Finding{
		Path:     s.Path,
		Rule:     p.Rule.Name,
		Severity: p.Rule.Severity,
		Message:  fmt.Sprintf(format, args...),
		Span:     v.Span(),
		Range:    v.Range(),
		Related:  related,
	})
}

// RelatedTo returns v of the post s as a related place.
func RelatedTo(s *Summary, v Value, message string) Related {
	return Related{Path: s.Path, Span: v.Span(), Range: v.Range(), Message: message}
}
