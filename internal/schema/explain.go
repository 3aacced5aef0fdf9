package schema

import (
	"cmp"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/source"
)

// formatNames describes the formats people meet in front matter.
var formatNames = map[string]struct{ noun, shape string }{
	"date":          {"date", "YYYY-MM-DD"},
	"date-time":     {"date", "RFC 3339 date-time"},
	"time":          {"time", "HH:MM:SS with a time zone"},
	"email":         {"email address", "name@example.com"},
	"uri":           {"URL", "an absolute URL"},
	"uri-reference": {"URL", "a URL or a path"},
	"hostname":      {"host name", "example.com"},
	"ipv4":          {"IPv4 address", "192.0.2.1"},
	"ipv6":          {"IPv6 address", "2001:db8::1"},
	"uuid":          {"UUID", "8-4-4-4-12 hex digits"},
	"duration":      {"duration", "ISO 8601, such as PT5M"},
}

// spacedDateTime matches the "2022-12-10 10:30:00 +0200" form that YAML
// and Jekyll accept but RFC 3339 does not.
var spacedDateTime = regexp.MustCompile(`^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d)(:\d\d(?:\.\d+)?)?(?: ?(Z|[+-]\d\d):?(\d\d)?)?$`)

// explain turns one failure into the findings a person can act on.
func (s *Schema) explain(fm *frontmatter.FrontMatter, f failure) []Failure {
	value, _ := lookup(fm.Value, f.pointer)
	name := frontmatter.DisplayName(f.pointer)
	at := func(msg string, args ...any) []Failure {
		return []Failure{{Span: valueSpan(fm, f.pointer), Message: fmt.Sprintf(msg, args...), Pointer: f.pointer}}
	}
	if custom := s.customMessage(f); custom != "" {
		return at("%s%s %s", name, describeValue(value), custom)
	}
	switch f.keyword {
	case "required":
		return s.explainRequired(fm, f, name)
	case "additionalProperties", "unevaluatedProperties":
		return explainNotAllowed(fm, f)
	case "type":
		if hint := boolHint(value, f.types); hint != "" {
			return at("%s is the text %q; write true or false (%s)", name, value, hint)
		}
		return at("%s is %s; expected %s", name, kindOf(value), orList(withArticles(f.types)))
	case "format":
		return at("%s%s is not a valid %s (%s)%s", name, describeValue(value), formatNoun(f.formats), formatShapes(f.formats), dateHint(value))
	case "minLength", "maxLength":
		limit, n := numbers(f.message)
		str, _ := value.(string)
		if strings.TrimSpace(str) == "" && f.keyword == "minLength" {
			return at("%s is empty; the schema requires at least %s", name, count(limit, "character"))
		}
		if f.keyword == "minLength" {
			return at("%s has %s; the schema requires at least %s", name, count(n, "character"), limit)
		}
		return at("%s has %s; the schema allows at most %s", name, count(n, "character"), limit)
	case "minItems":
		limit, n := numbers(f.message)
		if n == "0" {
			return at("%s is empty; the schema requires at least %s", name, count(limit, "item"))
		}
		return at("%s has %s; the schema requires at least %s", name, count(n, "item"), limit)
	case "maxItems":
		limit, n := numbers(f.message)
		return at("%s has %s; the schema allows at most %s", name, count(n, "item"), limit)
	case "uniqueItems":
		first, second := numbers(f.message)
		i, _ := strconv.Atoi(first)
		j, _ := strconv.Atoi(second)
		item := frontmatter.Pointer(append(frontmatter.Tokens(f.pointer), second)...)
		dup, _ := lookup(fm.Value, item)
		return []Failure{{Span: valueSpan(fm, item), Pointer: item,
			Message: fmt.Sprintf("%s lists%s twice (items %d and %d); remove the repeat", name, describeValue(dup), i+1, j+1)}}
	case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
		limit, _ := numbers(f.message)
		bound := map[string]string{"minimum": "at least", "maximum": "at most",
			"exclusiveMinimum": "more than", "exclusiveMaximum": "less than"}[f.keyword]
		return at("%s is %v; the schema requires %s %s", name, value, bound, limit)
	case "enum":
		return at("%s%s is not one of the allowed values: %s", name, describeValue(value), s.allowed(f))
	case "const":
		return at("%s%s is not the required value %s", name, describeValue(value), strings.TrimPrefix(f.message, "value must be "))
	case "pattern":
		return at("%s%s does not match the pattern %s", name, describeValue(value), strings.TrimPrefix(f.message, "does not match pattern "))
	}
	return at("%s: %s", name, f.message)
}

// explainRequired places each missing key at the object that lacks it:
// the opening delimiter for the front matter itself.
func (s *Schema) explainRequired(fm *frontmatter.FrontMatter, f failure, name string) []Failure {
	span := fm.Open
	prefix := "missing required key"
	if f.pointer != "" {
		span = keySpan(fm, f.pointer)
		prefix = name + " is missing required key"
	}
	if f.location == "" && len(f.required) > 1 { // a group: one of these will do
		quoted := make([]string, len(f.required))
		for i, r := range f.required {
			quoted[i] = strconv.Quote(r)
		}
		return []Failure{{Span: span, Pointer: f.pointer,
			Message: fmt.Sprintf("%s %s (or %s)", prefix, quoted[0], strings.Join(quoted[1:], " or "))}}
	}
	var out []Failure
	for _, key := range f.required {
		out = append(out, Failure{Span: span, Pointer: f.pointer, Message: fmt.Sprintf("%s %q", prefix, key)})
	}
	return out
}

func explainNotAllowed(fm *frontmatter.FrontMatter, f failure) []Failure {
	if f.keyword == "unevaluatedProperties" {
		tokens := frontmatter.Tokens(f.pointer)
		key := tokens[len(tokens)-1]
		return []Failure{{Span: keySpan(fm, f.pointer), Pointer: f.pointer, Message: fmt.Sprintf("key %q is not allowed here", key)}}
	}
	list := strings.TrimSuffix(strings.TrimPrefix(f.message, "additionalProperties "), " not allowed")
	var out []Failure
	for _, key := range quotedNames(list) {
		child := frontmatter.Pointer(append(frontmatter.Tokens(f.pointer), key)...)
		out = append(out, Failure{Span: keySpan(fm, child), Pointer: child, Message: fmt.Sprintf("key %q is not allowed here", key)})
	}
	return out
}

// valueSpan returns the span of the value at pointer, or of its nearest
// ancestor that has one.
func valueSpan(fm *frontmatter.FrontMatter, pointer string) source.Span {
	for {
		if s, ok := fm.ValueSpan(pointer); ok && pointer != "" {
			return s
		}
		if pointer == "" {
			return fm.Open
		}
		pointer = pointer[:strings.LastIndexByte(pointer, '/')]
	}
}

// keySpan returns the span of the key that names pointer, falling back
// to the value's span.
func keySpan(fm *frontmatter.FrontMatter, pointer string) source.Span {
	if s, ok := fm.KeySpan(pointer); ok {
		return s
	}
	return valueSpan(fm, pointer)
}

var numberPattern = regexp.MustCompile(`-?\d+(?:\.\d+)?`)

// numbers returns the first two numbers in a validator message: the limit
// and the actual value for the length and count keywords.
func numbers(msg string) (string, string) {
	m := numberPattern.FindAllString(msg, 2)
	for len(m) < 2 {
		m = append(m, "?")
	}
	return m[0], m[1]
}

func count(n, noun string) string {
	if n == "1" {
		return n + " " + noun
	}
	return n + " " + noun + "s"
}

func formatNoun(formats []string) string {
	if f, ok := formatNames[formats[0]]; ok {
		return f.noun
	}
	return formats[0]
}

func formatShapes(formats []string) string {
	shapes := make([]string, len(formats))
	for i, f := range formats {
		shapes[i] = f
		if n, ok := formatNames[f]; ok {
			shapes[i] = n.shape
		}
	}
	return strings.Join(shapes, " or ")
}

func dateHint(v any) string {
	s, _ := v.(string)
	m := spacedDateTime.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	seconds := m[3]
	if seconds == "" {
		seconds = ":00"
	}
	zone := "Z"
	if m[4] != "" && m[4] != "Z" {
		zone = m[4] + ":" + cmp.Or(m[5], "00")
	}
	fixed := m[1] + "T" + m[2] + seconds + zone
	if fixed == s {
		return ""
	}
	if m[4] == "" {
		return fmt.Sprintf("; write it as %s, with your time zone in place of Z", fixed)
	}
	return fmt.Sprintf("; write it as %s", fixed)
}

func boolHint(v any, types []string) string {
	s, ok := v.(string)
	if !ok || len(types) != 1 || types[0] != "boolean" {
		return ""
	}
	switch strings.ToLower(s) {
	case "yes", "no", "on", "off", "y", "n":
		return fmt.Sprintf("YAML 1.2 reads %s as text, not as a boolean", s)
	}
	return ""
}
