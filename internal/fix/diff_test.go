package fix

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"
)

const header = "--- a/post.md\n+++ b/post.md\n"

// numbered returns the lines "from\n" to "to\n".
func numbered(from, to int) string {
	var b strings.Builder
	for i := from; i <= to; i++ {
		fmt.Fprintf(&b, "%d\n", i)
	}
	return b.String()
}

var (
	tenLines    = numbered(1, 10)
	twentyLines = numbered(1, 20)
)

var unifiedDiffTests = []struct {
	name     string
	old, new string
	want     string // after the header; "" for no diff at all
}{
	{"identical", tenLines, tenLines, ""},
	{"both empty", "", "", ""},
	{"from empty", "", "a\nb\n", "@@ -0,0 +1,2 @@\n+a\n+b\n"},
	{"to empty", "a\nb\n", "", "@@ -1,2 +0,0 @@\n-a\n-b\n"},
	{"from empty, no newline", "", "a", "@@ -0,0 +1 @@\n+a\n\\ No newline at end of file\n"},

	{"insert at start", tenLines, "0\n" + tenLines, "@@ -1,3 +1,4 @@\n+0\n 1\n 2\n 3\n"},
	{"delete at start", tenLines, numbered(2, 10), "@@ -1,4 +1,3 @@\n-1\n 2\n 3\n 4\n"},
	{"change at start", tenLines, "one\n" + numbered(2, 10), "@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n"},
	{"insert in the middle", tenLines, numbered(1, 5) + "5.5\n" + numbered(6, 10),
		"@@ -3,6 +3,7 @@\n 3\n 4\n 5\n+5.5\n 6\n 7\n 8\n"},
	{"delete in the middle", tenLines, numbered(1, 4) + numbered(6, 10),
		"@@ -2,7 +2,6 @@\n 2\n 3\n 4\n-5\n 6\n 7\n 8\n"},
	{"change in the middle", tenLines, numbered(1, 4) + "five\n" + numbered(6, 10),
		"@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"},
	{"insert at end", tenLines, tenLines + "11\n", "@@ -8,3 +8,4 @@\n 8\n 9\n 10\n+11\n"},
	{"delete at end", tenLines, numbered(1, 9), "@@ -7,4 +7,3 @@\n 7\n 8\n 9\n-10\n"},
	{"change at end", tenLines, numbered(1, 9) + "ten\n", "@@ -7,4 +7,4 @@\n 7\n 8\n 9\n-10\n+ten\n"},
	{"change of several lines", tenLines, numbered(1, 4) + "x\ny\nz\n" + numbered(8, 10),
		"@@ -2,9 +2,9 @@\n 2\n 3\n 4\n-5\n-6\n-7\n+x\n+y\n+z\n 8\n 9\n 10\n"},
	{"one-line file", "a\n", "b\n", "@@ -1 +1 @@\n-a\n+b\n"},

	{"hunks six lines apart merge", twentyLines,
		numbered(1, 4) + "five\n" + numbered(6, 11) + "twelve\n" + numbered(13, 20),
		"@@ -2,14 +2,14 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n 9\n 10\n 11\n-12\n+twelve\n 13\n 14\n 15\n"},
	{"hunks seven lines apart stay apart", twentyLines,
		numbered(1, 4) + "five\n" + numbered(6, 12) + "thirteen\n" + numbered(14, 20),
		"@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n" +
			"@@ -10,7 +10,7 @@\n 10\n 11\n 12\n-13\n+thirteen\n 14\n 15\n 16\n"},

	{"no newline on either side", "a", "b",
		"@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n"},
	{"newline added at end", "a\nb", "a\nb\n", "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"},
	{"newline removed at end", "a\nb\n", "a\nb", "@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n"},
	{"no newline in context", "1\n2\n3\n4", "1\nX\n3\n4",
		"@@ -1,4 +1,4 @@\n 1\n-2\n+X\n 3\n 4\n\\ No newline at end of file\n"},
	{"line after a last line without newline", "a", "a\nb\n",
		"@@ -1 +1,2 @@\n-a\n\\ No newline at end of file\n+a\n+b\n"},

	{"CRLF", "a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n", "@@ -1,3 +1,3 @@\n a\r\n-b\r\n+B\r\n c\r\n"},
	{"line end alone", "a\r\nb\r\nc\r\n", "a\r\nb\nc\r\n", "@@ -1,3 +1,3 @@\n a\r\n-b\r\n+b\n c\r\n"},
	{"CRLF without newline at end", "a\r\nb", "a\r\nc",
		"@@ -1,2 +1,2 @@\n a\r\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"},
}

func TestUnifiedDiff(t *testing.T) {
	for _, tt := range unifiedDiffTests {
		t.Run(tt.name, func(t *testing.T) {
			got := UnifiedDiff("post.md", "post.md", []byte(tt.old), []byte(tt.new))
			if tt.want == "" {
				if got != nil {
					t.Fatalf("UnifiedDiff = %q, want nil", got)
				}
				return
			}
			if want := header + tt.want; string(got) != want {
				t.Errorf("UnifiedDiff:\n%s\nwant:\n%s", got, want)
			}
			checkPatch(t, tt.old, tt.new, got)
		})
	}
}

func TestUnifiedDiffNames(t *testing.T) {
	got := string(UnifiedDiff("content/old.md", "content/new.md", []byte("a\n"), []byte("b\n")))
	if want := "--- a/content/old.md\n+++ b/content/new.md\n@@ -1 +1 @@\n-a\n+b\n"; got != want {
		t.Errorf("UnifiedDiff = %q, want %q", got, want)
	}
}

// TestUnifiedDiffRandomEdits checks, over many random edits, that the diff
// patches old into new, has the shape a unified diff must have, and is as
// short as can be.
func TestUnifiedDiffRandomEdits(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		old := randomFile(r)
		new := randomEdit(r, old)
		d := UnifiedDiff("post.md", "post.md", []byte(old), []byte(new))
		if old == new {
			if d != nil {
				t.Fatalf("case %d: a diff of equal files: %q", i, d)
			}
			continue
		}
		if !checkPatch(t, old, new, d) {
			t.Fatalf("case %d: old %q, new %q, diff:\n%s", i, old, new, d)
		}
		a, b := splitLines([]byte(old)), splitLines([]byte(new))
		want := len(a) + len(b) - 2*lcs(a, b)
		if got := changedLines(d); got != want {
			t.Fatalf("case %d: %d lines changed, the fewest is %d; old %q, new %q, diff:\n%s", i, got, want, old, new, d)
		}
	}
}

// TestUnifiedDiffCostlySearches checks that the diffs of files too
// different for an exact search still patch old into new, and are not much
// longer than the shortest.
func TestUnifiedDiffCostlySearches(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 5 {
		var old, new strings.Builder
		for range 3000 {
			old.WriteString(string(rune('a'+r.IntN(4))) + "\n")
			new.WriteString(string(rune('a'+r.IntN(4))) + "\n")
		}
		d := UnifiedDiff("post.md", "post.md", []byte(old.String()), []byte(new.String()))
		if !checkPatch(t, old.String(), new.String(), d) {
			t.Fatalf("case %d", i)
		}
		a, b := splitLines([]byte(old.String())), splitLines([]byte(new.String()))
		got, fewest := changedLines(d), len(a)+len(b)-2*lcs(a, b)
		if got == fewest {
			t.Errorf("case %d: the diff is the shortest, so the test no longer reaches the cost limit", i)
		}
		if got > fewest*21/20 {
			t.Errorf("case %d: %d lines changed, the fewest is %d", i, got, fewest)
		}
	}
}

// randomFile returns up to 40 lines from a small set, so that many repeat,
// with LF or CRLF line ends and perhaps no newline at the end.
func randomFile(r *rand.Rand) string {
	var b strings.Builder
	n := r.IntN(41)
	for range n {
		b.WriteString(randomLine(r))
	}
	s := b.String()
	if s != "" && r.IntN(5) == 0 {
		s = strings.TrimSuffix(strings.TrimSuffix(s, "\n"), "\r")
	}
	return s
}

func randomLine(r *rand.Rand) string {
	end := "\n"
	if r.IntN(8) == 0 {
		end = "\r\n"
	}
	return string(rune('a'+r.IntN(6))) + end
}

// randomEdit returns s with a few lines inserted, deleted or replaced, and
// perhaps its newline at the end added or taken away.
func randomEdit(r *rand.Rand, s string) string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for range r.IntN(6) {
		i := r.IntN(len(lines) + 1)
		switch r.IntN(3) {
		case 0:
			lines = append(lines[:i], append([]string{randomLine(r)}, lines[i:]...)...)
		case 1:
			if i < len(lines) {
				lines = append(lines[:i], lines[i+1:]...)
			}
		case 2:
			if i < len(lines) {
				lines[i] = randomLine(r)
			}
		}
	}
	out := strings.Join(lines, "")
	if r.IntN(10) == 0 {
		if strings.HasSuffix(out, "\n") {
			out = strings.TrimSuffix(out, "\n")
		} else {
			out += "\n"
		}
	}
	return out
}

// lcs returns the length of the longest common subsequence of a and b.
func lcs(a, b [][]byte) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if bytes.Equal(a[i], b[j]) {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// changedLines counts the lines a diff deletes or inserts.
func changedLines(diff []byte) int {
	n := 0
	for _, l := range strings.SplitAfter(string(diff), "\n")[2:] {
		if strings.HasPrefix(l, "-") || strings.HasPrefix(l, "+") {
			n++
		}
	}
	return n
}

func TestUnifiedDiffLargeFileFewChanges(t *testing.T) {
	var old strings.Builder
	for i := range 50000 {
		fmt.Fprintf(&old, "line %d of a long post\n", i)
	}
	oldS := old.String()
	newS := strings.Replace(oldS, "line 100 of", "LINE 100 of", 1)
	newS = strings.Replace(newS, "line 25000 of a long post\n", "", 1)
	newS = strings.Replace(newS, "line 40000 of a long post\n", "line 40000 of a long post\nnew line\n", 1)
	newS += "the end\n"

	a, b := splitLines([]byte(oldS)), splitLines([]byte(newS))
	ia, ib := internLines(a, b)
	if got := costOf(ia, ib); got > 1_000_000 {
		t.Errorf("diffing 50,000 lines with 4 changes took %d steps", got)
	}

	diff := UnifiedDiff("post.md", "post.md", []byte(oldS), []byte(newS))
	if n := strings.Count(string(diff), "\n@@ "); n != 4 {
		t.Errorf("%d hunks, want 4:\n%s", n, diff)
	}
	checkPatch(t, oldS, newS, diff)
}

// costOf returns the steps the search of diffLines takes to compare a and
// b, without first leaving out the lines that have no equal.
func costOf(a, b []int) int {
	d := newDiffer(a, b)
	d.compare(0, len(a), 0, len(b))
	return d.work
}

func TestUnifiedDiffPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("diffs 50,000-line files")
	}
	tests := []struct {
		name     string
		old, new func(i int) string
	}{
		{"everything changed",
			func(i int) string { return "old " + strconv.Itoa(i) + "\n" },
			func(i int) string { return "new " + strconv.Itoa(i) + "\n" }},
		{"few distinct lines", // many matches, none of them long
			func(i int) string { return string(rune('a'+(i*7919)%13)) + "\n" },
			func(i int) string { return string(rune('a'+(i*104729)%11)) + "\n" }},
		{"every third line changed",
			func(i int) string { return "line " + strconv.Itoa(i) + "\n" },
			func(i int) string {
				if i%3 == 0 {
					return "changed " + strconv.Itoa(i) + "\n"
				}
				return "line " + strconv.Itoa(i) + "\n"
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var old, new strings.Builder
			for i := range 50000 {
				old.WriteString(tt.old(i))
				new.WriteString(tt.new(i))
			}
			start := time.Now()
			diff := UnifiedDiff("post.md", "post.md", []byte(old.String()), []byte(new.String()))
			t.Logf("%d bytes of diff in %v", len(diff), time.Since(start))
			checkPatch(t, old.String(), new.String(), diff)

			a, b := splitLines([]byte(old.String())), splitLines([]byte(new.String()))
			ia, ib := internLines(a, b)
			got := costOf(ia, ib)
			t.Logf("%d steps", got)
			if got > maxWork+2*(len(a)+len(b)) {
				t.Errorf("took %d steps, more than the budget of %d", got, maxWork)
			}
		})
	}
}
