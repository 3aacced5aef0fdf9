package rules

import (
	"fmt"
	"strconv"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/suggest"
)

// UnknownKey reports front matter keys that the schema does not declare.
var UnknownKey = &rule.Rule{
	Name:     "unknown-key",
	Severity: rule.Warning,
	Run:      runUnknownKey,
	Doc: `front matter keys must be ones the schema declares

A key the schema does not know is usually a typo (` + "`excrept`" + `,
` + "`catagories`" + `) that the site generator silently ignores: the post
builds, and the excerpt is just missing. The finding names the closest
declared key when one is a letter or two away. Keys of nested mappings
are checked too where the schema lists their keys (` + "`author.name`" + `).

The default schema declares the keys that Hugo, Jekyll, Astro and
Next.js blogs commonly use (` + "`layout`" + `, ` + "`permalink`" + `, ` + "`aliases`" + `,
` + "`images`" + `, ...; ` + "`postlint schema`" + ` lists them), and leaves an author
mapping open (` + "`avatar`" + `, ` + "`twitter`" + `, ...). Keys of a theme or a site
(` + "`ShowToc`" + `, ` + "`version`" + `) belong in your own schema (` + "`--schema`" + `),
which can extend the default:
` + "`{\"allOf\": [{\"$ref\": \"urn:postlint:schema:post:v1\"}], \"properties\": {...}}`" + `.

Nothing is reported where the schema says that other keys are expected
(` + "`patternProperties`" + `, ` + "`propertyNames`" + `, ` + "`additionalProperties`" + ` written
as ` + "`true`" + ` or as a schema) or declares no keys at all, nor where it
rejects undeclared keys itself (` + "`additionalProperties: false`" + `), since
front-matter-schema reports those as errors. Keys brought in by a YAML
merge (` + "`<<: *defaults`" + `) are not reported.

Bad:

` + "```markdown" + `
---
title: Is serverless truly serverless?
excrept: What serverless means, and what it does not.
---
` + "```" + `

Good:

` + "```markdown" + `
---
title: Is serverless truly serverless?
excerpt: What serverless means, and what it does not.
---
` + "```",
}

func runUnknownKey(pass *rule.Pass) error {
	fm := pass.Post.FrontMatter
	if pass.Schema == nil || fm == nil || !fm.Decoded {
		return nil
	}
	checkUnknownKeys(pass, fm, "", fm.Value, 0)
	return nil
}

// maxKeyDepth bounds how deep nested front matter is checked.
const maxKeyDepth = 8

// checkUnknownKeys reports the unknown keys of the object v at pointer, and of
// the objects in its declared keys.
func checkUnknownKeys(pass *rule.Pass, fm *frontmatter.FrontMatter, pointer string, v any, depth int) {
	if depth > maxKeyDepth {
		return
	}
	switch v := v.(type) {
	case []any:
		for i, item := range v {
			checkUnknownKeys(pass, fm, pointer+"/"+strconv.Itoa(i), item, depth+1)
		}
	case map[string]any:
		keys := pass.Schema.Properties(pointer)
		for name, child := range v {
			childPointer := frontmatter.Pointer(append(frontmatter.Tokens(pointer), name)...)
			if keys.Declares(name) {
				checkUnknownKeys(pass, fm, childPointer, child, depth+1)
				continue
			}
			if keys.Open || keys.Closed {
				continue
			}
			span, ok := fm.KeySpan(childPointer)
			if !ok || mergedKey(fm, childPointer) {
				continue
			}
			msg := fmt.Sprintf("unknown key %q%s", name, keyPlace(pointer))
			if near := suggest.Closest(name, keys.Names); near != "" {
				pass.Reportf(span, "%s; did you mean %q?", msg, near)
			} else {
				pass.Reportf(span, "%s; the schema does not declare it", msg)
			}
		}
	}
}

// mergedKey reports whether the key at pointer came from a YAML merge
// ("<<: *defaults"): the decoder places such a key at the merged value.
func mergedKey(fm *frontmatter.FrontMatter, pointer string) bool {
	key, _ := fm.KeySpan(pointer)
	value, _ := fm.ValueSpan(pointer)
	return fm.Format == frontmatter.YAML && key == value
}

// keyPlace names the mapping at pointer for a message: "", " in author",
// " in authors item 2".
func keyPlace(pointer string) string {
	if pointer == "" {
		return ""
	}
	return " in " + frontmatter.DisplayName(pointer)
}
