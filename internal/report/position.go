package report

import "github.com/postlint/postlint/internal/source"

// validRange returns r with every line and column at least 1 and its end
// no earlier than its start, so that every format can print it. The
// runner resolves ranges from spans; this only guards against a zero or
// inverted range reaching a consumer that rejects one (SARIF requires
// startLine >= 1). An empty range, as an insertion has, stays empty.
func validRange(r source.Range) source.Range {
	r.Start.Line = max(r.Start.Line, 1)
	r.Start.Column = max(r.Start.Column, 1)
	r.End.Line = max(r.End.Line, 1)
	r.End.Column = max(r.End.Column, 1)
	if r.End.Line < r.Start.Line || r.End.Line == r.Start.Line && r.End.Column < r.Start.Column {
		r.End = r.Start
	}
	return r
}
