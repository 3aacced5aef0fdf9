package gitignore

import (
	"bytes"
	"strings"
)

// pattern is one compiled line of a .gitignore file.
type pattern struct {
	negate  bool // "!pattern" re-includes what an earlier pattern excluded
	dirOnly bool // "pattern/" matches directories only
	// A pattern without a slash (but a trailing one) matches the last
	// element of a path at any depth; any other is anchored to the
	// .gitignore's directory and matches the path relative to it,
	// element by element.
	anchored bool
	name     glob
	alts     [][]element // an anchored pattern matches if one of these does
}

// parse compiles the text of a .gitignore file. Lines that cannot match
// anything are dropped, as git drops them.
func parse(data []byte) []pattern {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var patterns []pattern
	for len(data) > 0 {
		var line []byte
		line, data, _ = bytes.Cut(data, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if p, ok := parseLine(string(line)); ok {
			patterns = append(patterns, p)
		}
	}
	return patterns
}

// parseLine compiles one line; ok is false for a blank line, a comment or
// a pattern that can never match.
func parseLine(line string) (p pattern, ok bool) {
	if line == "" || line[0] == '#' {
		return p, false
	}
	line = trimTrailingSpaces(line)
	if strings.HasPrefix(line, "!") {
		p.negate = true
		line = line[1:]
	}
	if strings.HasSuffix(line, "/") {
		p.dirOnly = true
		line = line[:len(line)-1]
	}
	if line == "" {
		return p, false
	}
	// Any slash anchors, even one inside a bracket expression.
	if !strings.Contains(line, "/") {
		p.name, ok = compileGlob(line)
		return p, ok
	}
	p.anchored = true
	body := strings.TrimPrefix(line, "/") // a leading slash only anchors
	if strings.HasPrefix(body, `\/`) {
		return p, false // no relative path starts with a slash
	}
	parts, ok := split(body)
	if !ok {
		return p, false
	}
	p.alts, ok = compileAnchored(body, parts)
	return p, ok
}

// trimTrailingSpaces drops trailing spaces that are not quoted with a
// backslash, as git does (only spaces, not tabs).
func trimTrailingSpaces(s string) string {
	end := -1 // start of the current run of trailing spaces
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			if end < 0 {
				end = i
			}
		case '\\':
			i++
			end = -1
		default:
			end = -1
		}
	}
	if end >= 0 {
		return s[:end]
	}
	return s
}

// split cuts a pattern at its slashes, but not at those inside a bracket
// expression. A quoted slash "\/" is a slash too, except that "**\/"
// matches one or more directories, not zero or more: it becomes "*/**/".
// ok is false for a trailing backslash or a bad bracket expression.
func split(s string) (parts []string, ok bool) {
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if i+1 == len(s) {
				return nil, false
			}
			if s[i+1] == '/' {
				if isStars(s[start:i]) {
					parts = append(parts, "*", "**")
				} else {
					parts = append(parts, s[start:i])
				}
				start = i + 2
			}
			i++
		case '[':
			_, end, ok := parseClass(s, i)
			if !ok {
				return nil, false
			}
			i = end
		case '/':
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:]), true
}

// match reports whether p matches path, slash-separated and relative to
// the .gitignore's directory.
func (p *pattern) match(path string, isDir bool) bool {
	if p.dirOnly && !isDir {
		return false
	}
	if !p.anchored {
		return p.name.match(path[strings.LastIndexByte(path, '/')+1:])
	}
	for _, elems := range p.alts {
		if matchElems(elems, path) {
			return true
		}
	}
	return false
}
