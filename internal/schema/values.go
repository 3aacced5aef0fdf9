package schema

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/frontmatter"
)

// lookup returns the value at pointer within v.
func lookup(v any, pointer string) (any, bool) {
	for _, tok := range frontmatter.Tokens(pointer) {
		switch c := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = c[tok]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			v = c[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// describeValue quotes a string value (shortened if long) with a leading
// space, for messages such as `date "2022-13-45" is not ...`. Other
// values are not shown.
func describeValue(v any) string {
	switch v := v.(type) {
	case string:
		if utf8.RuneCountInString(v) > 60 {
			r := []rune(v)
			v = string(r[:57]) + "..."
		}
		return " " + strconv.Quote(v)
	case bool, float64, int64, json.Number:
		return fmt.Sprintf(" %v", v)
	}
	return ""
}

// kindOf names a value's JSON type with an article: "a string".
func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "empty (null)"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case float64, int64, json.Number:
		return "a number"
	case []any:
		return "a list"
	case map[string]any:
		return "a mapping"
	}
	return fmt.Sprintf("%T", v)
}

var typeArticles = map[string]string{
	"string": "a string", "boolean": "true or false", "number": "a number", "integer": "a whole number",
	"array": "a list", "object": "a mapping", "null": "null",
}

func withArticles(types []string) []string {
	out := make([]string, 0, len(types))
	for _, t := range types {
		if a, ok := typeArticles[t]; ok {
			t = a
		}
		if !contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

func orList(items []string) string {
	switch len(items) {
	case 0:
		return "another type"
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

// schemaAt returns the schema object that holds the keyword at an
// absolute keyword location, and the keyword's value.
func (s *Schema) schemaAt(location string) (map[string]any, any) {
	id, fragment, _ := strings.Cut(location, "#")
	node, ok := s.docs[id]
	if !ok {
		return nil, nil
	}
	tokens := frontmatter.Tokens(unescapePointer(fragment))
	if len(tokens) == 0 {
		return nil, nil
	}
	parent, ok := lookup(node, frontmatter.Pointer(tokens[:len(tokens)-1]...))
	obj, isObj := parent.(map[string]any)
	if !ok || !isObj {
		return nil, nil
	}
	return obj, obj[tokens[len(tokens)-1]]
}

// customMessage returns the schema's own wording for a failed pattern or
// format, from an "x-postlint-message" beside the keyword.
func (s *Schema) customMessage(f failure) string {
	if f.location == "" || (f.keyword != "pattern" && f.keyword != "format") {
		return ""
	}
	obj, _ := s.schemaAt(f.location)
	msg, _ := obj["x-postlint-message"].(string)
	return msg
}

// allowed lists an enum's values for a message.
func (s *Schema) allowed(f failure) string {
	_, values := s.schemaAt(f.location)
	list, _ := values.([]any)
	parts := make([]string, 0, len(list))
	for i, v := range list {
		if i == 10 {
			parts = append(parts, fmt.Sprintf("and %d more", len(list)-10))
			break
		}
		b, _ := json.Marshal(v)
		parts = append(parts, string(b))
	}
	return strings.Join(parts, ", ")
}
