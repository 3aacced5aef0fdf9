package schema

import (
	"slices"
	"strconv"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/postlint/postlint/internal/frontmatter"
)

// Keys is what a schema says about the keys of one object in the front
// matter.
type Keys struct {
	// Names are the keys the schema declares there (in properties or
	// required), sorted.
	Names []string
	// Open is true when the schema cannot call a key unknown there: it
	// declares no key, or it says that other keys are expected, with
	// patternProperties, propertyNames, or additionalProperties or
	// unevaluatedProperties written as true or as a schema. (Leaving
	// additionalProperties out allows other keys too, but says nothing
	// about them: that is where a key can be unknown.)
	Open bool
	// Closed is true when the schema itself rejects the keys it does not
	// declare (additionalProperties or unevaluatedProperties false), so
	// that validation already reports them.
	Closed bool
}

// Declares reports whether name is one of k.Names.
func (k Keys) Declares(name string) bool {
	_, found := slices.BinarySearch(k.Names, name)
	return found
}

// Properties returns the keys the schema declares for the object at the
// instance location pointer (RFC 6901; "" is the front matter itself,
// "/authors/0" the first item of authors). It follows $ref, $dynamicRef,
// allOf, anyOf, oneOf, if/then/else and dependentSchemas, and merges what
// every branch declares: a key is declared if any branch that can apply
// to an object names it. The answer for each pointer is computed once
// per schema.
func (s *Schema) Properties(pointer string) Keys {
	if k, ok := s.keys.Load(pointer); ok {
		return k.(Keys)
	}
	k := keysAt(s.compiled, frontmatter.Tokens(pointer))
	s.keys.Store(pointer, k)
	return k
}

// keysAt walks from root down the instance path tokens and describes the
// keys of the object found there.
func keysAt(root *jsonschema.Schema, tokens []string) Keys {
	level := applicable([]*jsonschema.Schema{root})
	for _, tok := range tokens {
		var next []*jsonschema.Schema
		for _, sch := range level {
			next = append(next, children(sch, tok)...)
		}
		level = applicable(next)
	}
	var k Keys
	for _, sch := range level {
		if len(sch.Types) > 0 && !slices.Contains(sch.Types, "object") {
			continue // a string branch of "string or object" says nothing about keys
		}
		for name := range sch.Properties {
			k.Names = append(k.Names, name)
		}
		k.Names = append(k.Names, sch.Required...)
		if len(sch.PatternProperties) > 0 || sch.PropertyNames != nil {
			k.Open = true
		}
		switch ap := sch.AdditionalProperties.(type) {
		case bool:
			if ap {
				k.Open = true // said explicitly: other keys are expected
			} else {
				k.Closed = true
			}
		case *jsonschema.Schema:
			k.Open = true
		}
		if up := sch.UnevaluatedProperties; up != nil {
			if up.Always != nil && !*up.Always {
				k.Closed = true
			} else {
				k.Open = true
			}
		}
	}
	slices.Sort(k.Names)
	k.Names = slices.Compact(k.Names)
	if len(k.Names) == 0 {
		k.Open = true
	}
	return k
}

// applicable returns the schemas in roots and every schema that applies
// to the same instance through references and combinators, each once.
func applicable(roots []*jsonschema.Schema) []*jsonschema.Schema {
	var out []*jsonschema.Schema
	seen := make(map[*jsonschema.Schema]bool)
	var visit func(*jsonschema.Schema)
	visit = func(sch *jsonschema.Schema) {
		if sch == nil || seen[sch] {
			return
		}
		seen[sch] = true
		out = append(out, sch)
		visit(sch.Ref)
		visit(sch.RecursiveRef)
		visit(sch.DynamicRef)
		for _, list := range [][]*jsonschema.Schema{sch.AllOf, sch.AnyOf, sch.OneOf} {
			for _, sub := range list {
				visit(sub)
			}
		}
		visit(sch.If)
		visit(sch.Then)
		visit(sch.Else)
		for _, sub := range sch.DependentSchemas {
			visit(sub)
		}
	}
	for _, r := range roots {
		visit(r)
	}
	return out
}

// children returns the schemas sch gives the member tok of an object, or
// the item tok of an array.
func children(sch *jsonschema.Schema, tok string) []*jsonschema.Schema {
	var out []*jsonschema.Schema
	matched := false
	if c, ok := sch.Properties[tok]; ok {
		out, matched = append(out, c), true
	}
	for re, c := range sch.PatternProperties {
		if re.MatchString(tok) {
			out, matched = append(out, c), true
		}
	}
	if !matched {
		if c, ok := sch.AdditionalProperties.(*jsonschema.Schema); ok {
			out = append(out, c)
		}
		if sch.UnevaluatedProperties != nil {
			out = append(out, sch.UnevaluatedProperties)
		}
	}
	i, err := strconv.Atoi(tok)
	if err != nil || i < 0 {
		return out
	}
	if i < len(sch.PrefixItems) {
		out = append(out, sch.PrefixItems[i])
	} else if sch.Items2020 != nil {
		out = append(out, sch.Items2020)
	}
	switch items := sch.Items.(type) {
	case *jsonschema.Schema:
		out = append(out, items)
	case []*jsonschema.Schema:
		if i < len(items) {
			out = append(out, items[i])
		} else if c, ok := sch.AdditionalItems.(*jsonschema.Schema); ok {
			out = append(out, c)
		}
	}
	if sch.UnevaluatedItems != nil {
		out = append(out, sch.UnevaluatedItems)
	}
	return out
}
