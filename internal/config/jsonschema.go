package config

import (
	"encoding/json"
	"reflect"

	"github.com/postlint/postlint/internal/rule"
	schemafiles "github.com/postlint/postlint/schema"
)

// SchemaID is the $id of the configuration schema.
const SchemaID = schemafiles.ConfigID

// JSONSchema returns the JSON Schema of .postlint.yaml for a rule
// catalogue: every key, every rule with its options and their defaults.
// Editors with a YAML language server use it to complete and check the
// file; postlint checks configurations against it too.
func JSONSchema(catalogue []*rule.Rule) []byte {
	severity := obj{"enum": []string{"off", "info", "warning", "error"}}
	globs := obj{"oneOf": []obj{{"type": "string"}, {"type": "array", "items": obj{"type": "string"}}}}
	rules := obj{}
	for _, r := range catalogue {
		props := obj{"severity": severity}
		for _, f := range optionFields(r) {
			props[f.name] = optionSchema(f)
		}
		rules[r.Name] = obj{
			"description": r.Title() + " (default: " + r.Severity.String() + ")",
			"oneOf": []obj{
				severity,
				{"const": false},
				{"type": "object", "properties": props, "additionalProperties": false},
			},
		}
	}
	rulesSchema := obj{"type": "object", "properties": rules, "additionalProperties": false}
	s := obj{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  SchemaID,
		"title":                "postlint configuration (.postlint.yaml)",
		"type":                 "object",
		"additionalProperties": false,
		"properties": obj{
			"schema":     obj{"type": "string", "description": "Path of the post schema (JSON Schema), relative to this file. Default: the built-in schema."},
			"extensions": obj{"type": "array", "items": obj{"type": "string", "pattern": "^\\.[^/\\\\*]+$"}, "description": "Extensions of the posts found in directories. Default: [.md, .markdown]."},
			"exclude":    withDescription(globs, "Globs, relative to this file, of posts not to lint when walking directories."),
			"fail-on":    obj{"enum": failLevels, "description": "The least severity that makes postlint exit 1. Default: error. --fail-on wins."},
			"max-file-size": obj{
				"description": "Posts larger than this are reported and not parsed: bytes, or a size such as 5MiB. Default: 1MiB.",
				"oneOf":       []obj{{"type": "integer", "minimum": 1}, {"type": "string", "pattern": "^\\s*[0-9.]+\\s*([kKmMgG]i?[bB]|[bB])?\\s*$"}},
			},
			"site-root": obj{
				"type":        "string",
				"minLength":   1,
				"description": "A directory, relative to this file, whose posts the site rules (duplicate-title, duplicate-slug, ...) compare the linted posts with, as when a pre-commit hook lints only the staged posts. Findings are still reported only on the linted posts. Default: none, the site rules compare the linted posts with each other.",
			},
			"rules": rulesSchema,
			"overrides": obj{
				"type": "array",
				"items": obj{
					"type":                 "object",
					"required":             []string{"files"},
					"additionalProperties": false,
					"properties": obj{
						"files":  withDescription(globs, "Globs, relative to this file, of the posts this entry applies to."),
						"schema": obj{"type": "string"},
						"rules":  rulesSchema,
					},
				},
			},
		},
	}
	out, _ := json.MarshalIndent(s, "", "  ")
	return append(out, '\n')
}

type obj = map[string]any

func withDescription(s obj, d string) obj {
	out := obj{"description": d}
	for k, v := range s {
		out[k] = v
	}
	return out
}

func optionSchema(f optionField) obj {
	s := obj{"default": f.def}
	switch f.typ.Kind() {
	case reflect.Int:
		s["type"] = "integer"
	case reflect.Float64:
		s["type"] = "number"
	case reflect.Bool:
		s["type"] = "boolean"
	case reflect.String:
		s["type"] = "string"
	case reflect.Slice:
		s["type"] = "array"
		s["items"] = obj{"type": "string"}
	case reflect.Map:
		s["type"] = "object"
		s["additionalProperties"] = obj{"type": "string"}
	}
	if reflect.ValueOf(f.def).Kind() == reflect.Slice && reflect.ValueOf(f.def).IsNil() {
		s["default"] = []string{}
	}
	if reflect.ValueOf(f.def).Kind() == reflect.Map && reflect.ValueOf(f.def).IsNil() {
		s["default"] = obj{}
	}
	return s
}
