package markdown

import (
	"slices"
	"strings"
)

// AnchorList is a set of anchors packed for keeping, as a post's summary
// keeps them for the whole run: the names sorted, each after a newline,
// with a newline at the end. A map of a post's anchors, several slugs a
// heading, took more memory than the rest of its summary; the list takes
// little more than the names. No anchor holds a newline: slugs, HTML ids
// and URL fragments have no whitespace.
type AnchorList string

// List packs a into an AnchorList, leaving out any name with a newline.
func (a Anchors) List() AnchorList {
	if len(a) == 0 {
		return ""
	}
	names := make([]string, 0, len(a))
	size := 1
	for name := range a {
		if name != "" && !strings.Contains(name, "\n") {
			names = append(names, name)
			size += len(name) + 1
		}
	}
	slices.Sort(names)
	var b strings.Builder
	b.Grow(size)
	for _, name := range names {
		b.WriteByte('\n')
		b.WriteString(name)
	}
	b.WriteByte('\n')
	return AnchorList(b.String())
}

// Has reports whether name is in the set.
func (a Anchors) Has(name string) bool { return a[name] }

// Has reports whether name is in the list.
func (l AnchorList) Has(name string) bool {
	if name == "" || l == "" || strings.Contains(name, "\n") {
		return false
	}
	// l starts and ends with a newline, which name does not hold, so a
	// match has a byte on either side.
	s := string(l)
	for from := 0; ; {
		i := strings.Index(s[from:], name)
		if i < 0 {
			return false
		}
		i += from
		if s[i-1] == '\n' && s[i+len(name)] == '\n' {
			return true
		}
		from = i + 1
	}
}

// Names returns the anchors of the list, sorted.
func (l AnchorList) Names() []string {
	s := strings.Trim(string(l), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
