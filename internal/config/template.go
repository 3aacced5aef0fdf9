package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/postlint/postlint/internal/rule"
)

// Template returns the .postlint.yaml that "postlint init" writes: every
// key explained, and every rule of the catalogue set to its default, with
// its options.
func Template(catalogue []*rule.Rule) []byte {
	var b bytes.Buffer
	b.WriteString(`# postlint configuration. Every key: https://github.com/postlint/postlint/blob/main/docs/config.md
# yaml-language-server: $schema=https://raw.githubusercontent.com/postlint/postlint/main/schema/config.schema.json

# The JSON Schema that front matter must satisfy, relative to this file.
# Default: the built-in schema ("postlint schema" prints it).
# schema: schema/post.schema.json

# Extensions of the posts found when walking directories.
extensions: [.md, .markdown]

# Posts to skip when walking directories: globs relative to this file.
# exclude: ["content/drafts/**"]

# The folder of all the site's posts, relative to this file. The site
# rules (duplicate-title, duplicate-slug, ...) then compare the posts
# linted with every post in it, so that a pre-commit hook that lints only
# the staged posts still finds a title that an older post uses. Findings
# are reported only on the posts linted.
# site-root: content

# The least severity that makes postlint exit 1: error, warning, info or
# none. --fail-on wins.
fail-on: error

# Each rule: off, info, warning or error, or a mapping of severity and
# the rule's options. "postlint explain RULE" shows what a rule checks.
rules:
`)
	for _, r := range catalogue {
		fmt.Fprintf(&b, "  # %s\n", r.Title())
		fields := optionFields(r)
		if len(fields) == 0 {
			fmt.Fprintf(&b, "  %s: %s\n", r.Name, r.Severity)
			continue
		}
		fmt.Fprintf(&b, "  %s: { severity: %s", r.Name, r.Severity)
		for _, f := range fields {
			fmt.Fprintf(&b, ", %s: %s", f.name, flowValue(f.def))
		}
		b.WriteString(" }\n")
	}
	b.WriteString(`
# Settings for some posts only: the later entries win.
# overrides:
#   - files: ["content/docs/**"]
#     schema: schema/docs.schema.json
#     rules: { excerpt-duplicates-body: off }
`)
	return b.Bytes()
}

// flowValue writes an option's default as YAML flow syntax.
func flowValue(v any) string {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice:
		if rv.Len() == 0 {
			return "[]"
		}
	case reflect.Map:
		if rv.Len() == 0 {
			return "{}"
		}
	}
	out, _ := json.Marshal(v) // JSON is YAML flow syntax
	return string(out)
}
