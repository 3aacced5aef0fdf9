package lint

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// summarize returns what the site rules need of p, with every span
// already resolved, so that p can be dropped.
func summarize(p *post.Post, file string) *rule.Summary {
	s := &rule.Summary{Path: p.Path, File: file, Anchors: p.Anchors().List()}
	if fm := p.FrontMatter; fm != nil && fm.Decoded {
		value := func(pointer string, v any) rule.Value {
			span, ok := fm.ValueSpan(pointer)
			for !ok && strings.Count(pointer, "/") > 1 {
				// No place of its own (an item of a TOML array): the
				// nearest value that has one.
				pointer = pointer[:strings.LastIndexByte(pointer, '/')]
				span, ok = fm.ValueSpan(pointer)
			}
			return rule.NewValue(scalarText(v), span, p.Lines.Range(span))
		}
		m, _ := fm.Value.(map[string]any)
		for _, key := range []string{"title", "slug", "date"} {
			if v, ok := m[key]; ok {
				val := value("/"+key, v)
				switch key {
				case "title":
					s.Title = val
				case "slug":
					s.Slug = val
				case "date":
					s.Date = val
				}
			}
		}
		tags, _ := m["tags"].([]any)
		for i, t := range tags {
			if text, ok := t.(string); ok && strings.TrimSpace(text) != "" {
				s.Tags = append(s.Tags, value(fmt.Sprintf("/tags/%d", i), text))
			}
		}
		s.Draft, _ = m["draft"].(bool)
	}
	_ = ast.Walk(p.Body, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var dest []byte
		image := false
		switch n := n.(type) {
		case *ast.Link:
			dest = n.Destination
		case *ast.Image:
			dest, image = n.Destination, true
		default:
			return ast.WalkContinue, nil
		}
		if !isLocal(string(dest)) {
			return ast.WalkContinue, nil
		}
		start, end := markdown.Span(n, p.BodySource)
		span := source.Span{Start: p.BodyOffset, End: p.BodyOffset}
		if start >= 0 {
			start, end = destinationSpan(p.BodySource, start, end, dest)
			span = p.BodySpan(source.Span{Start: start, End: end})
		}
		s.Links = append(s.Links, rule.Link{Value: rule.NewValue(string(dest), span, p.Lines.Range(span)), Image: image})
		return ast.WalkContinue, nil
	})
	return s
}

// destinationSpan narrows the span [start, end) of a link or image in
// body to its destination dest when the link writes it inline, as
// "](dest" or "](<dest>"; otherwise, as for a reference link, the whole
// link stays the span.
func destinationSpan(body []byte, start, end int, dest []byte) (int, int) {
	src := body[start:end]
	for _, open := range []string{"](", "](<"} {
		if i := bytes.LastIndex(src, append([]byte(open), dest...)); i >= 0 {
			i += start + len(open)
			return i, i + len(dest)
		}
	}
	return start, end
}

// scalarText returns a front matter scalar as text: strings as they are,
// numbers and booleans as written, anything else as "".
func scalarText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case nil, map[string]any, []any:
		return ""
	}
	return fmt.Sprint(v)
}

// isLocal reports whether a link destination names a file of the site:
// not empty, not only a fragment, with no scheme and not
// protocol-relative.
func isLocal(dest string) bool {
	if dest == "" || dest[0] == '#' || strings.HasPrefix(dest, "//") {
		return false
	}
	if i := strings.IndexAny(dest, ":/?#"); i > 0 && dest[i] == ':' {
		return false // a scheme: http:, mailto:, tel:, data:
	}
	return true
}
