package post

import (
	"strings"
	"testing"
)

func TestNestingPastLimit(t *testing.T) {
	rep := strings.Repeat
	staircase := func(n int, indent, item string) string { // n lines, each a level deeper
		var b strings.Builder
		for i := range n {
			b.WriteString(rep(indent, i) + item + "\n")
		}
		return b.String()
	}
	tests := []struct {
		name, body string
		want       int // the offset nestingPastLimit returns
	}{
		{"list by indentation, 100 levels", staircase(100, "  ", "- x"), -1},
		{"list by indentation, 101 levels", staircase(101, "  ", "- x"), len(staircase(100, "  ", "- x")) + 200},
		{"ordered list by indentation, 100 levels", staircase(100, "  ", "1) x"), -1},
		{"list on one line, 100 levels", rep("- ", 100) + "x\n", -1},
		{"list on one line, 101 levels", rep("- ", 101) + "x\n", 200},
		{"ordered list on one line, 101 levels", rep("1. ", 101) + "x\n", 300},
		{"block quotes, 100 levels", rep("> ", 100) + "x\n", -1},
		{"block quotes, 101 levels", rep("> ", 101) + "x\n", 200},
		{"block quotes without spaces, 101 levels", rep(">", 101) + "x\n", 100},
		{"block quotes by line, 101 levels", staircase(101, "> ", "> x"), len(staircase(100, "> ", "> x")) + 200},
		{"quotes and lists, 102 levels", rep("> - ", 51) + "x\n", 200},
		{"tabs are four columns", rep("\t", 50) + "- x\n", 50},
		{"tabs to the next stop", "  \t" + rep("\t", 49) + "- x\n", 52},
		{"four columns a level count twice", rep("    ", 50) + "- x\n", 200},
		{"crlf", "text\r\n" + rep("- ", 101) + "x\r\n", 206},
		{"an empty item ends the line", rep("- ", 100) + "1.\n", 200},
		{"deep indentation without a marker", rep(" ", 1000) + "x\n", -1},
		{"white space after the last marker", "- " + rep(" ", 1000) + "x\n", -1},
		{"text first", "a " + rep("- ", 200) + "\n", -1},
		{"not list markers", rep("-", 300) + " " + rep("-x ", 200) + "1.5 " + rep("1234567890. ", 200) + "\n", -1},
		{"thematic break", rep("- ", 200) + "\n" + rep("* ", 200) + "\n" + rep("_ ", 200) + "\n", -1},
		{"thematic break in a quote", rep("> ", 50) + rep("- ", 200) + "\n", -1},
		{"list holding a thematic break", "- " + rep("* ", 200) + "\n", -1},
		{"not a thematic break", rep("- ", 200) + "x\n", 200},
		{"past the limit on a later line", "- x\n\n" + rep("> ", 101) + "\n", 205},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nestingPastLimit([]byte(tt.body), 100); got != tt.want {
				t.Errorf("nestingPastLimit = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestParseTooDeep(t *testing.T) {
	src := "---\ntitle: x\n---\n\nText.\n\n" + strings.Repeat("> ", 101) + "x  \n\n## Heading\n"
	p := Parse("p.md", []byte(src))
	if p.FrontMatter == nil || !p.FrontMatter.Decoded {
		t.Fatalf("FrontMatter = %+v", p.FrontMatter)
	}
	if p.TooDeep == nil {
		t.Fatal("TooDeep = nil")
	}
	if r := p.Lines.Range(*p.TooDeep); r.Start.Line != 7 || r.Start.Column != 201 || r.End.Line != 7 || r.End.Column != 206 {
		t.Errorf("TooDeep at %v, want 7:201-7:206", r)
	}
	if p.Body.ChildCount() != 0 {
		t.Errorf("the body has %d nodes; it should not have been parsed", p.Body.ChildCount())
	}

	p = Parse("p.md", []byte("---\ntitle: x\n---\n\n"+strings.Repeat("> ", 100)+"x\n"))
	if p.TooDeep != nil || p.Body.ChildCount() != 1 {
		t.Errorf("100 levels: TooDeep = %v, %d nodes; want nil and a block quote", p.TooDeep, p.Body.ChildCount())
	}
}
