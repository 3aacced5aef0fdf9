package rules

import (
	"bytes"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// FinalNewline reports a file that does not end with exactly one newline.
var FinalNewline = &rule.Rule{
	Name:     "final-newline",
	Severity: rule.Warning,
	Fixable:  true,
	Run:      runFinalNewline,
	Doc: `files must end with exactly one newline

A text file ends with a line end. Without one, ` + "`cat`" + `, ` + "`git diff`" + ` ("No
newline at end of file") and concatenating tools misbehave; extra blank
lines at the end are noise in every diff. The fix adds the missing line
end (in the file's own style, LF or CRLF) or removes the extra blank
lines. markdownlint's MD047 only checks the final line end and leaves
blank lines at the end to MD012; this rule checks both.

Bad: a file whose last line is ` + "`Thanks for reading!`" + ` with no line end
after it, or followed by three empty lines.

Good: a file whose last line is ` + "`Thanks for reading!`" + ` followed by one
line end.`,
}

func runFinalNewline(pass *rule.Pass) error {
	src := pass.Post.Source
	if len(bytes.TrimSpace(src)) == 0 {
		return nil
	}
	end := len(src)
	if !isLineEnd(src[end-1]) {
		_, size := utf8.DecodeLastRune(src)
		newline := lastLineEnd(src)
		pass.ReportFix(source.Span{Start: end - size, End: end},
			&rule.Fix{Description: "add a line end", Edits: []rule.Edit{{Span: source.Span{Start: end, End: end}, NewText: newline}}},
			"file does not end with a newline")
		return nil
	}
	// Find where the last line with content ends, then count the blank
	// lines after it.
	last := end
	for last > 0 && isLineEnd(src[last-1]) {
		last--
	}
	firstEnd := last + 1
	if src[last] == '\r' && last+1 < end && src[last+1] == '\n' {
		firstEnd = last + 2
	}
	if firstEnd == end {
		return nil
	}
	blank := pass.Post.Lines.Position(end).Line - pass.Post.Lines.Position(firstEnd).Line
	pass.ReportFix(source.Span{Start: firstEnd, End: end},
		&rule.Fix{Description: "remove the blank lines at the end", Edits: []rule.Edit{{Span: source.Span{Start: firstEnd, End: end}}}},
		"file ends with %d blank %s; keep exactly one newline", blank, pluralize(blank, "line", "lines"))
	return nil
}

func isLineEnd(c byte) bool { return c == '\n' || c == '\r' }

func pluralize(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// lastLineEnd returns the file's last line end ("\n", "\r\n" or a lone
// "\r"), the style the missing one should follow; "\n" when it has none.
func lastLineEnd(src []byte) string {
	i := bytes.LastIndexAny(src, "\r\n")
	switch {
	case i < 0:
		return "\n"
	case src[i] == '\r':
		return "\r"
	case i > 0 && src[i-1] == '\r':
		return "\r\n"
	}
	return "\n"
}
