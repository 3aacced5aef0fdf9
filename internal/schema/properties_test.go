package schema

import (
	"strings"
	"testing"
)

func TestPropertiesOfTheDefault(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	root := s.Properties("")
	if root.Open || root.Closed {
		t.Errorf("root: open %v, closed %v; want neither", root.Open, root.Closed)
	}
	for _, name := range []string{"title", "date", "tags", "excerpt", "cover", "permalink"} {
		if !root.Declares(name) {
			t.Errorf("root does not declare %q; names: %v", name, root.Names)
		}
	}
	if root.Declares("excrept") {
		t.Error(`root declares "excrept"`)
	}
	for _, pointer := range []string{"/author", "/authors/0", "/authors/7"} {
		if got := s.Properties(pointer); !got.Open || strings.Join(got.Names, " ") != "name url" {
			t.Errorf("Properties(%q) = %+v; want name, url, and open (an author may have an avatar, ...)", pointer, got)
		}
	}
	for _, pointer := range []string{"/title", "/tags/0", "/nothing/here"} {
		if got := s.Properties(pointer); !got.Open {
			t.Errorf("Properties(%q) = %+v; want open (the schema names no keys there)", pointer, got)
		}
	}
}

func TestPropertiesThroughCombinators(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "defs.json", `{"$defs": {"seo": {"type": "object", "properties": {"noindex": {}}}}}`)
	s, err := Load(writeFile(t, dir, "post.schema.json", `{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"allOf": [{"$ref": "urn:postlint:schema:post:v1"}],
		"properties": {
			"seo": {"$ref": "defs.json#/$defs/seo"},
			"params": {"type": "object", "additionalProperties": {"type": "string"}},
			"menu": {"type": "object", "patternProperties": {"^m": {}}, "properties": {"main": {}}},
			"strict": {"type": "object", "properties": {"a": {}}, "additionalProperties": false},
			"loose": {"type": "object", "properties": {"a": {}}, "additionalProperties": true},
			"plain": {"type": "object", "properties": {"a": {}}},
			"pair": {"type": "array", "prefixItems": [{"type": "object", "properties": {"x": {}}}], "items": {"properties": {"y": {}}}}
		},
		"if": {"properties": {"kind": {"const": "talk"}}},
		"then": {"properties": {"venue": {"type": "string"}}},
		"else": {"properties": {"readingTime": {"type": "integer"}}}
	}`))
	if err != nil {
		t.Fatal(err)
	}
	root := s.Properties("")
	for _, name := range []string{"title", "seo", "kind", "venue", "readingTime"} {
		if !root.Declares(name) {
			t.Errorf("root does not declare %q", name)
		}
	}
	tests := []struct {
		pointer      string
		names        string
		open, closed bool
	}{
		{"/seo", "noindex", false, false},
		{"/params", "", true, false},
		{"/menu", "main", true, false},
		{"/strict", "a", false, true},
		{"/loose", "a", true, false},
		{"/plain", "a", false, false},
		{"/pair/0", "x", false, false},
		{"/pair/1", "y", false, false},
	}
	for _, tt := range tests {
		got := s.Properties(tt.pointer)
		if strings.Join(got.Names, " ") != tt.names || got.Open != tt.open || got.Closed != tt.closed {
			t.Errorf("Properties(%q) = %+v; want names %q, open %v, closed %v", tt.pointer, got, tt.names, tt.open, tt.closed)
		}
	}
}

func TestPropertiesOfARecursiveSchema(t *testing.T) {
	s, err := Load(writeFile(t, t.TempDir(), "tree.json", `{
		"$defs": {"node": {"type": "object", "properties": {"label": {}, "child": {"$ref": "#/$defs/node"}}}},
		"$ref": "#/$defs/node"
	}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Properties("/child/child"); strings.Join(got.Names, " ") != "child label" || got.Open {
		t.Errorf("Properties(/child/child) = %+v", got)
	}
}
