package rule

import "github.com/postlint/postlint/internal/source"

// Edit replaces the bytes of Span with NewText. Range is Span resolved by
// the runner.
type Edit struct {
	Span    source.Span
	Range   source.Range
	NewText string
}

// Fix is a change that resolves a finding: Description says what it does
// in the imperative ("remove the trailing spaces"), and Edits do not
// overlap.
type Fix struct {
	Description string
	Edits       []Edit
}

// Finding is one problem a rule found in one post.
type Finding struct {
	// Path is the post's path as shown to the user: relative to the
	// working directory where possible, with forward slashes.
	Path     string
	Rule     string
	Severity Severity
	// Message is lowercase with no final period; it says what is wrong
	// and what is expected.
	Message string
	// Span locates the finding in the post's source; Range is Span
	// resolved to lines and columns by the runner.
	Span  source.Span
	Range source.Range
	Fix   *Fix
	// Related lists the other places the finding involves, such as the
	// other posts of a site rule's finding; nil for most findings.
	Related []Related
}
