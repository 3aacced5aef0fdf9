package schema

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/source"
)

// Failure is one way the front matter fails the schema: a message a person
// understands, placed at the failing value (or key).
type Failure struct {
	Span    source.Span
	Message string
	// Pointer is the JSON pointer of the failing value.
	Pointer string
}

// failure is one leaf of the validator's error tree, or a group of leaves
// that together make one failure (the branches of an anyOf).
type failure struct {
	keyword  string // the failing keyword: "maxLength", "required", ...
	pointer  string // instance location, RFC 6901-escaped
	message  string // the validator's message
	location string // absolute keyword location
	formats  []string
	types    []string
	required []string // for a group of required branches
}

// Validate checks decoded front matter against the schema and returns one
// failure per problem, in source order. It returns nothing for front
// matter that did not decode.
func (s *Schema) Validate(fm *frontmatter.FrontMatter) (failures []Failure) {
	if fm == nil || !fm.Decoded {
		return nil
	}
	err := s.validate(fm.Value)
	if err == nil {
		return nil
	}
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return []Failure{{Span: fm.Open, Message: "front matter cannot be validated: " + tidy(err)}}
	}
	seen := make(map[Failure]bool)
	for _, f := range collect(ve) {
		for _, out := range s.explain(fm, f) {
			if !seen[out] {
				seen[out] = true
				failures = append(failures, out)
			}
		}
	}
	slices.SortStableFunc(failures, func(a, b Failure) int { return a.Span.Start - b.Span.Start })
	return failures
}

func (s *Schema) validate(v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return s.compiled.Validate(v)
}

// collect flattens the validator's error tree to the failures worth
// reporting. The branches of an anyOf or oneOf become one failure when
// they all fail on format, type or required; otherwise the branches that
// failed only on type are dropped, as the instance was not meant for them.
func collect(ve *jsonschema.ValidationError) []failure {
	kw := keyword(ve.KeywordLocation)
	if (kw == "anyOf" || kw == "oneOf") && len(ve.Causes) > 0 {
		return collectBranches(ve)
	}
	if len(ve.Causes) == 0 {
		return []failure{leaf(ve)}
	}
	var out []failure
	for _, c := range ve.Causes {
		out = append(out, collect(c)...)
	}
	return out
}

func collectBranches(ve *jsonschema.ValidationError) []failure {
	var branches [][]failure
	for _, c := range ve.Causes {
		branches = append(branches, collect(c))
	}
	group := failure{keyword: keyword(ve.KeywordLocation), pointer: unescapePointer(ve.InstanceLocation), message: ve.Message}
	allFormat, allType, allRequired := true, true, true
	for _, b := range branches {
		onlyHere := len(b) == 1 && b[0].pointer == group.pointer
		allFormat = allFormat && onlyHere && b[0].keyword == "format"
		allType = allType && onlyHere && b[0].keyword == "type"
		allRequired = allRequired && onlyHere && b[0].keyword == "required" && len(b[0].required) == 1
		if onlyHere {
			group.formats = append(group.formats, b[0].formats...)
			group.types = append(group.types, b[0].types...)
			group.required = append(group.required, b[0].required...)
		}
	}
	switch {
	case allFormat:
		group.keyword = "format"
		return []failure{group}
	case allType:
		group.keyword = "type"
		return []failure{group}
	case allRequired:
		group.keyword = "required"
		return []failure{group}
	}
	var out []failure
	for _, b := range branches {
		if len(b) == 1 && b[0].keyword == "type" && b[0].pointer == group.pointer {
			continue
		}
		out = append(out, b...)
	}
	return out
}

func leaf(ve *jsonschema.ValidationError) failure {
	f := failure{
		keyword:  keyword(ve.KeywordLocation),
		pointer:  unescapePointer(ve.InstanceLocation),
		message:  ve.Message,
		location: ve.AbsoluteKeywordLocation,
	}
	switch f.keyword {
	case "format":
		if i := strings.LastIndex(f.message, " is not valid "); i >= 0 {
			f.formats = []string{strings.Trim(f.message[i+len(" is not valid "):], "'")}
		}
	case "type":
		if want, _, ok := strings.Cut(strings.TrimPrefix(f.message, "expected "), ", but got"); ok {
			f.types = strings.Split(want, " or ")
		}
	case "required":
		f.required = quotedNames(strings.TrimPrefix(f.message, "missing properties: "))
	}
	return f
}

// keyword returns the last token of a keyword location.
func keyword(location string) string {
	return location[strings.LastIndexByte(location, '/')+1:]
}

// unescapePointer undoes the percent-encoding that the validator adds to
// each token of an instance location, leaving RFC 6901 escapes in place.
func unescapePointer(p string) string {
	if !strings.Contains(p, "%") {
		return p
	}
	tokens := strings.Split(p, "/")
	for i, t := range tokens {
		if u, err := url.PathUnescape(t); err == nil {
			tokens[i] = u
		}
	}
	return strings.Join(tokens, "/")
}

// quotedNames parses the validator's list of names: 'a', 'b'.
func quotedNames(list string) []string {
	var names []string
	for _, n := range strings.Split(list, ", ") {
		names = append(names, strings.Trim(n, "'"))
	}
	return names
}
