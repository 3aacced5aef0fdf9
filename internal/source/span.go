// Package source holds the ways postlint locates things in a post: byte
// spans, which rules report, and the line index that turns them into the
// lines and columns that people and printers use.
package source

// Span is a half-open range of byte offsets [Start, End) into a file.
type Span struct {
	Start, End int
}

// Position is a place in a file as people and printers count it: Line and
// Column are 1-based, and Column counts Unicode code points.
type Position struct {
	Line, Column int
}

// Range is a resolved span. End is exclusive: it is the position just past
// the last character, as in SARIF.
type Range struct {
	Start, End Position
}
