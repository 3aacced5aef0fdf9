package gitignore

import "strings"

// element is one '/'-separated part of an anchored pattern.
type element struct {
	dirs bool // "**": zero or more whole path elements
	glob glob
}

// compileAnchored compiles an anchored pattern (without its leading
// slash), cut into parts at its slashes, into one or two alternatives.
//
// Git compares the literal text before a pattern's first wildcard on its
// own and hands only the rest to wildmatch (dir.c, match_pathname), so a
// run of stars that is the first wildcard counts as "**" even right after
// a literal in the same part: "b**/a" matches "ba", "b/a" and "bx/y/a",
// as b(.*/)?a would, and "doc/draft**" matches "doc/drafts/a.md".
func compileAnchored(body string, parts []string) (alts [][]element, ok bool) {
	k, lit, quoted := leadingStars(body)
	if k < 0 {
		elems, ok := compileElems(parts)
		return [][]element{elems}, ok
	}
	// "L**/**/R" is "L**/R", and "L**/**" is "L**".
	rest := parts[k+1:]
	for len(rest) > 0 && isStars(rest[0]) {
		rest = rest[1:]
	}
	head, ok := compileElems(parts[:k])
	if !ok {
		return nil, false
	}
	// L.*/R, or L.* at the end.
	b := append(head[:len(head):len(head)], element{glob: glob{kind: globPrefix, lit: lit}}, element{dirs: true})
	if len(rest) == 0 {
		return [][]element{b}, true
	}
	tail, ok := compileElems(rest)
	if !ok {
		return nil, false
	}
	b = append(b, tail...)
	if quoted {
		return [][]element{b}, true // "**\/" needs a slash
	}
	// LR: the "**/" matches nothing and L runs into R's first part.
	joined := append(append(parts[:k:k], lit+rest[0]), rest[1:]...)
	a, ok := compileElems(joined)
	if !ok {
		return nil, false
	}
	return [][]element{a, b}, true
}

// leadingStars finds the first wildcard of body and, if it is a run of two
// or more stars that ends its part and follows a literal L in it, returns
// the part's index and L, and whether the slash after it is quoted; else
// k is -1.
func leadingStars(body string) (k int, lit string, quoted bool) {
	i := strings.IndexAny(body, `*?[\`)
	if i <= 0 || body[i] != '*' || body[i-1] == '/' {
		return -1, "", false
	}
	j := i
	for j < len(body) && body[j] == '*' {
		j++
	}
	quoted = strings.HasPrefix(body[j:], `\/`)
	if j-i < 2 || j < len(body) && body[j] != '/' && !quoted {
		return -1, "", false
	}
	// body[:i] has no backslash, so its slashes are the part separators.
	start := strings.LastIndexByte(body[:i], '/') + 1
	return strings.Count(body[:i], "/"), body[start:i], quoted
}

// compileElems compiles parts one for one; a part of stars alone is "**".
func compileElems(parts []string) (elems []element, ok bool) {
	for i, part := range parts {
		if isStars(part) {
			if i == len(parts)-1 {
				// A trailing "/**" matches everything inside, so at
				// least one element.
				elems = append(elems, element{glob: glob{kind: globAll}})
			}
			elems = append(elems, element{dirs: true})
			continue
		}
		g, ok := compileGlob(part)
		if !ok {
			return nil, false
		}
		elems = append(elems, element{glob: g})
	}
	return elems, true
}

// isStars reports whether s is "**" or a longer run of stars.
func isStars(s string) bool { return len(s) >= 2 && strings.Trim(s, "*") == "" }

// matchElems matches path element by element. Every element but "**"
// matches exactly one path element, so backtracking to the last "**"
// alone is enough.
func matchElems(elems []element, path string) bool {
	end := len(path) + 1 // a position past the last element
	next := func(i int) (string, int) {
		if j := strings.IndexByte(path[i:], '/'); j >= 0 {
			return path[i : i+j], i + j + 1
		}
		return path[i:], end
	}
	ei, pi := 0, 0
	starEi, starPi := -1, 0
	for {
		if ei < len(elems) && elems[ei].dirs {
			starEi, starPi = ei, pi
			ei++
			continue
		}
		if pi == end {
			return ei == len(elems)
		}
		if ei < len(elems) {
			name, after := next(pi)
			if elems[ei].glob.match(name) {
				ei++
				pi = after
				continue
			}
		}
		if starEi < 0 || starPi == end {
			return false
		}
		_, starPi = next(starPi)
		ei, pi = starEi+1, starPi
	}
}
