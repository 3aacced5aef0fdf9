package source

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

var bom = []byte("\xEF\xBB\xBF")

// LineIndex resolves byte offsets in one file to lines and columns. It
// treats "\n", "\r\n" and a lone "\r" as line ends, and does not count a
// leading UTF-8 byte order mark as a column.
type LineIndex struct {
	src    []byte
	starts []int // byte offset at which each line starts
	bom    int   // length of a leading byte order mark, 0 or 3
	// marks are the columns of places every markEvery bytes or so along
	// lines longer than that, in file order, so that placing an offset
	// on a long line counts code points from the nearest mark rather
	// than from the line's start: a paragraph of megabytes written on
	// one line may hold thousands of findings.
	marks []mark
}

// markEvery is how many bytes apart the marks of a long line are.
const markEvery = 1024

// mark is a character boundary on a long line: its offset, and how many
// code points precede it on its line.
type mark struct {
	offset, runes int
}

// NewLineIndex indexes the lines of src. The index keeps src; the caller
// must not change it.
func NewLineIndex(src []byte) *LineIndex {
	x := &LineIndex{src: src, starts: make([]int, 1, 1+len(src)/40)}
	if bytes.HasPrefix(src, bom) {
		x.bom = len(bom)
	}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			x.starts = append(x.starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			x.starts = append(x.starts, i+1)
		}
	}
	for line := 1; line <= len(x.starts); line++ {
		if start, end := x.LineStart(line), x.LineEnd(line); end-start > markEvery {
			x.markLine(start, end)
		}
	}
	return x
}

// markLine adds the marks of the line [start, end), walking it as
// utf8.RuneCount does: a line end is never part of a character, so each
// character decodes the same within the line as within the file.
func (x *LineIndex) markLine(start, end int) {
	next := start + markEvery
	runes := 0
	for i := start; i < end; runes++ {
		if i >= next {
			x.marks = append(x.marks, mark{offset: i, runes: runes})
			next = i + markEvery
		}
		if x.src[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRune(x.src[i:end])
			i += size
		}
	}
}

// markBefore returns the last mark at or before offset on the line that
// starts at start, or the line's start.
func (x *LineIndex) markBefore(start, offset int) mark {
	k := sort.Search(len(x.marks), func(k int) bool { return x.marks[k].offset > offset })
	if k > 0 && x.marks[k-1].offset >= start {
		return x.marks[k-1]
	}
	return mark{offset: start}
}

// Lines returns the number of lines; a file that ends with a line end has
// an empty last line.
func (x *LineIndex) Lines() int { return len(x.starts) }

// LineStart returns the byte offset at which the 1-based line starts.
func (x *LineIndex) LineStart(line int) int {
	line = min(max(line, 1), len(x.starts))
	start := x.starts[line-1]
	if line == 1 {
		start += x.bom
	}
	return start
}

// LineEnd returns the byte offset of the line end of the 1-based line, or
// the file's length for a last line without one.
func (x *LineIndex) LineEnd(line int) int {
	line = min(max(line, 1), len(x.starts))
	end := len(x.src)
	if line < len(x.starts) {
		end = x.starts[line]
		if x.src[end-1] == '\n' {
			end--
		}
		if end > x.starts[line-1] && x.src[end-1] == '\r' {
			end--
		}
	}
	return end
}

// Position returns the line and code-point column of a byte offset.
// Offsets outside the file are clamped to it, and an offset inside a
// character is that character's position.
func (x *LineIndex) Position(offset int) Position {
	offset = min(max(offset, 0), len(x.src))
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > offset })
	start := x.LineStart(line)
	if offset < start { // inside the byte order mark
		return Position{Line: 1, Column: 1}
	}
	// Back up to the start of a character that spans the offset, which
	// RuneCount would count byte by byte.
	for k := offset - 1; k >= max(start, offset-utf8.UTFMax+1); k-- {
		if utf8.RuneStart(x.src[k]) {
			if _, size := utf8.DecodeRune(x.src[k:]); k+size > offset {
				offset = k
			}
			break
		}
	}
	m := x.markBefore(start, offset)
	return Position{Line: line, Column: 1 + m.runes + utf8.RuneCount(x.src[m.offset:offset])}
}

// Range resolves a span.
func (x *LineIndex) Range(s Span) Range {
	return Range{Start: x.Position(s.Start), End: x.Position(max(s.End, s.Start))}
}

// Offset returns the byte offset of a 1-based line and code-point column,
// the inverse of Position. A column past the line's end gives the line end.
func (x *LineIndex) Offset(p Position) int {
	start, end := x.LineStart(p.Line), x.LineEnd(p.Line)
	// Start from the line's last mark at or before the column.
	lo := sort.Search(len(x.marks), func(k int) bool { return x.marks[k].offset >= start })
	hi := sort.Search(len(x.marks), func(k int) bool { return x.marks[k].offset > end })
	k := lo + sort.Search(hi-lo, func(k int) bool { return x.marks[lo+k].runes > p.Column-1 })
	m := mark{offset: start}
	if k > lo {
		m = x.marks[k-1]
	}
	off := m.offset
	for col := 1 + m.runes; col < p.Column && off < end; col++ {
		_, size := utf8.DecodeRune(x.src[off:end])
		off += size
	}
	return off
}
