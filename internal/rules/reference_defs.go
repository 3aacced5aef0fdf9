package rules

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// referenceDefs holds the labels a post defines, normalized as
// CommonMark matches them. Templated holds the labels written with
// template tags ("[#{{ issue }}]: ..."), split at the tags: each tag may
// stand for any text.
type referenceDefs struct {
	labels    map[string]bool
	templated [][]string
}

func (d *referenceDefs) add(label []byte) {
	if !bytes.Contains(label, []byte("{{")) && !bytes.Contains(label, []byte("{%")) {
		d.labels[util.ToLinkReference(label)] = true
		return
	}
	blanked := bytes.Clone(label)
	blankTemplateTags(blanked)
	var parts []string
	for _, p := range bytes.Split(blanked, []byte{0}) {
		if len(p) > 0 || len(parts) == 0 {
			parts = append(parts, strings.ToLower(string(p)))
		}
	}
	if blanked[len(blanked)-1] == 0 {
		parts = append(parts, "")
	}
	d.templated = append(d.templated, parts)
}

// addUnparsed adds the labels of lines of a paragraph that look like
// definitions but that Markdown did not read as one, such as
// "[label]: {{ site.url }}/page" in Jekyll, where Liquid runs first.
func (d *referenceDefs) addUnparsed(n ast.Node, body []byte) {
	lines := n.Lines()
	for k := 0; k < lines.Len(); k++ {
		seg := lines.At(k)
		line := bytes.TrimLeft(seg.Value(body), " ")
		if len(line) < 4 || line[0] != '[' {
			continue
		}
		if end := labelEnd(line, 1); end > 1 && end+1 < len(line) && line[end+1] == ':' {
			d.add(line[1:end])
		}
	}
}

// has reports whether key, a normalized label, is defined.
func (d *referenceDefs) has(key string) bool {
	if d.labels[key] {
		return true
	}
	for _, parts := range d.templated {
		if matchParts(key, parts) {
			return true
		}
	}
	return false
}

// matchParts reports whether s is parts joined by any text.
func matchParts(s string, parts []string) bool {
	if !strings.HasPrefix(s, parts[0]) {
		return false
	}
	s = s[len(parts[0]):]
	for k, p := range parts[1:] {
		if k == len(parts)-2 {
			return strings.HasSuffix(s, p)
		}
		i := strings.Index(s, p)
		if i < 0 {
			return false
		}
		s = s[i+len(p):]
	}
	return true
}
