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
// finding's range. With color, the path is bold, the severity coloured
// (error red, warning yellow, info cyan) and the rule name dim. Control
// characters in paths and messages, line breaks included, are written as
// Go escapes so that each finding stays on one line and a post cannot send
// escape sequences to the terminal. Text does not print notifications or
// the summary: the caller writes those to stderr.
func Text(w io.Writer, r *Report, color bool) error {
	bw := bufio.NewWriter(w)
	for _, f := range r.Findings {
		start := validRange(f.Range).Start
		path, sev, name := oneLine(f.Path), f.Severity.String(), "("+f.Rule+")"
		if color {
			path = ansiBold + path + ansiReset
			sev = severityColor(f.Severity) + sev + ansiReset
			name = ansiDim + name + ansiReset
		}
		fmt.Fprintf(bw, "%s:%d:%d: %s: %s %s\n", path, start.Line, start.Column, sev, oneLine(f.Message), name)
	}
	return bw.Flush()
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
