package markdown

import (
	"fmt"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

var md = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote),
	goldmark.WithParserOptions(parser.WithAttribute()))

func parse(src string) ast.Node {
	return md.Parser().Parse(text.NewReader([]byte(src)))
}

// spans returns the source text of every node of the given kind.
func spans(src string, kind ast.NodeKind) []string {
	var out []string
	_ = ast.Walk(parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && n.Kind() == kind {
			s, e := Span(n, []byte(src))
			out = append(out, src[s:e])
		}
		return ast.WalkContinue, nil
	})
	return out
}

func TestSpan(t *testing.T) {
	tests := []struct {
		src  string
		kind ast.NodeKind
		want string
	}{
		{"See [the docs](https://x.io/a_(b) \"T\") now.", ast.KindLink, `[the docs](https://x.io/a_(b) "T")`},
		{"See [**bold** text][ref].\n\n[ref]: https://x.io\n", ast.KindLink, "[**bold** text][ref]"},
		{"See [ref][] and [ref].\n\n[ref]: https://x.io\n", ast.KindLink, "[ref][]"},
		{"Empty [](https://x.io) link.", ast.KindLink, "[](https://x.io)"},
		{"An ![alt *text*](a.png) image.", ast.KindImage, "![alt *text*](a.png)"},
		{"An ![](a.png) image.", ast.KindImage, "![](a.png)"},
		{"Code ``a ` b`` here.", ast.KindCodeSpan, "``a ` b``"},
		{"Some *em* and **strong** text.", ast.KindEmphasis, "*em*"},
		{"Visit <https://x.io/a> today.", ast.KindAutoLink, "<https://x.io/a>"},
		{"Visit https://x.io/a today.", ast.KindAutoLink, "https://x.io/a"},
		{"# A *heading*\n", ast.KindHeading, "# A *heading*"},
		{"Para one\ncontinues.\n\nNext.", ast.KindParagraph, "Para one\ncontinues."},
		{"> quoted\n> text\n", ast.KindBlockquote, "> quoted\n> text"},
		{"```go\ncode\n```\n", ast.KindFencedCodeBlock, "```go\ncode"},
		{"A [link with `code`](x.md).", ast.KindLink, "[link with `code`](x.md)"},
		{"日本語 [リンク](x.md) です", ast.KindLink, "[リンク](x.md)"},
	}
	for _, tt := range tests {
		got := spans(tt.src, tt.kind)
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("Span of %s in %q = %q, want %q", tt.kind, tt.src, got, tt.want)
		}
	}
}

func TestPlainText(t *testing.T) {
	for src, want := range map[string]string{
		"# Hello *big* `world`\n":               "Hello big world",
		"## Use [the API](x) \\*now\\*\n":       "Use the API *now*",
		"## Image ![alt](a.png) and <b>x</b>\n": "Image  and x",
		"## Custom {#my-id}\n":                  "Custom",
	} {
		h := parse(src).FirstChild()
		if got := PlainText(h, []byte(src)); got != want {
			t.Errorf("PlainText(%q) = %q, want %q", src, got, want)
		}
	}
}

func TestSlugs(t *testing.T) {
	for text, want := range map[string][2]string{
		"Hello World":            {"hello-world", "hello-world"},
		"What's new in v2.0?":    {"whats-new-in-v20", "whats-new-in-v20"},
		"C++ & Go: a comparison": {"c--go-a-comparison", "c-go-a-comparison"},
		"1. Getting started":     {"1-getting-started", "getting-started"},
		"Привет, мир":            {"привет-мир", "привет-мир"},
		"日本語の見出し":                {"日本語の見出し", "日本語の見出し"},
		"Emoji 🚀 launch":         {"emoji--launch", "emoji-launch"},
		"snake_case and-hyphens": {"snake_case-and-hyphens", "snake_case-and-hyphens"},
	} {
		if got := GitHubSlug(text); got != want[0] {
			t.Errorf("GitHubSlug(%q) = %q, want %q", text, got, want[0])
		}
		if got := KramdownSlug(text); got != want[1] {
			t.Errorf("KramdownSlug(%q) = %q, want %q", text, got, want[1])
		}
	}
}

func TestCollectAnchors(t *testing.T) {
	src := "# Intro\n\n## Setup\n\n## Setup\n\n## Custom {#my-id}\n\n<a name=\"legacy\"></a>\n\nText <span id='inline'>x</span>.\n"
	got := CollectAnchors(parse(src), []byte(src))
	for _, want := range []string{"intro", "setup", "setup-1", "my-id", "custom", "legacy", "inline"} {
		if !got[want] {
			t.Errorf("anchor %q missing from %v", want, fmt.Sprint(got))
		}
	}
	if got["setup-2"] {
		t.Errorf("unexpected anchor setup-2")
	}
}
