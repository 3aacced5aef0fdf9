package fix

import (
	"bytes"
	"strconv"
)

// contextLines is how many unchanged lines a hunk shows around a change.
const contextLines = 3

// UnifiedDiff returns the changes that turn old into new as a unified diff,
// as git prints it: a "--- a/oldName" and a "+++ b/newName" line, then
// hunks with three lines of context, merged when their contexts would
// touch or overlap. A hunk header leaves out a count of 1, and a range of
// no lines starts at the line before it ("@@ -0,0 +1 @@"). A line keeps its
// line end, so a file with CRLF line ends diffs as itself and a change of
// line end alone shows as a changed line; a last line without a newline is
// followed by "\ No newline at end of file". It returns nil when old and new
// are equal.
func UnifiedDiff(oldName, newName string, old, new []byte) []byte {
	if bytes.Equal(old, new) {
		return nil
	}
	a, b := splitLines(old), splitLines(new)
	ia, ib := internLines(a, b)
	delA, insB := diffLines(ia, ib)

	var out bytes.Buffer
	out.WriteString("--- a/" + oldName + "\n")
	out.WriteString("+++ b/" + newName + "\n")
	changes := collectChanges(delA, insB)
	for len(changes) > 0 {
		n := 1 // changes in this hunk
		for n < len(changes) && changes[n].x0-changes[n-1].x1 <= 2*contextLines {
			n++
		}
		writeHunk(&out, a, b, changes[:n])
		changes = changes[n:]
	}
	return out.Bytes()
}

// splitLines splits b after each "\n"; the last line may lack one.
func splitLines(b []byte) [][]byte {
	lines := make([][]byte, 0, bytes.Count(b, []byte{'\n'})+1)
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n') + 1
		if i == 0 {
			i = len(b)
		}
		lines = append(lines, b[:i:i])
		b = b[i:]
	}
	return lines
}

// internLines numbers the lines of a and b so that equal lines, and only
// they, get equal numbers.
func internLines(a, b [][]byte) (ia, ib []int) {
	ids := make(map[string]int, len(a))
	number := func(lines [][]byte) []int {
		out := make([]int, len(lines))
		for i, l := range lines {
			id, ok := ids[string(l)]
			if !ok {
				id = len(ids)
				ids[string(l)] = id
			}
			out[i] = id
		}
		return out
	}
	return number(a), number(b)
}

// A change replaces old lines [x0, x1) with new lines [y0, y1).
type change struct{ x0, x1, y0, y1 int }

// collectChanges turns the marks of diffLines into changes in file order,
// each one a run of deleted lines and the run of inserted lines beside it.
func collectChanges(delA, insB []bool) []change {
	var out []change
	x, y := 0, 0
	for x < len(delA) || y < len(insB) {
		c := change{x0: x, y0: y}
		for x < len(delA) && delA[x] {
			x++
		}
		for y < len(insB) && insB[y] {
			y++
		}
		if x > c.x0 || y > c.y0 {
			c.x1, c.y1 = x, y
			out = append(out, c)
			continue
		}
		x, y = x+1, y+1 // a line both files keep
	}
	return out
}

// writeHunk writes one hunk holding changes, which are close enough to
// share their context.
func writeHunk(out *bytes.Buffer, a, b [][]byte, changes []change) {
	first, last := changes[0], changes[len(changes)-1]
	before := min(contextLines, first.x0)
	after := min(contextLines, len(a)-last.x1)
	x0, x1 := first.x0-before, last.x1+after
	y0, y1 := first.y0-before, last.y1+after

	out.WriteString("@@ -")
	writeRange(out, x0, x1)
	out.WriteString(" +")
	writeRange(out, y0, y1)
	out.WriteString(" @@\n")

	x := x0
	for _, c := range changes {
		writeLines(out, ' ', a[x:c.x0])
		writeLines(out, '-', a[c.x0:c.x1])
		writeLines(out, '+', b[c.y0:c.y1])
		x = c.x1
	}
	writeLines(out, ' ', a[x:x1])
}

// writeRange writes the lines [from, to) as a hunk header does: the first
// line's number, counting from 1, and the count unless it is 1. An empty
// range starts at the line before it.
func writeRange(out *bytes.Buffer, from, to int) {
	switch n := to - from; n {
	case 0:
		out.WriteString(strconv.Itoa(from) + ",0")
	case 1:
		out.WriteString(strconv.Itoa(from + 1))
	default:
		out.WriteString(strconv.Itoa(from+1) + "," + strconv.Itoa(n))
	}
}

// writeLines writes lines, each after prefix.
func writeLines(out *bytes.Buffer, prefix byte, lines [][]byte) {
	for _, l := range lines {
		out.WriteByte(prefix)
		out.Write(l)
		if len(l) == 0 || l[len(l)-1] != '\n' {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}
