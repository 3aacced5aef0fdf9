package report

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/rule"
)

func TestTextGolden(t *testing.T) {
	for _, tc := range []struct {
		golden string
		color  bool
	}{{"findings.txt", false}, {"findings.color.txt", true}} {
		var buf bytes.Buffer
		if err := Text(&buf, fixture(), tc.color); err != nil {
			t.Fatal(err)
		}
		checkGolden(t, tc.golden, buf.Bytes())
	}
}

func TestTextLines(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, fixture(), false); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "\x1b") {
		t.Errorf("colour codes without color:\n%s", out)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	// One line per finding, and four for the related places of the last:
	// three listed, then how many more.
	if len(lines) != len(fixture().Findings)+4 {
		t.Errorf("got %d lines for %d findings:\n%s", len(lines), len(fixture().Findings), out)
	}
	want := "content/posts/café au lait.md:3:5: error: \"TODO\" left in prose (placeholder)"
	if lines[0] != want {
		t.Errorf("first line:\ngot  %q\nwant %q", lines[0], want)
	}
	wantRelated := []string{
		`    related: content/archive/hello.md:2:8: the same title "Hello"`,
		`    related: content/drafts/[wip] hello.md:2:8: the same title "Hello"`,
		`    related: content/posts/café au lait.md:2:8: the same title "Hello"`,
		`    and 1 more related place`,
	}
	if got := lines[len(lines)-4:]; !slices.Equal(got, wantRelated) {
		t.Errorf("related lines:\ngot  %q\nwant %q", got, wantRelated)
	}
	if strings.Contains(out, "secret.md") {
		t.Errorf("Text printed a notification:\n%s", out)
	}
}

func TestTextColor(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, fixture(), true); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		ansiBold + cafePath + ansiReset + ":3:5: " + ansiRed + "error" + ansiReset + ": ",
		ansiYellow + "warning" + ansiReset,
		ansiCyan + "info" + ansiReset,
		ansiDim + "(placeholder)" + ansiReset + "\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%q", want, out)
		}
	}
}

func TestTextRelated(t *testing.T) {
	related := func(n int) []rule.Related {
		var out []rule.Related
		for i := range n {
			out = append(out, rule.Related{Path: fmt.Sprintf("p%d.md", i+1), Range: rng(i+1, 2, i+1, 3), Message: "m\x1b"})
		}
		return out
	}
	for _, tc := range []struct {
		related []rule.Related
		want    string
	}{
		{nil, ""},
		{[]rule.Related{{Path: "b.md", Range: rng(3, 8, 3, 9)}}, "    related: b.md:3:8\n"},
		{related(3), "    related: p1.md:1:2: m\\x1b\n    related: p2.md:2:2: m\\x1b\n    related: p3.md:3:2: m\\x1b\n"},
		{related(5), "    related: p1.md:1:2: m\\x1b\n    related: p2.md:2:2: m\\x1b\n    related: p3.md:3:2: m\\x1b\n    and 2 more related places\n"},
	} {
		r := &Report{Findings: []rule.Finding{{Path: "a.md", Rule: "r", Severity: rule.Warning, Message: "m",
			Range: rng(1, 1, 1, 2), Related: tc.related}}}
		var buf bytes.Buffer
		if err := Text(&buf, r, false); err != nil {
			t.Fatal(err)
		}
		if want := "a.md:1:1: warning: m (r)\n" + tc.want; buf.String() != want {
			t.Errorf("%d related:\ngot  %q\nwant %q", len(tc.related), buf.String(), want)
		}
	}
}

func TestTextEscapesControlCharacters(t *testing.T) {
	r := &Report{Findings: []rule.Finding{{
		Path: "a.md", Rule: "r", Severity: rule.Error,
		Message: "line\r\nnext \x1b[31mred\x7f\ttab",
		Range:   rng(1, 1, 1, 2),
	}}}
	var buf bytes.Buffer
	if err := Text(&buf, r, false); err != nil {
		t.Fatal(err)
	}
	want := `a.md:1:1: error: line\r\nnext \x1b[31mred\x7f` + "\ttab (r)\n"
	if got := buf.String(); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
