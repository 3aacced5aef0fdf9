package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/postlint/postlint/internal/rule"
)

// ANSI escape sequences used when colour is on.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
)

// Text writes one line per finding to w, in the form
// "path:line:col: severity: message (rule)", at the start of the
// finding's range. A finding with related places (the other posts of a
// site rule's finding) is followed by one indented line for each of the
// first three, "    related: path:line:col: message", and by
// "    and N more related places" when it has more; the indent keeps
// tools that read "path:line:col:" lines from taking them for findings.
// With color, the path is bold, the severity coloured (error red, warning
// yellow, info cyan), the rule name dim and the related lines dim. Control
// characters in paths and messages, line breaks included, are written as
// Go escapes so that each finding stays on one line and a post cannot send
// escape sequences to the terminal. Text does not print notifications or
// the summary: the caller writes those to stderr.
func Text(w io.Writer, r *Report, color bool) error {
	bw := bufio.NewWriter(w)
	for f := range r.All() {
		start := validRange(f.Range).Start
		path, sev, name := oneLine(f.Path), f.Severity.String(), "("+f.Rule+")"
		if color {
			path = ansiBold + path + ansiReset
			sev = severityColor(f.Severity) + sev + ansiReset
			name = ansiDim + name + ansiReset
		}
		fmt.Fprintf(bw, "%s:%d:%d: %s: %s %s\n", path, start.Line, start.Column, sev, oneLine(f.Message), name)
		writeRelated(bw, f, color)
	}
	return bw.Flush()
}

// writeRelated writes the indented related lines of f.
func writeRelated(w io.Writer, f rule.Finding, color bool) {
	shown, more := shownRelated(f)
	var lines []string
	for _, rel := range shown {
		start := validRange(rel.Range).Start
		line := fmt.Sprintf("    related: %s:%d:%d", oneLine(rel.Path), start.Line, start.Column)
		if rel.Message != "" {
			line += ": " + oneLine(rel.Message)
		}
		lines = append(lines, line)
	}
	if more > 0 {
		lines = append(lines, fmt.Sprintf("    and %d more related %s", more, plural(more, "place", "places")))
	}
	for _, line := range lines {
		if color {
			line = ansiDim + line + ansiReset
		}
		fmt.Fprintln(w, line)
	}
}

func severityColor(s rule.Severity) string {
	switch s {
	case rule.Error:
		return ansiRed
	case rule.Warning:
		return ansiYellow
	default:
		return ansiCyan
	}
}

// oneLine returns s with its C0 control characters other than tab, and
// DEL, replaced by Go escapes such as \n and \x1b.
func oneLine(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case isControl(c):
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func isControl(c rune) bool {
	return c < 0x20 && c != '\t' || c == 0x7f
}
