package corpusgen

import (
	"bytes"
	"strconv"
	"strings"
)

// gen builds one post.
type gen struct {
	r   *rng
	out bytes.Buffer
	// lines counts the body lines written so far.
	lines int
	slug  string
	// anchors are the slugs of the post's headings, for fragment links.
	anchors []string
}

// sentenceLength draws a sentence length in words: mostly medium, some
// short, some long enough for the sentence-length rule.
func (g *gen) sentenceLength() int {
	switch x := g.r.float(); {
	case x < 0.15:
		return g.r.between(4, 7)
	case x < 0.75:
		return g.r.between(8, 18)
	case x < 0.96:
		return g.r.between(19, 28)
	default:
		return g.r.between(32, 45)
	}
}

// clause returns a subject, verb and object, with optional adjectives,
// an adverb and a prepositional phrase.
func (g *gen) clause() []string {
	r := g.r
	w := []string{pick(r, determiners)}
	if r.chance(0.4) {
		w = append(w, pick(r, adjectives))
	}
	w = append(w, pick(r, nouns))
	if r.chance(0.2) {
		w = append(w, pick(r, adverbs))
	}
	w = append(w, strings.Fields(pick(r, verbs))...)
	w = append(w, pick(r, determiners))
	if r.chance(0.3) {
		w = append(w, pick(r, adjectives))
	}
	w = append(w, pick(r, nouns))
	if r.chance(0.35) {
		w = append(w, pick(r, prepositions), pick(r, determiners), pick(r, nouns))
	}
	for i := range w[:len(w)-1] {
		if w[i] == "a" && strings.IndexByte("aeiou", w[i+1][0]) >= 0 {
			w[i] = "an"
		}
	}
	return w
}

// words returns the words of one sentence of about n words, without the
// final punctuation. Commas stay attached to the word before them.
func (g *gen) words(n int) []string {
	var w []string
	if o := pick(g.r, openers); o != "" {
		w = append(w, strings.Fields(o)...)
	}
	w = append(w, g.clause()...)
	for len(w) < n {
		c := pick(g.r, connectors)
		if g.r.chance(0.05) {
			c = pick(g.r, wordyConnectors)
		}
		if strings.HasPrefix(c, ",") {
			w[len(w)-1] += ","
		}
		w = append(w, strings.Fields(strings.TrimPrefix(c, ","))...)
		w = append(w, g.clause()...)
	}
	return w
}

// finish capitalises words and ends them with a full stop (sometimes a
// question or exclamation mark).
func (g *gen) finish(w []string) string {
	s := strings.Join(w, " ")
	end := "."
	switch x := g.r.float(); {
	case x < 0.05:
		end = "?"
	case x < 0.08:
		end = "!"
	}
	return capitalize(s) + end
}

// sentence returns a plain sentence of varied length.
func (g *gen) sentence() string { return g.finish(g.words(g.sentenceLength())) }

// richSentence returns a sentence that may carry emphasis, inline code or
// a link.
func (g *gen) richSentence() string {
	w := g.words(g.sentenceLength())
	r := g.r
	if r.chance(0.25) {
		if i, ok := g.plainWord(w, 1); ok {
			switch r.intn(3) {
			case 0:
				w[i] = "*" + w[i] + "*"
			case 1:
				w[i] = "**" + w[i] + "**"
			default:
				w[i] = "`" + w[i] + "`"
			}
		}
	}
	if r.chance(0.3) {
		n := r.between(1, 3)
		if i, ok := g.plainWord(w, n); ok {
			text := strings.Join(w[i:i+n], " ")
			w = append(w[:i+1], w[i+n:]...)
			w[i] = g.link(text)
		}
	}
	if r.chance(0.02) {
		w = append(w, "at", "https://"+pick(r, hosts)+"/"+pick(r, nouns))
	}
	return g.finish(w)
}

// plainWord finds a run of n words after the first that carry no
// punctuation or markup, and returns its start.
func (g *gen) plainWord(w []string, n int) (int, bool) {
	for range 4 {
		if len(w) < n+2 {
			return 0, false
		}
		i := g.r.between(1, len(w)-n)
		ok := true
		for _, x := range w[i : i+n] {
			if strings.ContainsAny(x, ",*`[]()") {
				ok = false
			}
		}
		if ok {
			return i, true
		}
	}
	return 0, false
}

// link returns a Markdown link with text: mostly https, some relative,
// some http, some to a fragment of the post, some with vague text.
func (g *gen) link(text string) string {
	r := g.r
	dest := ""
	switch x := r.float(); {
	case x < 0.45:
		dest = "https://" + pick(r, hosts) + "/" + pick(r, nouns) + "/" + pick(r, nouns)
	case x < 0.60:
		dest = "/blog/" + pick(r, nouns) + "-" + pick(r, nouns) + "/"
	case x < 0.70:
		dest = "../" + pick(r, adjectives) + "-" + pick(r, nouns) + "/"
	case x < 0.80:
		dest = "http://" + pick(r, hosts) + "/" + pick(r, nouns)
	case x < 0.90 && len(g.anchors) > 0:
		dest = "#" + pick(r, g.anchors)
		if r.chance(0.2) {
			dest = "#" + pick(r, nouns) + "-" + pick(r, nouns)
		}
	default:
		text = pick(r, vagueLinkText)
		dest = "https://" + pick(r, hosts) + "/" + pick(r, nouns)
	}
	return "[" + text + "](" + dest + ")"
}

// paragraph returns n sentences on one line, as the example post has.
func (g *gen) paragraph(n int) string {
	s := make([]string, n)
	for i := range s {
		s[i] = g.richSentence()
	}
	return strings.Join(s, " ")
}

// title returns a post title of three to eight words.
func (g *gen) title() string {
	r := g.r
	n1, n2, a := titleCase(pick(r, nouns)), titleCase(pick(r, nouns)), titleCase(pick(r, adjectives))
	switch r.intn(7) {
	case 0:
		return "How We Made the " + n1 + " " + a
	case 1:
		return "Notes on " + n1 + " and " + n2
	case 2:
		return "Why the " + a + " " + n1 + " Matters"
	case 3:
		return "A Guide to " + a + " " + n1 + "s"
	case 4:
		return n1 + ": What I Learned From a " + a + " " + n2
	case 5:
		return "Is the " + n1 + " Truly " + a + "?"
	default:
		return "The " + a + " " + n1 + " in " + strconv.Itoa(r.between(2015, 2025))
	}
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func titleCase(s string) string {
	f := strings.Fields(s)
	for i := range f {
		f[i] = capitalize(f[i])
	}
	return strings.Join(f, " ")
}

// slugify returns the GitHub-style anchor of a heading of plain words.
func slugify(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-':
			b.WriteRune(c)
		case c == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}
