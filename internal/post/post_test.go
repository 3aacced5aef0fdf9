package post

import (
	"testing"

	"github.com/yuin/goldmark/ast"
)

// headingAt parses src and returns the position of its first heading.
func headingAt(t *testing.T, src string) (line, col int) {
	t.Helper()
	p := Parse("p.md", []byte(src))
	var pos = -1
	_ = ast.Walk(p.Body, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering && pos < 0 {
			pos = h.Pos()
		}
		return ast.WalkContinue, nil
	})
	if pos < 0 {
		t.Fatalf("no heading in %q", src)
	}
	at := p.Lines.Position(p.BodyOffset + pos)
	return at.Line, at.Column
}

func TestBodyPositionsAreFilePositions(t *testing.T) {
	tests := []struct {
		name, src string
		line, col int
	}{
		{"yaml", "---\ntitle: x\n---\n\n## Heading\n", 5, 1},
		{"crlf", "---\r\ntitle: x\r\n---\r\n\r\n## Heading\r\n", 5, 1},
		{"lone cr", "---\rtitle: x\r---\r\r## Heading\r", 5, 1},
		{"bom without front matter", "\xEF\xBB\xBF## Heading\n", 1, 1},
		{"bom", "\xEF\xBB\xBF---\ntitle: x\n---\n## Heading\n", 4, 1},
		{"toml", "+++\ntitle = \"x\"\n+++\n\n  ## Heading\n", 5, 3},
		{"json", "{\n  \"title\": \"x\"\n}\n\n## Heading\n", 5, 1},
		{"no front matter", "Text.\n\n## Heading\n", 3, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, col := headingAt(t, tt.src)
			if line != tt.line || col != tt.col {
				t.Errorf("heading at %d:%d, want %d:%d", line, col, tt.line, tt.col)
			}
		})
	}
}

func TestFrontMatterIsNotBody(t *testing.T) {
	p := Parse("p.md", []byte("---\ntitle: x\n---\nText.\n"))
	if p.FrontMatter == nil {
		t.Fatal("no front matter")
	}
	if _, ok := p.Body.FirstChild().(*ast.Paragraph); !ok || p.Body.ChildCount() != 1 {
		t.Errorf("body is not one paragraph: the front matter leaked into it")
	}
}

func TestUnclosedFrontMatterLeavesNoBody(t *testing.T) {
	p := Parse("p.md", []byte("---\ntitle: x\n\n# Heading\n"))
	if p.FrontMatter == nil || len(p.FrontMatter.Problems) != 1 {
		t.Fatalf("FrontMatter = %+v", p.FrontMatter)
	}
	if p.Body.ChildCount() != 0 {
		t.Errorf("body of an unclosed block has %d nodes, want none", p.Body.ChildCount())
	}
}
