package frontmatter

import (
	"bytes"
	"strconv"

	"github.com/postlint/postlint/internal/source"
)

// tomlKey is where one key of a TOML document was written: the key and
// the value's first line, as offsets into the document.
type tomlKey struct {
	key, value source.Span
}

// tomlKeys maps the JSON pointer of each key of a valid TOML document to
// where it was written. Keys inside inline tables and array items are not
// listed; their nearest listed ancestor stands in for them.
func tomlKeys(data []byte) map[string]tomlKey {
	keys := make(map[string]tomlKey)
	table := ""
	arrayCounts := make(map[string]int)
	inMultiline := false
	for start := 0; start < len(data); {
		end := lineEnd(data, start)
		line := data[start:end]
		content := bytes.TrimRight(line, "\r\n")
		indent := len(content) - len(bytes.TrimLeft(content, " \t"))
		text := content[indent:]
		wasMultiline := inMultiline
		if n := bytes.Count(line, []byte(`"""`)) + bytes.Count(line, []byte(`'''`)); n%2 == 1 {
			inMultiline = !inMultiline
		}
		switch {
		case wasMultiline || len(text) == 0 || text[0] == '#':
		case text[0] == '[':
			isArray := bytes.HasPrefix(text, []byte("[["))
			inner := bytes.Trim(text, "[] \t")
			if i := bytes.IndexByte(inner, ']'); i >= 0 {
				inner = inner[:i]
			}
			parts, _ := tomlKeyParts(string(inner))
			table = Pointer(parts...)
			if isArray {
				n := arrayCounts[table]
				arrayCounts[table] = n + 1
				table = indexPointer(table, n)
			}
			s := source.Span{Start: start + indent, End: start + len(content)}
			keys[table] = tomlKey{key: s, value: s}
		default:
			parts, n := tomlKeyParts(string(text))
			if len(parts) == 0 || n >= len(text) || text[n] != '=' {
				break // not a key: the next line of a multi-line array, say
			}
			keySpan := source.Span{Start: start + indent, End: start + indent + len(bytes.TrimRight(text[:n], " \t"))}
			valueStart := n + 1
			for valueStart < len(text) && (text[valueStart] == ' ' || text[valueStart] == '\t') {
				valueStart++
			}
			valueSpan := source.Span{Start: start + indent + valueStart, End: start + len(content)}
			pointer := table
			for _, p := range parts {
				pointer = childPointer(pointer, p)
				if _, ok := keys[pointer]; !ok {
					keys[pointer] = tomlKey{key: keySpan, value: valueSpan}
				}
			}
			keys[pointer] = tomlKey{key: keySpan, value: valueSpan}
		}
		start = end
	}
	return keys
}

// tomlKeyParts parses a dotted TOML key at the start of s and returns its
// parts and the offset just past it and the space after it.
func tomlKeyParts(s string) ([]string, int) {
	var parts []string
	i := 0
	for {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) {
			return parts, i
		}
		switch s[i] {
		case '"', '\'':
			end := quotedEnd([]byte(s), i, len(s))
			part := s[i+1 : max(end-1, i+1)]
			if s[i] == '"' {
				if u, err := strconv.Unquote(s[i:end]); err == nil {
					part = u
				}
			}
			parts = append(parts, part)
			i = end
		default:
			j := i
			for j < len(s) && isBareKeyChar(s[j]) {
				j++
			}
			if j == i {
				return parts, i
			}
			parts = append(parts, s[i:j])
			i = j
		}
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) || s[i] != '.' {
			return parts, i
		}
		i++
	}
}

func isBareKeyChar(c byte) bool {
	return c == '_' || c == '-' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func spanAt(base int, s source.Span) source.Span {
	return source.Span{Start: base + s.Start, End: base + s.End}
}
