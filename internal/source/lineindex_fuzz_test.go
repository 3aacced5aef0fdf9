package source

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzLineIndex checks the line index against what it promises for any
// bytes: every offset resolves to a position inside the file, positions
// grow with offsets, Offset inverts Position at every character boundary,
// lines tile the file, and ranges never end before they start.
func FuzzLineIndex(f *testing.F) {
	for _, seed := range []string{
		"",
		"abc\ndef",
		"abc\ndef\n",
		"a\r\nb\rc\n\rd\r",
		"\r\r\n\n\r",
		"\xEF\xBB\xBF---\r\ntitle: 日本語\r\n---\r\n",
		"\xEF\xBB",
		"\xEF\xBB\xBF",
		"🚀 x\n\xff\xfe\xe6\x97 y",
		"\x00\x01\t\v\f",
		strings.Repeat("日a\xff\xe2\x82 ", 300) + "\r\n" + strings.Repeat("\x80", 1500), // lines with marks
	} {
		f.Add([]byte(seed), 0, len(seed))
	}
	f.Fuzz(func(t *testing.T, src []byte, a, b int) {
		x := NewLineIndex(src)
		n := len(src)

		// Lines: one more than the line ends, CRLF counted once.
		ends := bytes.Count(src, []byte("\n")) + bytes.Count(src, []byte("\r")) - bytes.Count(src, []byte("\r\n"))
		if x.Lines() != ends+1 {
			t.Fatalf("Lines() = %d, want %d", x.Lines(), ends+1)
		}
		// Lines tile the file: each starts where the previous line end
		// stops, and holds no line end.
		next := 0
		for line := 1; line <= x.Lines(); line++ {
			start, end := x.LineStart(line), x.LineEnd(line)
			if line == 1 && bytes.HasPrefix(src, bom) {
				next = len(bom)
			}
			if start != next || end < start || end > n {
				t.Fatalf("line %d spans [%d, %d), want it to start at %d in %d bytes", line, start, end, next, n)
			}
			if bytes.ContainsAny(src[start:end], "\r\n") {
				t.Fatalf("line %d [%d, %d) holds a line end: %q", line, start, end, src[start:end])
			}
			switch {
			case line == x.Lines():
				if end != n {
					t.Fatalf("last line ends at %d, not at the end of the file (%d)", end, n)
				}
			case bytes.HasPrefix(src[end:], []byte("\r\n")):
				next = end + 2
			default:
				next = end + 1
			}
		}

		// Positions: inside the file and never going backwards, for any
		// offset, even one inside a character (which is that character's
		// position) or between the CR and LF of a line end.
		step := 1
		if n > 4096 { // keep a run quick on large inputs
			step = n / 4096
		}
		var last Position
		for off := -1; off <= n+1; off += step {
			p := x.Position(off)
			if p.Line < 1 || p.Line > x.Lines() || p.Column < 1 {
				t.Fatalf("Position(%d) = %v outside the file's %d lines", off, p, x.Lines())
			}
			if most := utf8.RuneCount(src[x.LineStart(p.Line):x.LineEnd(p.Line)]) + 2; p.Column > most {
				t.Fatalf("Position(%d) = %v: column past the line's end (at most %d)", off, p, most)
			}
			if less(p, last) {
				t.Fatalf("Position(%d) = %v comes before that of an earlier offset, %v", off, p, last)
			}
			last = p
			back := x.Offset(p)
			if back < 0 || back > n || back > max(off, 0) && !(off < len(bom) && bytes.HasPrefix(src, bom)) {
				t.Fatalf("Offset(Position(%d) = %v) = %d", off, p, back)
			}
			betweenCRLF := off > 0 && off < n && src[off-1] == '\r' && src[off] == '\n'
			if got := x.Position(back); got != p && !betweenCRLF {
				t.Fatalf("Position(Offset(Position(%d) = %v) = %d) = %v", off, p, back, got)
			}
		}
		// Offset inverts Position exactly at each character boundary, as
		// a decoder walking each line from its start sees them, and
		// positions grow with offsets.
		var prev Position
		for line := 1; line <= x.Lines(); line++ {
			start, end := x.LineStart(line), x.LineEnd(line)
			col := 1
			for off := start; ; col++ {
				p := Position{Line: line, Column: col}
				if got := x.Position(off); got != p {
					t.Fatalf("Position(%d) = %v, want %v", off, got, p)
				}
				if less(p, prev) {
					t.Fatalf("Position(%d) = %v comes before that of an earlier offset, %v", off, p, prev)
				}
				prev = p
				if got := x.Offset(p); got != off {
					t.Fatalf("Offset(%v) = %d, want %d", p, got, off)
				}
				if off >= end {
					break
				}
				_, size := utf8.DecodeRune(src[off:end])
				off += size
			}
			// A column past the line's end gives the line end.
			if got := x.Offset(Position{Line: line, Column: col + 5}); got != end {
				t.Fatalf("Offset(%d:%d) past the line's end = %d, want %d", line, col+5, got, end)
			}
		}

		// Ranges, for any span, even inverted or outside the file.
		r := x.Range(Span{Start: a, End: b})
		if less(r.End, r.Start) || r.Start.Line < 1 || r.End.Line > x.Lines() || r.Start.Column < 1 {
			t.Fatalf("Range(%d, %d) = %v", a, b, r)
		}
	})
}

func less(a, b Position) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
}
