package infer

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Thresholds of the inference. They are conservative: a keyword that
// would reject a legitimate future post is a false positive of the lint.
const (
	enumMinValues   = 10 // an enum needs at least this many string values
	enumMaxDistinct = 10 // and at most this many distinct values,
	enumMinUses     = 2  // each used at least this often
	maxLengthMin    = 5  // maxLength needs at least this many string values
)

// Schema returns the draft 2020-12 schema inferred from the observed
// posts, as indented JSON ending in a newline. Properties are ordered by
// how many posts have them, then by name; each says how often it was seen.
// Every observed post validates against it. The output is deterministic.
func (o *Observer) Schema() []byte {
	root := o.root
	if root == nil {
		root = newNode()
	}
	s := object{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"title", "Post front matter"},
		{"description", fmt.Sprintf("Inferred by postlint schema infer from %d %s.", o.posts, plural(o.posts, "post", "posts"))},
	}
	s = append(s, o.keywords(root, false)...)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		panic(err) // only strings, numbers and ordered objects: cannot fail
	}
	return b.Bytes()
}

// keywords returns the schema keywords describing the values at n.
// inArray says n describes array items, which get no enum.
func (o *Observer) keywords(n *node, inArray bool) object {
	var s object
	types := n.mergedTypes()
	switch len(types) {
	case 0:
	case 1:
		s = append(s, member{"type", types[0].name})
	default:
		names := make([]string, len(types))
		for i, t := range types {
			names[i] = t.name
		}
		s = append(s, member{"type", names})
	}
	if len(n.strs) > 0 {
		s = append(s, o.stringKeywords(n, inArray, len(types) == 1)...)
	}
	if len(n.arrays) > 0 {
		s = append(s, o.arrayKeywords(n)...)
	}
	if len(n.objects) > 0 {
		s = append(s, o.objectKeywords(n)...)
	}
	return s
}

// stringKeywords: a format all strings have, an enum for a few repeated
// values, and length bounds.
func (o *Observer) stringKeywords(n *node, inArray, onlyStrings bool) object {
	var s object
	formats := stringFormats(n.strs)
	switch len(formats) {
	case 0:
	case 1:
		s = append(s, member{"format", formats[0]})
	default:
		alts := make([]any, len(formats))
		for i, f := range formats {
			alts[i] = object{{"format", f}}
		}
		s = append(s, member{"anyOf", alts})
	}
	if len(formats) == 0 && !inArray && onlyStrings {
		if enum := enumOf(n.strs); enum != nil {
			return append(s, member{"enum", enum})
		}
	}
	minLen, maxLen := -1, 0
	for _, v := range n.strs {
		l := utf8.RuneCountInString(v.s)
		if minLen < 0 || l < minLen {
			minLen = l
		}
		maxLen = max(maxLen, l)
	}
	if minLen > 0 && len(formats) == 0 {
		s = append(s, member{"minLength", 1})
	}
	if len(formats) == 0 && len(n.strs) >= maxLengthMin {
		s = append(s, member{"maxLength", generousMax(maxLen)})
	}
	return s
}

// generousMax is the maxLength for strings of at most l characters: the
// next multiple of 50 at or above 1.5 times l, at least 50.
func generousMax(l int) int {
	return max(50, (l*3/2+49)/50*50)
}

// checkFormat tells whether s is valid in format f, with the semantics
// the linter asserts formats with, plus, for "uri", an http(s) scheme.
func checkFormat(f, s string) bool {
	if f == "uri" && !strings.HasPrefix(s, "https://") && !strings.HasPrefix(s, "http://") {
		return false
	}
	return jsonschema.Formats[f](s)
}

// stringFormats returns the formats that together cover every string:
// "date-time", "date" or both, or "uri"; nil when the strings have none.
func stringFormats(strs []sval) []string {
	var dateTimes, dates, uris int
	for _, v := range strs {
		switch {
		case checkFormat("date-time", v.s):
			dateTimes++
		case checkFormat("date", v.s):
			dates++
		case checkFormat("uri", v.s):
			uris++
		}
	}
	switch {
	case dateTimes+dates == len(strs) && dateTimes > 0 && dates > 0:
		return []string{"date-time", "date"}
	case dateTimes == len(strs):
		return []string{"date-time"}
	case dates == len(strs):
		return []string{"date"}
	case uris == len(strs):
		return []string{"uri"}
	}
	return nil
}

// enumOf returns the distinct values of strs, most used first, when they
// are few and each is used repeatedly; nil otherwise.
func enumOf(strs []sval) []string {
	if len(strs) < enumMinValues {
		return nil
	}
	uses := make(map[string]int)
	for _, v := range strs {
		uses[v.s]++
		if len(uses) > enumMaxDistinct {
			return nil
		}
	}
	values := make([]string, 0, len(uses))
	for v, n := range uses {
		if n < enumMinUses {
			return nil
		}
		values = append(values, v)
	}
	slices.SortFunc(values, func(a, b string) int {
		return cmp.Or(cmp.Compare(uses[b], uses[a]), strings.Compare(a, b))
	})
	return values
}

// arrayKeywords: the items' schema, minItems 1 when no array was empty,
// uniqueItems when scalar items never repeated within an array.
func (o *Observer) arrayKeywords(n *node) object {
	var s object
	if n.items != nil {
		s = append(s, member{"items", o.keywords(n.items, true)})
	}
	empty, dup, multi := false, false, false
	for _, a := range n.arrays {
		empty = empty || a.len == 0
		dup = dup || a.dup
		multi = multi || a.len > 1
	}
	if !empty {
		s = append(s, member{"minItems", 1})
	}
	if !dup && multi && n.items != nil && n.items.types["object"] == nil && n.items.types["array"] == nil {
		s = append(s, member{"uniqueItems", true})
	}
	return s
}

// objectKeywords: the properties, most common first, and as required
// the keys that every object here has.
func (o *Observer) objectKeywords(n *node) object {
	keys := n.sortedKeys()
	if len(keys) == 0 {
		return nil
	}
	props := make(object, 0, len(keys))
	var required []string
	for _, k := range keys {
		child := n.props[k]
		p := object{{"description", fmt.Sprintf("Seen in %d of %d %s.", child.posts, o.posts, plural(o.posts, "post", "posts"))}}
		props = append(props, member{k, append(p, o.keywords(child, false)...)})
		if child.values == len(n.objects) {
			required = append(required, k)
		}
	}
	s := object{{"properties", props}}
	if len(required) > 0 {
		s = append(s, member{"required", required})
	}
	return s
}

// sortedKeys returns n's property names, most often seen first, then by
// name.
func (n *node) sortedKeys() []string {
	keys := make([]string, 0, len(n.props))
	for k := range n.props {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(n.props[b].values, n.props[a].values), strings.Compare(a, b))
	})
	return keys
}

func sortTypes(ts []typeCount) {
	slices.SortFunc(ts, func(a, b typeCount) int {
		return cmp.Or(cmp.Compare(len(b.locs), len(a.locs)), strings.Compare(a.name, b.name))
	})
}
