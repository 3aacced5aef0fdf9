package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/rule"
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
			if near := closestKey(name, keys.Names); near != "" {
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
	tokens := frontmatter.Tokens(pointer)
	if len(tokens) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(" in ")
	for i, t := range tokens {
		if n, err := strconv.Atoi(t); err == nil && i > 0 {
			fmt.Fprintf(&b, " item %d", n+1)
			continue
		}
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(t)
	}
	return b.String()
}

// closestKey returns the declared name nearest to key by edit distance
// (ignoring case), or "" when none is close enough to be a likely typo:
// one edit away, or two for keys of six letters or more that keep their
// first letter ("FRtags" is not a typo of "tags").
func closestKey(key string, names []string) string {
	lower := []rune(strings.ToLower(key))
	if len(lower) == 0 {
		return ""
	}
	best, bestDist := "", 3
	for _, name := range names {
		other := []rune(strings.ToLower(name))
		d := keyEditDistance(lower, other)
		if d == 2 && (len(lower) < 6 || other[0] != lower[0]) {
			continue
		}
		if d < bestDist {
			best, bestDist = name, d
		}
	}
	return best
}

// keyEditDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of two neighbours each cost 1.
func keyEditDistance(a, b []rune) int {
	if len(a)-len(b) > 2 || len(b)-len(a) > 2 {
		return 3 // further than any limit closestKey uses
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
