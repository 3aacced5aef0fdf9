package rules

import (
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// DuplicateSlug reports posts that would be published at the same URL.
var DuplicateSlug = &rule.Rule{
	Name:     "duplicate-slug",
	Severity: rule.Error,
	Options:  func() any { return &duplicateSlugOptions{From: "both"} },
	Site:     runDuplicateSlug,
	Doc: `posts must have different slugs

The slug is the last part of a post's URL. Two posts with the same slug
are published at the same address, and the site generator silently keeps
only one of them. A post's slug is its front matter "slug", or else its
file name without the extension and without a Jekyll date prefix
("2024-05-01-"); a post named index.md or _index.md (a page bundle)
takes the name of its folder. Slugs are compared ignoring case, between
posts of the same folder (section), since site generators put the
section in the URL.

Option ` + "`from`" + ` chooses where slugs come from: ` + "`both`" + ` (the default,
as above), ` + "`front-matter`" + ` (only posts with a "slug" key are compared),
or ` + "`file-name`" + ` (front matter is ignored). A slug from the front matter
is reported at its value, one from the file name at the top of the post.

Bad:

` + "```markdown" + `
<!-- posts/hello.md -->
---
title: Hello
---

<!-- posts/2024-06-01-second.md -->
---
title: Hello again
slug: hello
---
` + "```" + `

Good:

` + "```markdown" + `
<!-- posts/2024-06-01-second.md -->
---
title: Hello again
slug: hello-again
---
` + "```",
}

type duplicateSlugOptions struct {
	From string `yaml:"from"`
}

// Prepare checks that from names a source of slugs.
func (o *duplicateSlugOptions) Prepare() error {
	switch o.From {
	case "both", "front-matter", "file-name":
		return nil
	}
	return fmt.Errorf("from must be both, front-matter or file-name, not %q", o.From)
}

// jekyllDate is the date prefix of a Jekyll post's file name.
var jekyllDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}-`)

// fileSlug returns the slug a site generator derives from a post's path.
func fileSlug(p string) string {
	base := path.Base(p)
	name := strings.TrimSuffix(base, path.Ext(base))
	if name == "index" || name == "_index" {
		name = path.Base(path.Dir(p))
	}
	return jekyllDate.ReplaceAllString(name, "")
}

// section returns the folder whose posts share a URL prefix with the
// post at p: its folder, or for a page bundle's index the folder above.
func section(p string) string {
	dir := path.Dir(p)
	if name := strings.TrimSuffix(path.Base(p), path.Ext(p)); name == "index" || name == "_index" {
		dir = path.Dir(dir)
	}
	return dir
}

func runDuplicateSlug(pass *rule.SitePass) error {
	from := pass.Options.(*duplicateSlugOptions).From
	entries := make([]siteEntry, 0, len(pass.Summaries))
	for _, s := range pass.Summaries {
		v := s.Slug
		if from == "file-name" || from == "both" && v.Text == "" {
			v = rule.NewValue(fileSlug(s.Path), source.Span{}, source.Range{Start: source.Position{Line: 1, Column: 1}, End: source.Position{Line: 1, Column: 1}})
		}
		entries = append(entries, siteEntry{post: s, value: v})
	}
	keys, groups := groupEntries(entries, func(e siteEntry) string {
		slug := strings.ToLower(strings.TrimSpace(e.value.Text))
		if slug == "" {
			return ""
		}
		return section(e.post.Path) + "\x00" + slug
	})
	reportDuplicates(pass, keys, groups, "slug")
	return nil
}
