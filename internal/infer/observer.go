// Package infer drafts a JSON Schema (draft 2020-12) for front matter from
// the posts a site already has, and lists the posts that do not fit the
// pattern: keys only a few posts use, keys a few posts lack, values of a
// rare type or in an odd format.
//
// The schema is deliberately permissive where the corpus is: every post
// that was observed validates against it. Whatever a stricter schema would
// reject is reported as an Outlier instead, for a person to decide.
package infer

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
)

// Observer accumulates the front matter of posts, one Observe call per
// post, and then drafts a schema (Schema) and lists outliers (Outliers).
// Its zero value is ready to use. It is not safe for concurrent use.
type Observer struct {
	posts int
	root  *node
}

// loc is where a value was seen: a post and a JSON pointer into its front
// matter.
type loc struct{ path, pointer string }

// sval is one observed string value.
type sval struct {
	at loc
	s  string
}

// arr is one observed array: its length and whether it repeats an item.
type arr struct {
	at  loc
	len int
	dup bool
}

// node gathers every value seen at one place of the front matter: the
// root, a property of an object, or the items of an array.
type node struct {
	posts    int // distinct posts with a value here
	lastPost int // the number of the post that last added a value
	values   int
	types    map[string][]loc // JSON type -> where values of it were seen
	strs     []sval
	objects  []loc
	props    map[string]*node
	arrays   []arr
	items    *node
}

func newNode() *node {
	return &node{types: make(map[string][]loc), props: make(map[string]*node)}
}

// Observe adds one post's decoded front matter (frontmatter.FrontMatter's
// Value, in the JSON data model) to what the observer has seen. path names
// the post in outliers.
func (o *Observer) Observe(path string, value any) {
	if o.root == nil {
		o.root = newNode()
	}
	o.posts++
	o.root.add(loc{path: path}, value, o.posts)
}

// Posts returns the number of posts observed.
func (o *Observer) Posts() int { return o.posts }

// add records v, seen at at, in the post numbered post.
func (n *node) add(at loc, v any, post int) {
	if n.lastPost != post {
		n.posts++
		n.lastPost = post
	}
	n.values++
	t := jsonType(v)
	n.types[t] = append(n.types[t], at)
	switch v := v.(type) {
	case string:
		n.strs = append(n.strs, sval{at: at, s: v})
	case map[string]any:
		n.objects = append(n.objects, at)
		for k, pv := range v {
			child := n.props[k]
			if child == nil {
				child = newNode()
				n.props[k] = child
			}
			child.add(loc{path: at.path, pointer: at.pointer + "/" + escape(k)}, pv, post)
		}
	case []any:
		a := arr{at: at, len: len(v)}
		seen := make(map[string]bool, len(v))
		for i, item := range v {
			if key, ok := scalarKey(item); ok {
				a.dup = a.dup || seen[key]
				seen[key] = true
			}
			if n.items == nil {
				n.items = newNode()
			}
			n.items.add(loc{path: at.path, pointer: at.pointer + "/" + strconv.Itoa(i)}, item, post)
		}
		n.arrays = append(n.arrays, a)
	}
}

// jsonType names v's JSON Schema type. A number with no fractional part is
// an "integer", as JSON Schema counts it.
func jsonType(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case int, int64:
		return "integer"
	case float64:
		if v == math.Trunc(v) && !math.IsInf(v, 0) {
			return "integer"
		}
		return "number"
	case json.Number:
		if f, err := v.Float64(); err == nil && f == math.Trunc(f) && !math.IsInf(f, 0) {
			return "integer"
		}
		return "number"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	}
	return "unknown"
}

// scalarKey returns a key that is equal for equal scalars, for spotting a
// repeated array item; objects and arrays have none.
func scalarKey(v any) (string, bool) {
	switch t := jsonType(v); t {
	case "object", "array", "unknown":
		return "", false
	case "integer", "number":
		var f float64
		switch v := v.(type) {
		case int:
			f = float64(v)
		case int64:
			f = float64(v)
		case float64:
			f = v
		case json.Number:
			f, _ = v.Float64()
		}
		return "n:" + strconv.FormatFloat(f, 'g', -1, 64), true
	default:
		b, _ := json.Marshal(v)
		return t + ":" + string(b), true
	}
}

// escape escapes a key for a JSON pointer (RFC 6901).
func escape(key string) string {
	return strings.ReplaceAll(strings.ReplaceAll(key, "~", "~0"), "/", "~1")
}

// mergedTypes returns n's types with "integer" folded into "number" when
// both occur, each with where it was seen, most frequent first.
func (n *node) mergedTypes() []typeCount {
	out := make([]typeCount, 0, len(n.types))
	for t, locs := range n.types {
		if t == "integer" && n.types["number"] != nil {
			continue
		}
		if t == "number" {
			locs = append(append([]loc(nil), locs...), n.types["integer"]...)
		}
		out = append(out, typeCount{name: t, locs: locs})
	}
	sortTypes(out)
	return out
}

type typeCount struct {
	name string
	locs []loc
}
