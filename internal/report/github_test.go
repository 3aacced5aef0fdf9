package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestGitHubGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := GitHub(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "findings.github", buf.Bytes())
}

func TestGitHubEscaping(t *testing.T) {
	for _, tc := range []struct{ in, data, prop string }{
		{"plain text", "plain text", "plain text"},
		{"100%", "100%25", "100%25"},
		{"%0A is not a newline", "%250A is not a newline", "%250A is not a newline"},
		{"a\r\nb\nc\rd", "a%0D%0Ab%0Ac%0Dd", "a%0D%0Ab%0Ac%0Dd"},
		{"key: value, more", "key: value, more", "key%3A value%2C more"},
		{"café au lait.md", "café au lait.md", "café au lait.md"},
	} {
		if got := escapeData(tc.in); got != tc.data {
			t.Errorf("escapeData(%q) = %q, want %q", tc.in, got, tc.data)
		}
		if got := escapeProperty(tc.in); got != tc.prop {
			t.Errorf("escapeProperty(%q) = %q, want %q", tc.in, got, tc.prop)
		}
	}
}

func TestGitHubCommands(t *testing.T) {
	var buf bytes.Buffer
	if err := GitHub(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(fixture().Findings)+1 {
		t.Fatalf("got %d lines, want one per finding and notification:\n%s", len(lines), buf.String())
	}
	for i, want := range map[int]string{
		0: "::error file=content/posts/café au lait.md,line=3,col=5,endLine=3,endColumn=9,title=postlint (placeholder)::" +
			`content/posts/café au lait.md:3:5: "TODO" left in prose`,
		// Multi-line: no columns; the message's newline and % escaped.
		1: "::notice file=content/posts/café au lait.md,line=5,endLine=6,title=postlint (sentence-length)::" +
			"content/posts/café au lait.md:5:1: sentence has 40 words: 114%25 of max-words, which is 35%0Asplit it",
		2: "::warning file=content/posts/hello.md,line=4,col=1,endLine=4,endColumn=12,title=postlint (heading-increment)::" +
			"content/posts/hello.md:4:1: heading level 3 follows level 1; expected level 2",
		7: "::error file=content/posts/secret.md::content/posts/secret.md: cannot read the file: permission denied",
	} {
		if lines[i] != want {
			t.Errorf("line %d:\ngot  %s\nwant %s", i, lines[i], want)
		}
	}
}
