package source

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPosition(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		offset int
		want   Position
	}{
		{"start", "abc\ndef", 0, Position{1, 1}},
		{"second line", "abc\ndef", 5, Position{2, 2}},
		{"at line end", "abc\ndef", 3, Position{1, 4}},
		{"end of file", "abc\ndef", 7, Position{2, 4}},
		{"past the end is clamped", "abc", 99, Position{1, 4}},
		{"negative is clamped", "abc", -4, Position{1, 1}},
		{"crlf", "ab\r\ncd", 4, Position{2, 1}},
		{"crlf at the cr", "ab\r\ncd", 2, Position{1, 3}},
		{"lone cr", "ab\rcd\ref", 6, Position{3, 1}},
		{"bom is not a column", "\xEF\xBB\xBFtitle", 3, Position{1, 1}},
		{"bom inside", "\xEF\xBB\xBFtitle", 1, Position{1, 1}},
		{"after bom", "\xEF\xBB\xBFtitle", 5, Position{1, 3}},
		{"code points: é", "é: x", 2, Position{1, 2}},
		{"code points: emoji and CJK", "🚀 日本語 x", len("🚀 日本語 "), Position{1, 7}},
		{"invalid utf-8 counts per byte", "\xff\xfex", 2, Position{1, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := NewLineIndex([]byte(tt.src)).Position(tt.offset)
			if got != tt.want {
				t.Errorf("Position(%d) in %q = %v, want %v", tt.offset, tt.src, got, tt.want)
			}
		})
	}
}

func TestOffsetInvertsPosition(t *testing.T) {
	for _, src := range []string{
		"abc\ndef\n",
		"---\r\ntitle: 日本語\r\n---\r\nbody",
		"\xEF\xBB\xBF---\ntitle: 🚀 x\n",
		"a\rb\rc",
		"",
		"\n\n\n",
	} {
		x := NewLineIndex([]byte(src))
		for off := 0; off <= len(src); off++ {
			if off > 0 && off < len(src) && src[off]&0xC0 == 0x80 {
				continue // inside a multibyte character
			}
			if off < 3 && len(src) >= 3 && src[:3] == "\xEF\xBB\xBF" {
				continue // inside the byte order mark
			}
			if off > 0 && src[off-1] == '\r' && off < len(src) && src[off] == '\n' {
				continue // between CR and LF: the same place as the CR
			}
			p := x.Position(off)
			if back := x.Offset(p); back != off {
				t.Errorf("%q: Offset(Position(%d) = %v) = %d", src, off, p, back)
			}
		}
	}
}

func TestLines(t *testing.T) {
	x := NewLineIndex([]byte("a\r\nbb\rccc\n"))
	if got := x.Lines(); got != 4 {
		t.Fatalf("Lines() = %d, want 4", got)
	}
	for line, want := range map[int][2]int{1: {0, 1}, 2: {3, 5}, 3: {6, 9}, 4: {10, 10}} {
		if start, end := x.LineStart(line), x.LineEnd(line); start != want[0] || end != want[1] {
			t.Errorf("line %d spans [%d, %d), want [%d, %d)", line, start, end, want[0], want[1])
		}
	}
}

func TestRange(t *testing.T) {
	x := NewLineIndex([]byte("ab\ncd"))
	got := x.Range(Span{Start: 1, End: 4})
	want := Range{Start: Position{1, 2}, End: Position{2, 2}}
	if got != want {
		t.Errorf("Range = %v, want %v", got, want)
	}
}

// TestLongLines checks positions on lines long enough to carry marks
// against counting code points from each line's start, at every offset:
// ASCII, multibyte characters across the marks, invalid bytes, a lone
// continuation run and the line ends between.
func TestLongLines(t *testing.T) {
	var b strings.Builder
	b.WriteString("\xEF\xBB\xBF")
	for i := range 3 * markEvery {
		b.WriteString([]string{"a", "é", "日", "🚀", "\xff", "\xe2\x82", " "}[i%7])
	}
	b.WriteString("\r\n" + strings.Repeat("x", markEvery+1) + "\r")
	b.WriteString(strings.Repeat("\x80", 2*markEvery+3) + "\n" + strings.Repeat("日本", markEvery))
	src := []byte(b.String())
	x := NewLineIndex(src)
	if len(x.marks) == 0 {
		t.Fatal("no marks on lines longer than markEvery")
	}
	// Walk each line as a decoder does: every byte of a character has
	// the character's column, and the line end the column after the last.
	for line := 1; line <= x.Lines(); line++ {
		start, end := x.LineStart(line), x.LineEnd(line)
		col := 1
		for off := start; off <= end; col++ {
			size := 1
			if off < end {
				_, size = utf8.DecodeRune(src[off:end])
			}
			for k := off; k < off+size; k++ {
				if got, want := x.Position(k), (Position{Line: line, Column: col}); got != want {
					t.Fatalf("Position(%d) = %v, want %v", k, got, want)
				}
			}
			off += size
		}
	}
	for line := 1; line <= x.Lines(); line++ {
		start, end := x.LineStart(line), x.LineEnd(line)
		col := 1
		for off := start; off <= end; col++ {
			if got := x.Offset(Position{Line: line, Column: col}); got != off {
				t.Fatalf("Offset(%d:%d) = %d, want %d", line, col, got, off)
			}
			if off == end {
				break
			}
			_, size := utf8.DecodeRune(src[off:end])
			off += size
		}
		if got := x.Offset(Position{Line: line, Column: col + markEvery}); got != end {
			t.Fatalf("Offset(%d:%d) past the line's end = %d, want %d", line, col+markEvery, got, end)
		}
	}
}
