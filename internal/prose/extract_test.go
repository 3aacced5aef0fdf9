package prose

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

var md = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote))

func blocks(src string) []Block {
	return Extract(md.Parser().Parse(text.NewReader([]byte(src))), []byte(src))
}

const ph = string(Placeholder)

func TestExtractText(t *testing.T) {
	tests := []struct{ src, want string }{
		{"Plain text.", "Plain text."},
		{"Soft\nbreak and *emphasis* and **strong**.", "Soft break and emphasis and strong."},
		{"Run `go test` now.", "Run " + ph + " now."},
		{"See [the docs](https://x.io/docs) and ![a cat](cat.png).", "See the docs and " + ph + "."},
		{"Visit https://example.com/a_b_c today.", "Visit " + ph + " today."},
		{"Visit <https://example.com> today.", "Visit " + ph + " today."},
		{"A {{< figure src=\"a_b_c.png\" >}} shortcode.", "A " + ph + " shortcode."},
		{"A {% include note.html %} tag.", "A " + ph + " tag."},
		{"Escaped \\*stars\\* stay.", "Escaped *stars* stay."},
		{"Inline <kbd>Ctrl</kbd> key.", "Inline " + ph + "Ctrl" + ph + " key."},
		{"A note.[^1]\n\n[^1]: The note.", "A note." + ph},
		{"Hard  \nbreak.", "Hard\nbreak."},
		{"日本語の *文章* です。", "日本語の 文章 です。"},
		{"~~Struck~~ text.", "Struck text."},
	}
	for _, tt := range tests {
		bs := blocks(tt.src)
		if len(bs) == 0 || bs[0].Text != tt.want {
			var got []string
			for _, b := range bs {
				got = append(got, b.Text)
			}
			t.Errorf("Extract(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestExtractSkipsCodeAndHTMLBlocks(t *testing.T) {
	src := "Intro.\n\n```go\nfmt.Println(\"the the\")\n```\n\n    indented code\n\n<div>\nhtml block\n</div>\n\nOutro.\n"
	var got []string
	for _, b := range blocks(src) {
		got = append(got, b.Text)
	}
	if strings.Join(got, "|") != "Intro.|Outro." {
		t.Errorf("blocks = %q", got)
	}
}

func TestExtractKinds(t *testing.T) {
	src := "# Title\n\nPara.\n\n- item one\n- item two\n\n> quoted\n\n| a | b |\n| - | - |\n| c | d |\n"
	var got []string
	for _, b := range blocks(src) {
		got = append(got, b.Text+kindTag(b))
	}
	want := "Title(h)|Para.()|item one(l)|item two(l)|quoted(q)|a(c)|b(c)|c(c)|d(c)"
	if strings.Join(got, "|") != want {
		t.Errorf("blocks = %q\nwant %q", strings.Join(got, "|"), want)
	}
}

func kindTag(b Block) string {
	switch {
	case b.Kind == Heading:
		return "(h)"
	case b.Kind == TableCell:
		return "(c)"
	case b.InList:
		return "(l)"
	case b.InQuote:
		return "(q)"
	}
	return "()"
}

func TestBlockSpanMapsBackToSource(t *testing.T) {
	src := "Some *very*\nlong `code` text [with link](x.md) \\*esc\\* end."
	b := blocks(src)[0]
	for _, tt := range []struct{ text, source string }{
		{"very", "very"},
		{"long", "long"},
		{ph, "`code`"},
		{"with link", "with link"},
		{"*esc", "\\*esc"},
		{"very long", "very*\nlong"},
		{"end.", "end."},
	} {
		i := strings.Index(b.Text, tt.text)
		if i < 0 {
			t.Fatalf("%q not in %q", tt.text, b.Text)
		}
		start, end := b.Span(i, i+len(tt.text))
		if got := src[start:end]; got != tt.source {
			t.Errorf("Span(%q) = %q, want %q", tt.text, got, tt.source)
		}
	}
}

func TestWords(t *testing.T) {
	text := "Don't re-use the well-known API " + ph + " 3.14 naïve 日本語 — end- -start"
	var got []string
	for _, w := range Words(text) {
		got = append(got, text[w.Start:w.End])
	}
	want := "Don't|re-use|the|well-known|API|3.14|naïve|日本語|end|start"
	if strings.Join(got, "|") != want {
		t.Errorf("Words = %q, want %q", strings.Join(got, "|"), want)
	}
	if n := CountWords(text); n != len(got) {
		t.Errorf("CountWords = %d, Words found %d", n, len(got))
	}
}

func TestExtractNonProse(t *testing.T) {
	tests := []struct{ src, want string }{
		{"See https://example.com/a. Then go.", "See " + ph + ". Then go."},
		{"A {{< ref \"x_y_z.md\" >}} link and {{% note %}} here.", "A " + ph + " link and " + ph + " here."},
		{"Code:\n{% highlight go %}\nfmt.Println()\n{% endhighlight %}\nafter.", "Code: " + ph + " after."},
		{"MDX {/* a TODO note */} comment.", "MDX " + ph + " comment."},
		{"Intro line\n::callout{icon=\"i\"}\nInside.\n::\nOutro.", "Intro line\n" + ph + "\nInside.\n" + ph + "\nOutro."},
		{"Visit www.example.com today.", "Visit " + ph + " today."},
		{"Not a URL: ftp://x or foo://bar.", "Not a URL: ftp://x or foo://bar."},
	}
	for _, tt := range tests {
		bs := blocks(tt.src)
		var got []string
		for _, b := range bs {
			got = append(got, b.Text)
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("Extract(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestLiquidBlockAcrossParagraphs(t *testing.T) {
	src := "Before.\n\n{% highlight go %}\nfunc main() {\n\n\tfmt.Println(\"the the\")\n}\n{% endhighlight %}\n\nAfter.\n"
	var got []string
	for _, b := range blocks(src) {
		if strings.Trim(b.Text, ph+" ") != "" {
			got = append(got, b.Text)
		}
	}
	if strings.Join(got, "|") != "Before.|After." {
		t.Errorf("blocks = %q", got)
	}
}
