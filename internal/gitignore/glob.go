package gitignore

import "strings"

// glob matches one path element (no '/') against one element of a
// pattern: '*' any run of bytes, '?' one byte, "[...]" one byte of a set,
// and a backslash quoting the next character. Like git's wildmatch it
// works on bytes, so '?' matches half of "é". It is compiled once;
// matching allocates nothing.
type glob struct {
	kind globKind
	lit  string  // the literal part, for exact, prefix and suffix globs
	toks []token // for general globs
}

type globKind uint8

const (
	globExact  globKind = iota // "name"
	globAll                    // "*"
	globPrefix                 // "name*"
	globSuffix                 // "*.md"
	globGeneral
)

type token struct {
	kind  tokenKind
	lit   string
	class *class
}

type tokenKind uint8

const (
	tokLiteral tokenKind = iota
	tokStar
	tokOne
	tokClass
)

// compileGlob compiles one element of a pattern; ok is false when it can
// never match (an unclosed set, an unknown character class, a trailing
// backslash), as git's wildmatch aborts on those.
func compileGlob(s string) (g glob, ok bool) {
	var toks []token
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			toks = append(toks, token{kind: tokLiteral, lit: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(s); {
		switch s[i] {
		case '\\':
			if i+1 == len(s) {
				return glob{}, false
			}
			lit.WriteByte(s[i+1])
			i += 2
		case '*':
			flush()
			if len(toks) == 0 || toks[len(toks)-1].kind != tokStar {
				toks = append(toks, token{kind: tokStar}) // "**" inside an element is "*"
			}
			i++
		case '?':
			flush()
			toks = append(toks, token{kind: tokOne})
			i++
		case '[':
			c, end, ok := parseClass(s, i)
			if !ok {
				return glob{}, false
			}
			flush()
			toks = append(toks, token{kind: tokClass, class: c})
			i = end + 1
		default:
			lit.WriteByte(s[i])
			i++
		}
	}
	flush()
	switch {
	case len(toks) == 0:
		return glob{kind: globExact}, true
	case len(toks) == 1 && toks[0].kind == tokLiteral:
		return glob{kind: globExact, lit: toks[0].lit}, true
	case len(toks) == 1 && toks[0].kind == tokStar:
		return glob{kind: globAll}, true
	case len(toks) == 2 && toks[0].kind == tokLiteral && toks[1].kind == tokStar:
		return glob{kind: globPrefix, lit: toks[0].lit}, true
	case len(toks) == 2 && toks[0].kind == tokStar && toks[1].kind == tokLiteral:
		return glob{kind: globSuffix, lit: toks[1].lit}, true
	}
	return glob{kind: globGeneral, toks: toks}, true
}

// match reports whether the path element s matches g.
func (g *glob) match(s string) bool {
	switch g.kind {
	case globExact:
		return s == g.lit
	case globAll:
		return true
	case globPrefix:
		return strings.HasPrefix(s, g.lit)
	case globSuffix:
		return strings.HasSuffix(s, g.lit)
	}
	// Every token but '*' matches a fixed number of bytes, so
	// backtracking to the last '*' alone is enough.
	ti, si := 0, 0
	starTi, starSi := -1, 0
	for {
		if ti < len(g.toks) {
			t := &g.toks[ti]
			switch t.kind {
			case tokStar:
				starTi, starSi = ti, si
				ti++
				continue
			case tokLiteral:
				if strings.HasPrefix(s[si:], t.lit) {
					si += len(t.lit)
					ti++
					continue
				}
			case tokOne:
				if si < len(s) {
					si++
					ti++
					continue
				}
			case tokClass:
				if si < len(s) && t.class.match(s[si]) {
					si++
					ti++
					continue
				}
			}
		} else if si == len(s) {
			return true
		}
		if starTi < 0 || starSi == len(s) {
			return false
		}
		starSi++
		ti, si = starTi+1, starSi
	}
}
