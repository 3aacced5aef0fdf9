package gitignore

import "strings"

// class is a bracket expression ("[a-z]", "[!0-9]", "[[:digit:]_]") as
// the set of bytes it matches.
type class [4]uint64

func (c *class) add(b byte)        { c[b>>6] |= 1 << (b & 63) }
func (c *class) match(b byte) bool { return c[b>>6]&(1<<(b&63)) != 0 }
func (c *class) addFunc(f func(byte) bool) {
	for b := 0; b < 256; b++ {
		if f(byte(b)) {
			c.add(byte(b))
		}
	}
}

// parseClass parses the bracket expression that opens at s[open] and
// returns the index of its closing ']'. As in git's wildmatch, '!' or '^'
// first negates, a ']' first is literal, a '-' between two characters
// makes a range, a backslash quotes, and "[:name:]" is a POSIX class; ok is
// false for an unclosed expression or an unknown class name.
func parseClass(s string, open int) (c *class, end int, ok bool) {
	c = new(class)
	j := open + 1
	negate := j < len(s) && (s[j] == '!' || s[j] == '^')
	if negate {
		j++
	}
	for first := true; ; first = false {
		if j >= len(s) {
			return nil, 0, false
		}
		if s[j] == ']' && !first {
			if negate {
				for i := range c {
					c[i] = ^c[i]
				}
			}
			return c, j, true
		}
		if s[j] == '[' && j+1 < len(s) && s[j+1] == ':' {
			if k := strings.IndexByte(s[j+2:], ']'); k > 0 && s[j+2+k-1] == ':' {
				f := posixClasses[s[j+2:j+2+k-1]]
				if f == nil {
					return nil, 0, false
				}
				c.addFunc(f)
				j += 2 + k + 1
				continue
			}
			// No ":]": the '[' is an ordinary member.
		}
		lo, n, ok := classChar(s, j)
		if !ok {
			return nil, 0, false
		}
		j += n
		hi := lo
		if j+1 < len(s) && s[j] == '-' && s[j+1] != ']' {
			if hi, n, ok = classChar(s, j+1); !ok {
				return nil, 0, false
			}
			j += 1 + n
		}
		for b := int(lo); b <= int(hi); b++ {
			c.add(byte(b))
		}
	}
}

// classChar reads one member byte at s[i], unquoting a backslash.
func classChar(s string, i int) (b byte, n int, ok bool) {
	if s[i] == '\\' {
		if i+1 == len(s) {
			return 0, 0, false
		}
		return s[i+1], 2, true
	}
	return s[i], 1, true
}

// posixClasses are the classes git's wildmatch knows, with their meaning
// in the C locale.
var posixClasses = map[string]func(byte) bool{
	"alnum":  func(r byte) bool { return isAlpha(r) || isDigit(r) },
	"alpha":  isAlpha,
	"blank":  func(r byte) bool { return r == ' ' || r == '\t' },
	"cntrl":  func(r byte) bool { return r < 0x20 || r == 0x7f },
	"digit":  isDigit,
	"graph":  func(r byte) bool { return r > ' ' && r < 0x7f },
	"lower":  func(r byte) bool { return 'a' <= r && r <= 'z' },
	"print":  func(r byte) bool { return r >= ' ' && r < 0x7f },
	"punct":  func(r byte) bool { return r > ' ' && r < 0x7f && !isAlpha(r) && !isDigit(r) },
	"space":  func(r byte) bool { return r == ' ' || ('\t' <= r && r <= '\r') },
	"upper":  func(r byte) bool { return 'A' <= r && r <= 'Z' },
	"xdigit": func(r byte) bool { return isDigit(r) || ('a' <= r && r <= 'f') || ('A' <= r && r <= 'F') },
}

func isAlpha(r byte) bool { return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') }
func isDigit(r byte) bool { return '0' <= r && r <= '9' }
