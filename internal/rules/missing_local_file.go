package rules

import (
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// MissingLocalFile reports relative links and images whose target does
// not exist.
var MissingLocalFile = &rule.Rule{
	Name:     "missing-local-file",
	Severity: rule.Error,
	Options: func() any {
		return &missingLocalFileOptions{Generated: []string{"tags", "tag", "categories", "category", "series", "authors", "page"}}
	},
	Site: runMissingLocalFile,
	Doc: `relative links and images must point to existing files

A link or image with a relative destination, ` + "`![cat](images/cat.png)`" + `
or ` + "`[next](../second-post.md)`" + `, is looked up from the folder of the
post. When the file was renamed, moved or never added, the image is
broken and the link leads to a 404. The query (` + "`?v=2`" + `) and the
fragment are dropped and the path is percent-decoded (` + "`my%20cat.png`" + `
is "my cat.png") before looking.

Blogs often link to pages rather than files, so a destination is also
found, relative to the post's folder or, as Hugo resolves links, to the
post's own URL (posts/a.md is published at posts/a/, so ` + "`../b/`" + ` from
it means posts/b), when it is an existing file or folder, or when it
names one with .md, .markdown, .mdx or .html added (` + "`../b/`" + ` finds
b.md; from a translation, "a.fr.md", b.fr.md too), with ".html" swapped
for ".md" or ".markdown" (Jekyll's ` + "`about.html`" + ` is about.md), or
with Nuxt Content's ordering prefixes ("/blog/v3" is blog/1.v3.md).
A page link (no extension, or a final "/") that goes through a folder
of pages that site generators make with no file behind them is not
checked: option ` + "`generated`" + ` lists those folder names, by default
tags, tag, categories, category, series, authors and page.

When the target is a post of the run (a folder counts by its index.md,
index.markdown, index.mdx, _index.md or README.md), its ` + "`#fragment`" + `
must be one of its anchors, matched as link-fragment matches in-post
fragments (case-sensitively). A target that is not a post of the run is
not read, so its fragment is not checked.

Root-relative destinations (` + "`/images/cat.png`" + `) depend on the site
generator's layout, so they are checked only when option ` + "`roots`" + ` names
the folders they resolve in, relative to the directory postlint runs in:
` + "`roots: [static, content]`" + ` (Hugo). A destination is found when it is
found, as above, under any root. Destinations with template syntax
(` + "`{{ }}`" + `, ` + "`{% %}`" + `) are not checked, nor posts read from standard
input without a file of their own.

Bad:

` + "```markdown" + `
![Our cat](images/cat.jpg)

More in [part two](../part-two.md#setup).
` + "```" + `

Good:

` + "```markdown" + `
![Our cat](images/cat.png)

More in [part two](../part-two.md#set-up).
` + "```",
}

type missingLocalFileOptions struct {
	Roots     []string `yaml:"roots"`
	Generated []string `yaml:"generated"`
	roots     []string // absolute
	generated map[string]bool
}

// Prepare makes the roots absolute and checks that they are folders.
func (o *missingLocalFileOptions) Prepare() error {
	o.roots = o.roots[:0]
	for _, r := range o.Roots {
		abs, err := filepath.Abs(r)
		if err != nil {
			return err
		}
		if info, err := os.Stat(abs); err != nil || !info.IsDir() {
			return fmt.Errorf("roots: %q is not a folder (roots are relative to the directory postlint runs in)", r)
		}
		o.roots = append(o.roots, abs)
	}
	o.generated = make(map[string]bool, len(o.Generated))
	for _, g := range o.Generated {
		o.generated[strings.Trim(g, "/")] = true
	}
	return nil
}

// pageExtensions are the extensions tried after a destination that names
// a page rather than a file; indexNames are the files that stand for a
// folder.
var (
	pageExtensions = []string{".md", ".markdown", ".mdx", ".html"}
	indexNames     = []string{"index.md", "index.markdown", "index.mdx", "_index.md", "README.md"}
)

func runMissingLocalFile(pass *rule.SitePass) error {
	opts := pass.Options.(*missingLocalFileOptions)
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	r := &fileResolver{wd: wd, posts: make(map[string]*rule.Summary), kinds: make(map[string]fileKind), listings: make(map[string]map[string]fileKind), raw: make(map[string]markdown.Anchors), prefixed: make(map[string]map[string]string)}
	for _, s := range pass.Summaries {
		if s.File != "" {
			r.posts[r.abs(s.File)] = s
		}
	}
	for _, s := range pass.Summaries {
		if len(s.Links) == 0 || s.File == "" || r.kind(r.abs(s.File)) != regularFile {
			continue // standard input
		}
		for _, l := range s.Links {
			checkLocalLink(pass, r, opts, s, l)
		}
	}
	return nil
}

func checkLocalLink(pass *rule.SitePass, r *fileResolver, opts *missingLocalFileOptions, s *rule.Summary, l rule.Link) {
	dest := l.Text
	if strings.Contains(dest, "{{") || strings.Contains(dest, "{%") {
		return
	}
	p, frag, _ := strings.Cut(dest, "#")
	p, _, _ = strings.Cut(p, "?")
	p = unescapePunctuation(p)
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	if p == "" {
		return
	}
	var bases []string
	if p[0] == '/' {
		for _, root := range opts.roots {
			bases = append(bases, filepath.Join(root, filepath.FromSlash(p)))
		}
		if len(bases) == 0 {
			return
		}
	} else {
		file := r.abs(s.File)
		dir := filepath.Dir(file)
		bases = append(bases, filepath.Join(dir, filepath.FromSlash(p)))
		if pretty := prettyDir(file); pretty != dir {
			bases = append(bases, filepath.Join(pretty, filepath.FromSlash(p)))
		}
	}
	lang := language(s.Path)
	target, kind := r.resolve(bases, lang)
	if kind == noFile {
		if isPageLink(p) && opts.throughGenerated(p) {
			return
		}
		what := "link target"
		if l.Image {
			what = "image"
		}
		if p[0] == '/' {
			pass.Reportf(s, l.Value, nil, "%s %q is in none of the roots %s", what, dest, strings.Join(opts.Roots, ", "))
			return
		}
		pass.Reportf(s, l.Value, nil, "%s %q does not exist (looked for %s)", what, dest, r.display(bases[0]))
		return
	}
	if frag == "" || strings.HasPrefix(frag, ":~:") {
		return
	}
	if kind == folder {
		target = r.index(target, lang)
	}
	other := r.posts[target]
	if other == nil {
		return
	}
	decoded := frag
	if u, err := url.PathUnescape(frag); err == nil {
		decoded = u
	}
	if hasAnchor(other.Anchors, decoded) || other.Anchors.Has(frag) || strings.EqualFold(decoded, "top") ||
		isFootnoteAnchor(decoded) || hasAnchor(r.rawAnchors(target), decoded) {
		return
	}
	names := other.Anchors.Names()
	at := other.Title
	if at.Text == "" {
		at = rule.NewValue("", source.Span{}, source.Range{Start: source.Position{Line: 1, Column: 1}, End: source.Position{Line: 1, Column: 1}})
	}
	related := []rule.Related{rule.RelatedTo(other, at, "the linked post")}
	pass.Reportf(s, l.Value, related, "link fragment %q matches no heading in %s%s", "#"+frag, other.Path, suggestAnchor(decoded, names))
}

// throughGenerated reports whether the page link p goes through one of
// the folders of generated pages.
func (o *missingLocalFileOptions) throughGenerated(p string) bool {
	for seg := range strings.SplitSeq(p, "/") {
		if o.generated[seg] {
			return true
		}
	}
	return false
}

// isPageLink reports whether p names a page rather than a file: it ends
// with "/" or its last part has no extension.
func isPageLink(p string) bool {
	return strings.HasSuffix(p, "/") || path.Ext(p) == ""
}

// prettyDir returns the folder a post is published as, with pretty URLs:
// the post's path without its extension, or its own folder for an index.
func prettyDir(file string) string {
	dir, base := filepath.Split(file)
	name := strings.TrimSuffix(base, filepath.Ext(base))
	if stem, _, _ := strings.Cut(name, "."); stem == "index" || stem == "_index" || strings.EqualFold(stem, "readme") {
		return filepath.Clean(dir)
	}
	return filepath.Join(dir, name)
}

// unescapePunctuation removes the backslashes Markdown allows before
// punctuation in a destination: "a\_b.png" is "a_b.png".
func unescapePunctuation(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
