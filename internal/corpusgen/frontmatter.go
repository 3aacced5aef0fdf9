package corpusgen

import (
	"fmt"
	"strings"
)

// faults are the ways a faulty post's front matter is wrong.
var faults = []string{"bad-date", "http-cover", "empty-tags", "missing-excerpt", "yaml-syntax"}

// frontMatter writes the YAML front matter block: title, date, cover,
// tags and excerpt, sometimes with extra keys, made wrong as fault says.
func (g *gen) frontMatter(title, slug, fault string) {
	r := g.r
	g.slug = slug
	syntax := ""
	if fault == "yaml-syntax" {
		syntax = pick(r, []string{"colon", "quote", "bracket", "tab"})
	}
	w := func(format string, args ...any) { fmt.Fprintf(&g.out, format+"\n", args...) }

	w("---")
	switch {
	case syntax == "colon":
		w("title: %s: a %s story", title, pick(r, adjectives))
	case syntax == "quote":
		w("title: \"%s", title)
	case strings.ContainsAny(title, ":?"):
		w("title: %q", title)
	default:
		w("title: %s", title)
	}

	date := fmt.Sprintf("%d-%02d-%02d", r.between(2015, 2025), r.between(1, 12), r.between(1, 28))
	if fault == "bad-date" {
		date = pick(r, []string{
			fmt.Sprintf("%d-13-%02d", r.between(2015, 2025), r.between(1, 28)),
			fmt.Sprintf("%d-02-30", r.between(2015, 2025)),
			fmt.Sprintf("%d/%02d/%02d", r.between(2015, 2025), r.between(1, 12), r.between(1, 28)),
			fmt.Sprintf("March %d, %d", r.between(1, 28), r.between(2015, 2025)),
		})
	}
	w("date: %s", date)

	scheme := "https"
	if fault == "http-cover" {
		scheme = "http"
	}
	w("cover: %s://images.example.com/covers/%s.jpg?w=%d&q=80", scheme, slug, pick(r, []int{800, 1200, 1334}))

	g.tags(fault == "empty-tags", syntax)

	if fault != "missing-excerpt" {
		w("excerpt: %s", g.excerpt())
	}
	if r.chance(0.15) {
		w("draft: %t", r.chance(0.3))
	}
	if r.chance(0.1) {
		w("author: %s %s", titleCase(pick(r, adjectives)), titleCase(pick(r, nouns)))
	}
	if r.chance(0.03) {
		w("subtitle: %s", g.sentence()) // not in the schema: unknown-key
	}
	w("---")
	w("")
}

// tags writes the tags as a flow or a block list.
func (g *gen) tags(empty bool, syntax string) {
	r := g.r
	if empty {
		g.out.WriteString(pick(r, []string{"tags: []\n", "tags:\n"}))
		return
	}
	n := r.between(1, 5)
	list := make([]string, 0, n)
	for len(list) < n {
		t := pick(r, tags)
		dup := false
		for _, x := range list {
			dup = dup || x == t
		}
		if !dup {
			list = append(list, t)
		}
	}
	switch {
	case syntax == "bracket":
		fmt.Fprintf(&g.out, "tags: [%s\n", strings.Join(list, ", "))
	case syntax == "tab":
		g.out.WriteString("tags:\n")
		for _, t := range list {
			fmt.Fprintf(&g.out, "\t- %s\n", t)
		}
	case r.chance(0.5):
		quoted := make([]string, len(list))
		for i, t := range list {
			quoted[i] = fmt.Sprintf("%q", t)
		}
		fmt.Fprintf(&g.out, "tags: [%s]\n", strings.Join(quoted, ", "))
	default:
		g.out.WriteString("tags:\n")
		for _, t := range list {
			fmt.Fprintf(&g.out, "  - %s\n", t)
		}
	}
}

// excerpt returns a plain sentence of 60 to 150 characters, as the
// schema's summary wants (50 to 160).
func (g *gen) excerpt() string {
	for range 20 {
		w := g.words(g.r.between(10, 22))
		for i := range w {
			w[i] = strings.TrimSuffix(w[i], ",")
		}
		s := capitalize(strings.Join(w, " ")) + "."
		if len(s) >= 60 && len(s) <= 150 {
			return s
		}
	}
	return "A short look at how a small team keeps its blog, its builds and its servers in order."
}
