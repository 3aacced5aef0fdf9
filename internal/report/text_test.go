package report

import (
	"bytes"
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
	if len(lines) != len(fixture().Findings) {
		t.Errorf("got %d lines for %d findings:\n%s", len(lines), len(fixture().Findings), out)
	}
	want := "content/posts/café au lait.md:3:5: error: \"TODO\" left in prose (placeholder)"
	if lines[0] != want {
		t.Errorf("first line:\ngot  %q\nwant %q", lines[0], want)
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
