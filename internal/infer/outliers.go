package infer

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Outlier thresholds: a place needs outlierMinValues values before
// anything at it is called rare, and rare means in fewer than 1 in
// rareRatio of them (or just one). A key is rare only in at most
// rareKeyMax objects too: a key that dozens of posts use is a pattern of
// its own, not an outlier.
const (
	outlierMinValues = 10
	rareRatio        = 20
	rareKeyMax       = 10
)

// Outlier is a post whose front matter does not fit the pattern of the
// others: a key few posts have, a key it lacks that nearly all have, a
// value of a rare type, or a string not in the format of its peers. The
// inferred schema accepts it all the same.
type Outlier struct {
	Path string
	// Pointer is the JSON pointer of the value, or of the object that
	// lacks a key; "" for the whole front matter.
	Pointer string
	What    string
}

// String formats the outlier as "path: pointer: what", leaving out an
// empty pointer.
func (x Outlier) String() string {
	if x.Pointer == "" {
		return x.Path + ": " + x.What
	}
	return x.Path + ": " + x.Pointer + ": " + x.What
}

// Outliers lists the outliers among the observed posts, sorted by path,
// pointer and message.
func (o *Observer) Outliers() []Outlier {
	var out []Outlier
	if o.root != nil {
		o.outliers(o.root, &out)
	}
	slices.SortFunc(out, func(a, b Outlier) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(a.Pointer, b.Pointer), strings.Compare(a.What, b.What))
	})
	return slices.Compact(out)
}

func (o *Observer) outliers(n *node, out *[]Outlier) {
	add := func(at loc, format string, args ...any) {
		*out = append(*out, Outlier{Path: at.path, Pointer: at.pointer, What: fmt.Sprintf(format, args...)})
	}
	if types := n.mergedTypes(); len(types) > 1 && n.values >= outlierMinValues {
		for _, t := range types[1:] {
			if rare(len(t.locs), n.values) {
				for _, at := range t.locs {
					add(at, "%s, unlike %d of %d values here (%s)", typeArticles[t.name], len(types[0].locs), n.values, types[0].name)
				}
			}
		}
	}
	formatOutliers(n.strs, add)
	objects := len(n.objects)
	for _, k := range n.sortedKeys() {
		child := n.props[k]
		switch c := child.values; {
		case objects < outlierMinValues || c == objects:
		case rare(c, objects) && c <= rareKeyMax:
			for _, at := range child.typeLocs() {
				add(at, "rare key %q: in %d of %d posts", k, child.posts, o.posts)
			}
		case c*rareRatio >= objects*(rareRatio-1) && objects-c <= rareKeyMax:
			have := make(map[loc]bool, c)
			for _, at := range child.typeLocs() {
				have[at] = true
			}
			for _, at := range n.objects {
				if !have[loc{path: at.path, pointer: at.pointer + "/" + escape(k)}] {
					add(at, "missing key %q: in %d of %d posts", k, child.posts, o.posts)
				}
			}
		}
		o.outliers(child, out)
	}
	if n.items != nil {
		o.outliers(n.items, out)
	}
}

// rare tells whether count of total is rare: one, or under 1/rareRatio.
func rare(count, total int) bool {
	return count == 1 || count*rareRatio < total
}

// formatOutliers reports the strings that lack the date or URI format
// that nearly all the others have, which cost the schema its format.
func formatOutliers(strs []sval, add func(loc, string, ...any)) {
	if len(strs) < outlierMinValues {
		return
	}
	kinds := []struct {
		name    string
		formats []string
	}{{"a date or date-time", []string{"date-time", "date"}}, {"an http(s) URL", []string{"uri"}}}
	for _, k := range kinds {
		var odd []sval
		for _, v := range strs {
			if !slices.ContainsFunc(k.formats, func(f string) bool { return checkFormat(f, v.s) }) {
				odd = append(odd, v)
			}
		}
		if len(odd) > 0 && rare(len(odd), len(strs)) && len(odd) < len(strs) {
			for _, v := range odd {
				add(v.at, "%s is not %s, unlike %d of %d values here", quote(v.s), k.name, len(strs)-len(odd), len(strs))
			}
			return
		}
	}
}

// typeLocs returns every place a value was seen at n.
func (n *node) typeLocs() []loc {
	var all []loc
	for _, t := range n.mergedTypes() {
		all = append(all, t.locs...)
	}
	return all
}

var typeArticles = map[string]string{
	"string": "a string", "boolean": "a boolean", "number": "a number", "integer": "an integer",
	"array": "a list", "object": "a mapping", "null": "null", "unknown": "an unknown value",
}

// quote quotes s for a message, shortened when long.
func quote(s string) string {
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "..."
	}
	return fmt.Sprintf("%q", s)
}
