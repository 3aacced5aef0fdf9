package frontmatter

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/postlint/postlint/internal/source"
)

var yamlErrorLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func (d *decoder) yaml(data []byte) (v any, ok bool) {
	var doc yaml.Node
	if err := unmarshalYAML(data, &doc); err != nil {
		d.yamlError(err)
		return nil, false
	}
	if doc.Kind == 0 || len(doc.Content) == 0 { // an empty block
		d.set("", d.fm.Content)
		return map[string]any{}, true
	}
	v, ok = d.yamlNode(doc.Content[0], "", 0)
	return v, ok
}

// unmarshalYAML decodes data into a node, turning a panic of the decoder
// into an error.
func unmarshalYAML(data []byte, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: %v", r)
		}
	}()
	return yaml.Unmarshal(data, n)
}

func (d *decoder) yamlError(err error) {
	msg, line := err.Error(), 1
	if m := yamlErrorLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
		// The decoder prints the 0-based line of a parser error's mark
		// but adds one for scanner errors; parser errors are the ones
		// that say what they "did not find" or found undefined.
		if strings.HasPrefix(msg, "did not find expected") || strings.HasPrefix(msg, "found undefined") || strings.HasPrefix(msg, "found duplicate") {
			line++
		}
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	if strings.Contains(msg, "mapping values are not allowed") {
		msg += " (quote a value that contains \": \")"
	}
	span := d.lineSpan(line)
	if strings.Contains(msg, "found character that cannot start any token") {
		if start := d.lines.LineStart(d.base + line - 1); start < len(d.src) && d.src[start] == '\t' {
			msg += " (indent with spaces; YAML does not allow tabs)"
		} else {
			msg += " (quote a value that starts with @ or `)"
		}
	}
	d.fm.addProblem(span, "front matter is not valid YAML: %s", msg)
}

// yamlNode converts n to the JSON data model and records its span under
// pointer. depth counts alias expansions on the current path.
func (d *decoder) yamlNode(n *yaml.Node, pointer string, depth int) (any, bool) {
	d.values++
	if d.values > maxValues {
		d.fm.addProblem(d.nodeSpan(n), "front matter expands to more than %d values (YAML aliases); simplify it", maxValues)
		return nil, false
	}
	if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode {
		d.nesting++
		defer func() { d.nesting-- }()
		if d.nesting > maxNesting {
			d.fm.addProblem(d.nodeSpan(n), "front matter nests more than %d levels deep; flatten it", maxNesting)
			return nil, false
		}
	}
	d.set(pointer, d.nodeSpan(n))
	switch n.Kind {
	case yaml.MappingNode:
		return d.yamlMapping(n, pointer, depth)
	case yaml.SequenceNode:
		list := make([]any, 0, len(n.Content))
		for i, item := range n.Content {
			v, ok := d.yamlNode(item, indexPointer(pointer, i), depth)
			if !ok {
				return nil, false
			}
			list = append(list, v)
		}
		return list, true
	case yaml.AliasNode:
		if depth > 100 || n.Alias == nil {
			d.fm.addProblem(d.nodeSpan(n), "front matter alias *%s nests too deeply", n.Value)
			return nil, false
		}
		v, ok := d.yamlNode(n.Alias, pointer, depth+1)
		d.set(pointer, d.nodeSpan(n)) // point at the alias, not the anchor
		return v, ok
	case yaml.ScalarNode:
		return yamlScalar(n), true
	}
	return nil, true
}

func (d *decoder) yamlMapping(n *yaml.Node, pointer string, depth int) (any, bool) {
	obj := make(map[string]any, len(n.Content)/2)
	seen := make(map[string]*yaml.Node, len(n.Content)/2)
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
			merges = append(merges, val)
			continue
		}
		if k.Kind != yaml.ScalarNode {
			d.fm.addProblem(d.nodeSpan(k), "front matter key must be a plain value, not a list or mapping")
			return nil, false
		}
		if first, dup := seen[k.Value]; dup {
			d.fm.addProblem(d.nodeSpan(k), "key %q appears twice; it was first set on line %d",
				k.Value, d.base+first.Line-1)
		}
		seen[k.Value] = k
		child := childPointer(pointer, k.Value)
		d.setKey(child, d.nodeSpan(k))
		v, ok := d.yamlNode(val, child, depth)
		if !ok {
			return nil, false
		}
		obj[k.Value] = v
	}
	// Merge keys ("<<: *defaults") add the keys the mapping does not set.
	for _, m := range merges {
		sources := []*yaml.Node{m}
		if m.Kind == yaml.SequenceNode {
			sources = m.Content
		}
		for _, s := range sources {
			v, ok := d.yamlNode(s, pointer+"/<<", depth)
			if !ok {
				return nil, false
			}
			merged, isMap := v.(map[string]any)
			if !isMap {
				d.fm.addProblem(d.nodeSpan(s), "a YAML merge key (<<) needs a mapping")
				return nil, false
			}
			for key, val := range merged {
				if _, set := obj[key]; !set {
					obj[key] = val
					d.set(childPointer(pointer, key), d.nodeSpan(s))
					d.setKey(childPointer(pointer, key), d.nodeSpan(s))
				}
			}
		}
	}
	d.set(pointer, d.nodeSpan(n))
	return obj, true
}

// yamlScalar converts a scalar by its resolved tag. Strings, timestamps
// and unknown tags keep the text the author wrote.
func yamlScalar(n *yaml.Node) any {
	switch n.ShortTag() {
	case "!!null":
		return nil
	case "!!bool":
		var b bool
		if n.Decode(&b) == nil {
			return b
		}
	case "!!int":
		var i int64
		if n.Decode(&i) == nil {
			return i
		}
		var f float64
		if n.Decode(&f) == nil {
			return f
		}
	case "!!float":
		var f float64
		if n.Decode(&f) == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			return f
		}
	}
	return n.Value
}

// nodeSpan returns the span of the text that wrote n: the whole of a
// quoted, plain or flow value, the indicator line of a block scalar, and
// the first line of a block collection.
func (d *decoder) nodeSpan(n *yaml.Node) source.Span {
	start := d.offset(n.Line, n.Column)
	lineEnd := d.lines.LineEnd(d.lines.Position(start).Line)
	limit := d.fm.Content.End
	end := lineEnd
	switch {
	case n.Kind == yaml.AliasNode:
		end = start + 1 + len(n.Value)
	case n.Kind == yaml.ScalarNode && n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
		end = quotedEnd(d.src, start, limit)
	case n.Kind == yaml.ScalarNode && n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0:
		if e := start + len(n.Value); e <= lineEnd && string(d.src[start:e]) == n.Value {
			end = start + len(n.Value)
		}
	case n.Style&yaml.FlowStyle != 0:
		end = flowEnd(d.src, start, limit)
	}
	end = min(max(end, start), limit)
	return trimSpan(d.src, source.Span{Start: start, End: end})
}

// quotedEnd returns the offset just past the quoted scalar starting at
// start, or limit if it is not closed before it.
func quotedEnd(src []byte, start, limit int) int {
	q := src[start]
	for i := start + 1; i < limit; i++ {
		switch {
		case q == '"' && src[i] == '\\':
			i++
		case src[i] == q && q == '\'' && i+1 < limit && src[i+1] == '\'':
			i++
		case src[i] == q:
			return i + 1
		}
	}
	return limit
}

// flowEnd returns the offset just past the flow collection starting at
// start, skipping quoted text, or limit.
func flowEnd(src []byte, start, limit int) int {
	depth := 0
	for i := start; i < limit; i++ {
		switch src[i] {
		case '"', '\'':
			i = quotedEnd(src, i, limit) - 1
		case '[', '{':
			depth++
		case ']', '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return limit
}

// trimSpan drops trailing spaces, tabs and a trailing comment from a span
// that ends at a line end.
func trimSpan(src []byte, s source.Span) source.Span {
	for s.End > s.Start && (src[s.End-1] == ' ' || src[s.End-1] == '\t' || src[s.End-1] == '\r' || src[s.End-1] == '\n') {
		s.End--
	}
	return s
}
