package markdown

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// Anchors is the set of fragment identifiers a post defines: the ids of
// its headings under the common slug schemes, explicit {#id} attributes,
// and id or name attributes in raw HTML.
type Anchors map[string]bool

// htmlID matches an id or name attribute in raw HTML.
var htmlID = regexp.MustCompile(`\b(?:id|name)\s*=\s*["']?([^"'\s>]+)`)

// CollectAnchors walks doc and returns the anchors it defines. Repeated
// heading slugs get "-1", "-2" suffixes, as GitHub and Hugo number them.
func CollectAnchors(doc ast.Node, src []byte) Anchors {
	anchors := make(Anchors)
	seen := make(map[string]int)
	add := func(slug string) {
		if n, dup := seen[slug]; dup {
			seen[slug] = n + 1
			anchors[slug+"-"+strconv.Itoa(n+1)] = true
			return
		}
		seen[slug] = 0
		anchors[slug] = true
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			if id, ok := n.AttributeString("id"); ok {
				if b, isBytes := id.([]byte); isBytes {
					anchors[string(b)] = true
				}
			}
			text := PlainText(n, src)
			add(GitHubSlug(text))
			anchors[KramdownSlug(text)] = true
		case *ast.HTMLBlock:
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				addHTMLIDs(anchors, seg.Value(src))
			}
		case *ast.RawHTML:
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				addHTMLIDs(anchors, seg.Value(src))
			}
		}
		return ast.WalkContinue, nil
	})
	return anchors
}

func addHTMLIDs(anchors Anchors, html []byte) {
	for _, m := range htmlID.FindAllSubmatch(html, -1) {
		anchors[string(m[1])] = true
	}
}

// GitHubSlug returns the anchor GitHub (and github-slugger) gives a
// heading: lowercase, punctuation and symbols removed, spaces as hyphens.
func GitHubSlug(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(text) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// KramdownSlug returns the anchor kramdown (Jekyll) gives a heading:
// like GitHub's, but leading characters before the first letter are
// dropped and runs of spaces make one hyphen.
func KramdownSlug(text string) string {
	var b strings.Builder
	started, space := false, false
	for _, r := range strings.ToLower(text) {
		isWord := unicode.IsLetter(r) || unicode.IsNumber(r) || r == '-' || r == '_'
		if !started && !unicode.IsLetter(r) {
			continue
		}
		started = true
		switch {
		case r == ' ':
			space = true
		case isWord:
			if space && b.Len() > 0 {
				b.WriteByte('-')
			}
			space = false
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}
