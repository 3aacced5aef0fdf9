package frontmatter

import (
	"bytes"
	"hash/maphash"
	"strconv"
)

// tomlTooDeep scans a TOML document for nesting deeper than limit, in one
// pass and without decoding it, because github.com/BurntSushi/toml takes
// time and memory quadratic in the depth of inline tables and dotted keys
// (10,000 levels of inline tables: about 37 s and 4 GB). It returns the
// offset of what opens the first level past the limit, or -1.
//
// Depth counts as for YAML and JSON: the document is level 1, and each
// array and table below it one more. A "[" or "{" in a value opens a
// level; so does each part of a dotted key but the last (in "a.b.c = 1",
// "a" and "b" name tables), and each part of a table header (an array of
// tables, "[[a.b]]", opens two levels at its last part: the array and its
// table); keys under a header start from the header's depth. The offset
// is that of the bracket, brace or key part that opens the level.
//
// The scan skips strings (basic, literal and both multi-line kinds) and
// comments, and remembers the arrays of tables that headers declare, so
// that "[[a]]" then "[a.b]" counts a's array and its last table. It is not
// a validator: on text that is not TOML it carries on as best it can and
// leaves the errors to the decoder, so that nothing it fails to
// understand can hide deep nesting from it.
func tomlTooDeep(data []byte, limit int) int {
	s := tomlScan{data: data, limit: limit, at: -1, seed: maphash.MakeSeed(), arrays: make(map[uint64]bool)}
	table := 1 // the depth of the table that keys at the top level go in
	for s.i < len(data) && s.at < 0 {
		s.space()
		if s.i >= len(data) {
			break
		}
		switch data[s.i] {
		case '\n', '\r':
			s.i++
		case '#':
			s.comment()
		case '[':
			table = s.header()
			s.line()
		default:
			s.keyValue(table)
			s.line()
		}
	}
	return s.at
}

// tomlScan is the state of tomlTooDeep: the text, where it has got to,
// and the offset past the limit once found.
type tomlScan struct {
	data  []byte
	i     int
	limit int
	at    int
	// arrays holds the hashes of the names of the arrays of tables
	// declared so far (see header).
	seed   maphash.Seed
	arrays map[uint64]bool
}

// open notes that the text at offset opens a level of the given depth,
// and reports whether the scan may go on.
func (s *tomlScan) open(depth, offset int) bool {
	if depth > s.limit && s.at < 0 {
		s.at = offset
	}
	return s.at < 0
}

// header scans a table header, "[a.b]" or "[[a.b]]", and returns the depth
// of the table it names. A part that names an array of tables declared
// before opens two levels, the array and its last table. Names are
// compared by hash, each part by its name (a, "a" and 'a' are one).
func (s *tomlScan) header() int {
	s.i++ // [
	array := s.i < len(s.data) && s.data[s.i] == '['
	if array {
		s.i++
	}
	var name maphash.Hash
	name.SetSeed(s.seed)
	depth := 1
	for s.at < 0 {
		s.space()
		start := s.i
		part, ok := s.keyPart()
		if !ok {
			break
		}
		name.Write(part)
		name.WriteByte(0)
		depth++
		s.open(depth, start)
		s.space()
		last := s.i >= len(s.data) || s.data[s.i] != '.'
		if s.arrays[name.Sum64()] && !last || array && last {
			depth++
			s.open(depth, start)
		}
		if last {
			if array {
				s.arrays[name.Sum64()] = true
			}
			break
		}
		s.i++ // .
	}
	return depth
}

// keyValue scans "key = value" in a table of the given depth.
func (s *tomlScan) keyValue(depth int) {
	for s.at < 0 {
		s.space()
		start := s.i
		if _, ok := s.keyPart(); !ok {
			return
		}
		s.space()
		if s.i >= len(s.data) || s.data[s.i] != '.' {
			break
		}
		s.i++
		depth++
		if !s.open(depth, start) {
			return
		}
	}
	if s.i < len(s.data) && s.data[s.i] == '=' {
		s.i++
		s.value(depth)
	}
}

// keyPart scans one part of a key, bare or quoted, and returns its name,
// or false if there is none. A bare part runs to the next character that
// ends a key, which reads more than TOML allows but never less.
func (s *tomlScan) keyPart() ([]byte, bool) {
	start := s.i
	if s.i >= len(s.data) {
		return nil, false
	}
	switch q := s.data[s.i]; q {
	case '"', '\'':
		s.str()
		part := s.data[start:s.i]
		if len(part) < 2 || part[len(part)-1] != q {
			return part, true // not closed: the decoder will say so
		}
		if q == '"' && bytes.IndexByte(part, '\\') >= 0 {
			if u, err := strconv.Unquote(string(part)); err == nil {
				return []byte(u), true
			}
		}
		return part[1 : len(part)-1], true
	}
	for s.i < len(s.data) && !isTOMLKeyEnd(s.data[s.i]) {
		s.i++
	}
	return s.data[start:s.i], s.i > start
}

func isTOMLKeyEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '.', '=', '#', '[', ']', '{', '}', ',', '"', '\'':
		return true
	}
	return false
}

// value scans a value held by a table or array of the given depth.
func (s *tomlScan) value(depth int) {
	s.space()
	if s.i >= len(s.data) {
		return
	}
	switch s.data[s.i] {
	case '"', '\'':
		s.str()
	case '[':
		if s.open(depth+1, s.i) {
			s.i++
			s.items(depth+1, ']')
		}
	case '{':
		if s.open(depth+1, s.i) {
			s.i++
			s.items(depth+1, '}')
		}
	default: // a number, a boolean or a date, which may hold a space
		for s.i < len(s.data) && !isTOMLValueEnd(s.data[s.i]) {
			s.i++
		}
	}
}

func isTOMLValueEnd(c byte) bool {
	switch c {
	case ',', ']', '}', '#', '\n', '\r', '[', '{', '"', '\'':
		return true
	}
	return false
}

// items scans the items of an array, or the keys and values of an inline
// table, of the given depth, up to and past the closing bracket. Line
// ends and comments are skipped in both (TOML 1.1 allows them in inline
// tables); a character that fits nowhere is skipped, so that the scan
// always moves on.
func (s *tomlScan) items(depth int, closing byte) {
	for s.at < 0 && s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\n', '\r', ',':
			s.i++
			continue
		case '#':
			s.comment()
			continue
		case closing:
			s.i++
			return
		}
		start := s.i
		if closing == ']' {
			s.value(depth)
		} else {
			s.keyValue(depth)
		}
		if s.i == start {
			s.i++
		}
	}
}

// str scans a string of any kind from its opening quote to past its
// closing one, or to the end of the line for a single-line string that
// is not closed.
func (s *tomlScan) str() {
	q := s.data[s.i]
	if s.i+2 < len(s.data) && s.data[s.i+1] == q && s.data[s.i+2] == q {
		s.i += 3
		for s.i < len(s.data) {
			switch c := s.data[s.i]; {
			case c == '\\' && q == '"':
				s.i += 2
			case c == q && s.i+2 < len(s.data) && s.data[s.i+1] == q && s.data[s.i+2] == q:
				s.i += 3
				// Up to two quotes more are the string's own: """a"""""
				for k := 0; k < 2 && s.i < len(s.data) && s.data[s.i] == q; k++ {
					s.i++
				}
				return
			default:
				s.i++
			}
		}
		s.i = len(s.data)
		return
	}
	for s.i++; s.i < len(s.data); s.i++ {
		switch c := s.data[s.i]; {
		case c == '\\' && q == '"' && s.i+1 < len(s.data) && s.data[s.i+1] != '\n' && s.data[s.i+1] != '\r':
			s.i++
		case c == q:
			s.i++
			return
		case c == '\n' || c == '\r':
			return
		}
	}
}

// space skips spaces and tabs.
func (s *tomlScan) space() {
	for s.i < len(s.data) && (s.data[s.i] == ' ' || s.data[s.i] == '\t') {
		s.i++
	}
}

// comment skips a comment up to its line end.
func (s *tomlScan) comment() {
	for s.i < len(s.data) && s.data[s.i] != '\n' && s.data[s.i] != '\r' {
		s.i++
	}
}

// line skips what is left of a line, minding strings, which may span
// lines, and brackets, which may open levels.
func (s *tomlScan) line() {
	for s.at < 0 && s.i < len(s.data) {
		switch s.data[s.i] {
		case '\n', '\r':
			return
		case '#':
			s.comment()
		case '"', '\'':
			s.str()
		case '[', '{':
			s.value(1)
		default:
			s.i++
		}
	}
}
