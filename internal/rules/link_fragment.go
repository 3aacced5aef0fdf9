package rules

import (
	"bytes"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/suggest"
)

// LinkFragment reports in-post links to anchors that do not exist.
var LinkFragment = &rule.Rule{
	Name:     "link-fragment",
	Severity: rule.Warning,
	Run:      runLinkFragment,
	Doc: `in-post links must point to an existing anchor

A link like ` + "`[options](#options)`" + ` jumps to the heading whose anchor is
"options". When the heading is renamed or removed, the link silently
stops working. A fragment matches when it is the anchor of a heading
(GitHub's and kramdown's slugs, numbered "-1", "-2" for repeats), an
explicit ` + "`{#id}`" + `, or an id or name attribute in raw HTML. ` + "`#top`" + `
always works, footnote anchors (` + "`#fn:1`" + `, ` + "`#fnref:1`" + `, ` + "`#fn1`" + `) are
accepted in a post with footnotes, and so is Nuxt Content's "_" before an
anchor that starts with a digit (` + "`#_2-setup`" + `). A line that reads as a
heading counts even where the Markdown parser sees none, as in MDX
after a JSX block. Unlike markdownlint's MD051, which knows only GitHub's
slugs, a kramdown slug counts too: a heading that starts with an emoji,
"## ⚡️ Vite 8", has the GitHub anchor "-vite-8" and the anchor "vite-8"
that Jekyll, Hugo and Nuxt sites give it.

Fragments are percent-decoded and compared case-sensitively, as
browsers do and as markdownlint's MD051 does by default: ` + "`#Install`" + `
does not reach the heading "Install", whose anchor is "install". The
message suggests the closest anchor. Links to other pages
(` + "`/blog/post/#part`" + `) and fragments in raw HTML are not checked.

Bad:

` + "```markdown" + `
See [installing](#instal).

## Install
` + "```" + `

Good:

` + "```markdown" + `
See [installing](#install).

## Install
` + "```",
}

func runLinkFragment(pass *rule.Pass) error {
	var links []*ast.Link
	hasFootnotes := false
	_ = ast.Walk(pass.Post.Body, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			if len(n.Destination) > 1 && n.Destination[0] == '#' {
				links = append(links, n)
			}
		case *extast.Footnote, *extast.FootnoteLink:
			hasFootnotes = true
		}
		return ast.WalkContinue, nil
	})
	if len(links) == 0 {
		return nil
	}
	anchors := markdown.CollectAnchors(pass.Post.Body, pass.Post.BodySource)
	var rawAnchors markdown.Anchors // built on the first miss
	var names []string              // sorted, built on the first miss
	for _, link := range links {
		raw := string(link.Destination[1:])
		frag := raw
		if s, err := url.PathUnescape(raw); err == nil {
			frag = s
		}
		if hasAnchor(anchors, frag) || anchors[raw] || strings.EqualFold(frag, "top") ||
			hasFootnotes && isFootnoteAnchor(frag) {
			continue
		}
		if rawAnchors == nil {
			rawAnchors = rawHeadingAnchors(pass.Post.BodySource)
		}
		if hasAnchor(rawAnchors, frag) {
			continue
		}
		if names == nil {
			names = make([]string, 0, len(anchors))
			for a := range anchors {
				names = append(names, a)
			}
			sort.Strings(names)
		}
		pass.ReportNodef(link, "link fragment %q matches no heading in this post%s", "#"+raw, suggestAnchor(frag, names))
	}
	return nil
}

// hasAnchor reports whether frag names one of anchors. Nuxt Content
// writes "_" before an anchor that starts with a digit ("#_1-install"),
// since CSS selectors cannot start with one.
func hasAnchor(anchors interface{ Has(string) bool }, frag string) bool {
	if anchors.Has(frag) {
		return true
	}
	rest, ok := strings.CutPrefix(frag, "_")
	return ok && rest != "" && asciiDigit(rest[0]) && anchors.Has(rest)
}

// rawHeadingAnchors returns the anchors of the lines of body that read as
// ATX headings, indented or not. It catches the headings of posts whose
// syntax the parser does not follow, such as MDX, where a heading after
// a JSX block can end up inside an HTML or code block for goldmark but
// still gets its anchor on the site.
func rawHeadingAnchors(body []byte) markdown.Anchors {
	anchors := make(markdown.Anchors)
	for line := range bytes.Lines(body) {
		line = bytes.TrimLeft(line, " \t>")
		level := 0
		for level < len(line) && line[level] == '#' {
			level++
		}
		if level == 0 || level > 6 || level >= len(line) || line[level] != ' ' {
			continue
		}
		text := strings.TrimSpace(string(line[level:]))
		if i := strings.LastIndex(text, "{#"); i >= 0 && strings.HasSuffix(text, "}") {
			anchors[text[i+2:len(text)-1]] = true
			text = strings.TrimSpace(text[:i])
		}
		text = strings.TrimSpace(strings.TrimRight(text, "#"))
		text = stripLinkDestinations(text)
		anchors[markdown.GitHubSlug(text)] = true
		anchors[markdown.KramdownSlug(text)] = true
	}
	return anchors
}

// stripLinkDestinations removes the "(url)" of inline links from
// heading source, keeping their text.
func stripLinkDestinations(s string) string {
	for {
		i := strings.Index(s, "](")
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s
		}
		s = s[:i] + s[i+j+1:]
	}
}

// isFootnoteAnchor reports whether frag names a footnote or a footnote
// reference as goldmark, Hugo, kramdown, markdown-it or GitHub write them.
func isFootnoteAnchor(frag string) bool {
	for _, prefix := range []string{"fnref", "fn", "footnote-ref", "footnote", "user-content-fnref", "user-content-fn"} {
		if rest, ok := strings.CutPrefix(frag, prefix); ok && rest != "" {
			return true
		}
	}
	return false
}

// suggestAnchor returns `; did you mean "#x"?` for the anchor closest to
// frag, or "" when none is close. An anchor that differs only in case
// always counts as close.
func suggestAnchor(frag string, anchors []string) string {
	best := suggest.Closest(frag, anchors)
	if best == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", "#"+best)
}
