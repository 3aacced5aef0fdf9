package fix

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var hunkHeader = regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n$`)

// checkPatch applies diff to old as patch would, checking each line it
// keeps or deletes and the shape of each hunk, and reports whether that
// gives new.
func checkPatch(t *testing.T, old, new string, diff []byte) bool {
	t.Helper()
	fail := func(format string, args ...any) bool {
		t.Helper()
		t.Errorf("patch: "+format, args...)
		return false
	}
	lines := strings.SplitAfter(string(diff), "\n")
	if lines[len(lines)-1] != "" {
		return fail("diff does not end in a newline")
	}
	lines = lines[:len(lines)-1]
	if len(lines) < 3 || !strings.HasPrefix(lines[0], "--- a/") || !strings.HasPrefix(lines[1], "+++ b/") {
		return fail("no header")
	}
	lines = lines[2:]

	// text returns line i of a hunk without its prefix, and without its
	// newline when the marker follows it.
	text := func(i int) string {
		s := lines[i][1:]
		if i+1 < len(lines) && lines[i+1] == "\\ No newline at end of file\n" {
			s = strings.TrimSuffix(s, "\n")
		}
		return s
	}
	count := func(s string) int {
		if s == "" {
			return 1
		}
		n, _ := strconv.Atoi(s)
		return n
	}
	a := strings.SplitAfter(old, "\n")
	if a[len(a)-1] == "" {
		a = a[:len(a)-1]
	}
	var out strings.Builder
	at, outLines := 0, 0 // lines of old used, lines of new written
	for i, hunks := 0, 0; i < len(lines); hunks++ {
		m := hunkHeader.FindStringSubmatch(lines[i])
		if m == nil {
			return fail("line %d: want a hunk header, have %q", i, lines[i])
		}
		h := lines[i]
		if m[2] == "1" || m[4] == "1" {
			return fail("%q: a count of 1 is written out", h)
		}
		oldN, newN := count(m[2]), count(m[4])
		from := count(m[1]) - min(1, oldN) // an empty range names the line before
		if from < at || hunks > 0 && from == at {
			return fail("%q: overlaps or touches the hunk before", h)
		}
		if from > len(a) {
			return fail("%q: starts past the end", h)
		}
		for _, l := range a[at:from] {
			out.WriteString(l)
			outLines++
		}
		if want := outLines + min(1, newN); count(m[3]) != want {
			return fail("%q: new range starts at %s, want %d", h, m[3], want)
		}
		at = from
		i++
		var kept, deleted, inserted, run int // run: kept lines since a change
		for i < len(lines) && !strings.HasPrefix(lines[i], "@@") {
			switch lines[i][0] {
			case ' ':
				if at >= len(a) || text(i) != a[at] {
					return fail("line %d: %q is not old line %d", i, lines[i], at+1)
				}
				kept++
				run++
				at++
				out.WriteString(text(i))
				outLines++
			case '-', '+':
				if deleted+inserted == 0 && run != min(contextLines, at) {
					return fail("%q: %d lines of context before", h, run)
				}
				if deleted+inserted > 0 && run > 2*contextLines {
					return fail("%q: %d unchanged lines inside", h, run)
				}
				run = 0
				if lines[i][0] == '+' {
					inserted++
					out.WriteString(text(i))
					outLines++
					break
				}
				if at >= len(a) || text(i) != a[at] {
					return fail("line %d: %q is not old line %d", i, lines[i], at+1)
				}
				deleted++
				at++
			default:
				return fail("line %d: unexpected %q", i, lines[i])
			}
			i++
			if i < len(lines) && lines[i][0] == '\\' {
				i++
			}
		}
		if kept+deleted != oldN || kept+inserted != newN {
			return fail("%q holds %d kept, %d deleted, %d inserted lines", h, kept, deleted, inserted)
		}
		if deleted+inserted == 0 {
			return fail("%q changes nothing", h)
		}
		if run != min(contextLines, len(a)-at+run) {
			return fail("%q: %d lines of context after", h, run)
		}
	}
	for _, l := range a[at:] {
		out.WriteString(l)
	}
	if out.String() != new {
		return fail("gives %q, want %q", out.String(), new)
	}
	return true
}
