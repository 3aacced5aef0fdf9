package corpusgen

import (
	"fmt"
	"strings"
)

// line writes one body line.
func (g *gen) line(s string) {
	g.out.WriteString(s)
	g.out.WriteByte('\n')
	g.lines++
}

// body writes about 60 lines of Markdown: an intro, then sections under
// level-2 headings holding paragraphs, lists, code, tables, quotes and
// images, with the odd mistake a real author makes.
func (g *gen) body() {
	r := g.r
	target := r.between(44, 58)
	sections := make([]string, r.between(4, 6))
	for i := range sections {
		sections[i] = titleCase(pick(r, adjectives) + " " + pick(r, nouns))
		g.anchors = append(g.anchors, slugify(sections[i]))
	}
	trailing := r.chance(0.04)
	if r.chance(0.05) { // a second title: single-title
		g.line("# " + titleCase(pick(r, adjectives)+" "+pick(r, nouns)))
		g.line("")
	}
	g.line(g.paragraph(r.between(2, 4)))
	g.line("")
	for i := 0; g.lines < target; i++ {
		level := "##"
		if i >= len(sections) || r.chance(0.25) && i > 0 {
			level = "###"
			if r.chance(0.15) {
				level = "####" // sometimes skips a level: heading-increment
			}
		}
		heading := titleCase(pick(r, adjectives) + " " + pick(r, nouns))
		if i < len(sections) {
			heading = sections[i]
		}
		g.line(level + " " + heading)
		g.line("")
		for range r.between(1, 3) {
			g.block()
			g.line("")
		}
	}
	g.paragraphWithMistakes(trailing)
	switch x := r.float(); {
	case x < 0.04: // no final newline: final-newline
	case x < 0.07: // a blank line at the end: final-newline
		g.out.WriteString("\n\n")
	default:
		g.out.WriteByte('\n')
	}
}

// paragraphWithMistakes writes the closing paragraph, which may end with
// trailing spaces, repeat a word or hold a draft marker. It writes no
// line end: body decides how the file ends.
func (g *gen) paragraphWithMistakes(trailing bool) {
	r := g.r
	p := g.paragraph(r.between(1, 3))
	if r.chance(0.03) {
		p = strings.Replace(p, " the ", " the the ", 1)
	}
	if r.chance(0.02) {
		p += " TODO: add the numbers from the " + pick(r, nouns) + " here."
	}
	if trailing {
		p += pick(r, []string{" ", "   ", "\t"})
	}
	g.out.WriteString(p)
	g.lines++
}

// block writes one block of the body.
func (g *gen) block() {
	r := g.r
	switch x := r.float(); {
	case x < 0.45:
		g.line(g.paragraph(r.between(1, 4)))
	case x < 0.60:
		g.list()
	case x < 0.73:
		g.code()
	case x < 0.80:
		g.table()
	case x < 0.88:
		g.quote()
	default:
		g.image()
	}
}

func (g *gen) list() {
	r := g.r
	ordered := r.chance(0.35)
	marker := pick(r, []string{"-", "*"})
	for i := range r.between(3, 6) {
		m := marker
		if ordered {
			m = fmt.Sprintf("%d.", i+1)
		}
		g.line(m + " " + g.richSentence())
		if !ordered && r.chance(0.15) {
			g.line("  - " + g.sentence())
		}
	}
}

func (g *gen) code() {
	r := g.r
	lang := pick(r, languages)
	fence := "```" + lang
	if r.chance(0.15) { // no language: fenced-code-language
		fence = "```"
	}
	g.line(fence)
	for _, l := range codeLines(r, lang, r.between(3, 9)) {
		g.line(l)
	}
	g.line("```")
}

// codeLines returns n lines of code that look like lang.
func codeLines(r *rng, lang string, n int) []string {
	out := make([]string, n)
	for i := range out {
		a, b := pick(r, nouns), pick(r, nouns)
		switch lang {
		case "go":
			out[i] = fmt.Sprintf("\t%s := %s.%s(%d)", a, b, titleCase(pick(r, adjectives)), r.intn(100))
		case "js", "ts":
			out[i] = fmt.Sprintf("const %s = await %s.%s(%q);", a, b, pick(r, adjectives), pick(r, nouns))
		case "bash":
			out[i] = fmt.Sprintf("%s --%s=%s ./%s", pick(r, []string{"go run .", "npm run", "curl -s", "make"}), a, b, pick(r, nouns))
		case "yaml":
			out[i] = fmt.Sprintf("%s%s: %s", strings.Repeat("  ", r.intn(3)), a, b)
		case "python":
			out[i] = fmt.Sprintf("%s = %s.%s(%d)", a, b, pick(r, adjectives), r.intn(100))
		case "json":
			out[i] = fmt.Sprintf("  %q: %q,", a, b)
		default:
			out[i] = fmt.Sprintf("SELECT %s FROM %s WHERE id = %d;", a, b, r.intn(1000))
		}
	}
	return out
}

func (g *gen) table() {
	r := g.r
	g.line("| " + titleCase(pick(r, nouns)) + " | Value | Notes |")
	g.line("| --- | ---: | --- |")
	for range r.between(2, 5) {
		g.line(fmt.Sprintf("| %s | %d | %s %s |", pick(r, nouns), r.intn(10000), pick(r, adjectives), pick(r, nouns)))
	}
}

func (g *gen) quote() {
	r := g.r
	for range r.between(1, 3) {
		g.line("> " + g.sentence())
	}
}

func (g *gen) image() {
	r := g.r
	alt := pick(r, adjectives) + " " + pick(r, nouns) + " " + pick(r, prepositions) + " the " + pick(r, nouns)
	if r.chance(0.2) { // no alt text: image-alt-text
		alt = ""
	}
	src := fmt.Sprintf("https://images.example.com/%s/%s-%d.png", g.slug, pick(r, nouns), r.intn(10))
	if r.chance(0.3) {
		src = fmt.Sprintf("/img/%s-%d.jpg", pick(r, nouns), r.intn(10))
	}
	g.line("![" + capitalize(alt) + "](" + src + ")")
}
