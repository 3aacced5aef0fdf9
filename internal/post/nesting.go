package post

import "bytes"

// MaxNesting bounds how deeply the lists and block quotes of a body may
// nest, as front matter is bounded: goldmark takes time cubic in the depth
// of a list nested by indentation (1,000 levels: about 4 s; 2,000: 23 s),
// and no post nests a tenth as deep.
const MaxNesting = 100

// nestingPastLimit scans a body, a line at a time and without parsing it,
// for lists and block quotes nested more than limit levels deep. It
// returns the offset of the marker that opens the first level past the
// limit, or -1.
//
// Only a line with a container marker can open a level, and it must show
// every level that holds it: a ">" for each block quote, and for each list
// item at least two columns (a marker and a space, or as much
// indentation) before the marker of the level it opens. So a line opens
// at most as many levels as it has markers (">" and list markers: -, +, *,
// or 1 to 9 digits and . or ), each followed by white space or the line
// end) plus half the columns of white space before its first list marker,
// but for the one space each ">" takes; what follows a list marker on its
// line is new levels, each with its own marker. That bound is the depth
// for lists indented two columns a level, and counts a list indented four
// columns a level twice; it never falls short of the depth, whatever
// hides the structure of the body (lazy continuation lines, say). Lines
// in code blocks count as any other, and a thematic break ("- - -") is
// not a list.
func nestingPastLimit(body []byte, limit int) int {
	for start := 0; start < len(body); {
		end := len(body)
		if i := bytes.IndexByte(body[start:], '\n'); i >= 0 {
			end = start + i
		}
		if at := lineNestingPastLimit(body[start:end], limit); at >= 0 {
			return start + at
		}
		start = end + 1
	}
	return -1
}

// lineNestingPastLimit applies nestingPastLimit's bound to one line.
func lineNestingPastLimit(line []byte, limit int) int {
	markers, space := 0, 0 // markers so far; columns of white space before the first list marker
	listed := false        // whether a list marker has been seen
	col := 0               // the column of line[i], tabs expanded
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == ' ' || c == '\t':
			w := 1
			if c == '\t' {
				w = 4 - col%4
			}
			i, col = i+1, col+w
			if !listed {
				space += w
			}
			continue
		case c == '>':
			i, col = i+1, col+1
			markers++
			if markers+space/2 > limit {
				return i - 1
			}
			if i < len(line) && line[i] == ' ' { // the space a ">" takes
				i, col = i+1, col+1
			}
			continue
		}
		n := listMarker(line[i:])
		if n == 0 || thematicBreak(line[i:]) {
			return -1
		}
		markers++
		if markers+space/2 > limit {
			return i
		}
		i, col, listed = i+n, col+n, true
	}
	return -1
}

// listMarker returns the length of the list marker at the start of s, or
// 0 if there is none: -, + or *, or 1 to 9 digits and . or ), followed by
// white space or the end of the line.
func listMarker(s []byte) int {
	n := 0
	switch {
	case len(s) > 0 && (s[0] == '-' || s[0] == '+' || s[0] == '*'):
		n = 1
	default:
		for n < len(s) && n < 9 && '0' <= s[n] && s[n] <= '9' {
			n++
		}
		if n == 0 || n >= len(s) || s[n] != '.' && s[n] != ')' {
			return 0
		}
		n++
	}
	if n < len(s) && s[n] != ' ' && s[n] != '\t' && s[n] != '\r' {
		return 0
	}
	return n
}

// thematicBreak reports whether s is a thematic break: three or more of
// one of -, * or _, and nothing else but white space.
func thematicBreak(s []byte) bool {
	var mark byte
	count := 0
	for _, c := range s {
		switch {
		case c == ' ' || c == '\t' || c == '\r':
		case mark == 0 && (c == '-' || c == '*' || c == '_'):
			mark, count = c, 1
		case c == mark:
			count++
		default:
			return false
		}
	}
	return count >= 3
}

// parensPastLimit scans a body for parentheses nested more than limit
// levels deep within one paragraph (a blank line ends one), which make
// the parser try every "(" of a link's destination against the rest of
// the paragraph: "[x](" repeated 16,000 times takes seconds, and a
// megabyte of it minutes. It returns the offset of the "(" that opens the
// first level past the limit, or -1. An unmatched ")" closes nothing.
// Real posts nest a few levels; code is counted as any other text.
func parensPastLimit(body []byte, limit int) int {
	if bytes.Count(body, []byte("(")) <= limit {
		return -1 // too few to nest that deep: most posts
	}
	depth := 0
	blank := true // whether the current line is blank so far
	for i, c := range body {
		switch c {
		case '(':
			if depth++; depth > limit {
				return i
			}
		case ')':
			depth = max(depth-1, 0)
		case '\n':
			if blank {
				depth = 0
			}
			blank = true
			continue
		case ' ', '\t', '\r':
			continue
		}
		blank = false
	}
	return -1
}
