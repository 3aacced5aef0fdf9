package report

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

var update = flag.Bool("update", false, "rewrite golden files")

const (
	cafePath  = "content/posts/café au lait.md"
	helloPath = "content/posts/hello.md"
	worldPath = "content/posts/world.md"
	// trickyMessage has every character that GitHub's escaping changes.
	trickyMessage = "sentence has 40 words: 114% of max-words, which is 35\nsplit it"
)

func testRule(name string, sev rule.Severity, fixable bool) *rule.Rule {
	return &rule.Rule{
		Name:     name,
		Doc:      "Title of " + name + "\n\nBody paragraph about " + name + ",\nwrapped.\n\nMore.",
		Severity: sev,
		Fixable:  fixable,
		Run:      func(*rule.Pass) error { return nil },
	}
}

func fixtureRules() []*rule.Rule {
	return []*rule.Rule{
		testRule("placeholder", rule.Error, false),
		testRule("heading-increment", rule.Warning, false),
		testRule("trailing-space", rule.Warning, true),
		testRule("final-newline", rule.Warning, true),
		testRule("sentence-length", rule.Info, false),
		testRule("wordy", rule.Info, true),
		testRule("bare-url", rule.Off, false),
		testRule("duplicate-title", rule.Warning, false),
	}
}

func rng(line, col, endLine, endCol int) source.Range {
	return source.Range{Start: source.Position{Line: line, Column: col}, End: source.Position{Line: endLine, Column: endCol}}
}

func fixtureTool() Tool {
	return Tool{Name: "postlint", Version: "1.2.3", InformationURI: "https://github.com/postlint/postlint"}
}

// fixture is the report every golden file prints: all three severities, a
// path with a space and non-ASCII letters, a message with characters that
// need escaping, a multi-line range, two results with equal fingerprints,
// fixes that replace, delete and insert, a site rule's finding with four
// related places (one more than the text lists, one with brackets in its
// path), and an unreadable file.
func fixture() *Report {
	return &Report{
		Tool:  fixtureTool(),
		Rules: fixtureRules(),
		Posts: 3,
		Findings: []rule.Finding{
			{Path: cafePath, Rule: "placeholder", Severity: rule.Error, Message: `"TODO" left in prose`,
				Span: source.Span{Start: 40, End: 44}, Range: rng(3, 5, 3, 9)},
			{Path: cafePath, Rule: "sentence-length", Severity: rule.Info, Message: trickyMessage,
				Span: source.Span{Start: 60, End: 150}, Range: rng(5, 1, 6, 20)},
			{Path: helloPath, Rule: "heading-increment", Severity: rule.Warning,
				Message: "heading level 3 follows level 1; expected level 2", Range: rng(4, 1, 4, 12)},
			{Path: helloPath, Rule: "trailing-space", Severity: rule.Warning, Message: "trailing whitespace",
				Range: rng(7, 14, 7, 16), Fix: &rule.Fix{Description: "remove the trailing spaces",
					Edits: []rule.Edit{{Range: rng(7, 14, 7, 16)}}}},
			{Path: helloPath, Rule: "trailing-space", Severity: rule.Warning, Message: "trailing whitespace",
				Range: rng(9, 3, 9, 5), Fix: &rule.Fix{Description: "remove the trailing spaces",
					Edits: []rule.Edit{{Range: rng(9, 3, 9, 5)}}}},
			{Path: helloPath, Rule: "wordy", Severity: rule.Info, Message: `"in order to" has a shorter equal: "to"`,
				Range: rng(12, 10, 12, 21), Fix: &rule.Fix{Description: `replace "in order to" with "to"`,
					Edits: []rule.Edit{{Range: rng(12, 10, 12, 21), NewText: "to"}}}},
			{Path: helloPath, Rule: "final-newline", Severity: rule.Warning, Message: "file does not end with a newline",
				Range: rng(13, 25, 13, 25), Fix: &rule.Fix{Description: "add a newline",
					Edits: []rule.Edit{{Range: rng(13, 25, 13, 25), NewText: "\n"}}}},
			{Path: worldPath, Rule: "duplicate-title", Severity: rule.Warning,
				Message: `title "Hello" is also used by content/archive/hello.md, content/drafts/[wip] hello.md, ` +
					`content/posts/café au lait.md, content/posts/hello.md`,
				Range: rng(2, 8, 2, 15), Related: fixtureRelated()},
		},
		Notifications: []Notification{
			{Path: "content/posts/secret.md", Level: rule.Error, Message: "cannot read the file: permission denied"},
		},
	}
}

// fixtureRelated returns the other posts of the fixture's duplicate-title
// finding.
func fixtureRelated() []rule.Related {
	var out []rule.Related
	for _, p := range []string{"content/archive/hello.md", "content/drafts/[wip] hello.md", cafePath, helloPath} {
		out = append(out, rule.Related{Path: p, Range: rng(2, 8, 2, 15), Message: `the same title "Hello"`})
	}
	return out
}

// escapingFixture is the report that the GitHub and job summary golden
// files print to show their escaping: run from /repo/site with /repo as
// the repository root, it has paths with "%", ":", ",", spaces, a
// newline, brackets and non-ASCII letters, messages with Markdown markup
// and line breaks, a multi-line range, a file outside the repository, a
// related place on a path that needs escaping, and a notification on one.
func escapingFixture() *Report {
	const (
		outside = "../../elsewhere/x y.md"
		pct     = "content/100% pure: a, b.md"
		naive   = "content/naïve\nname (draft) [1].md"
	)
	return &Report{
		Tool:       fixtureTool(),
		Rules:      fixtureRules(),
		Posts:      4,
		WorkDir:    "/repo/site",
		SourceRoot: "/repo",
		Findings: []rule.Finding{
			{Path: outside, Rule: "trailing-space", Severity: rule.Warning, Message: "trailing whitespace",
				Range: rng(2, 7, 2, 9)},
			{Path: pct, Rule: "placeholder", Severity: rule.Error,
				Message: `"TODO" left in prose: <b>x</b> | a&amp;b ` + "`code`" + ` *star* _u_ [l](u) $x$ ~s~ \ end`,
				Range:   rng(3, 5, 3, 9)},
			{Path: pct, Rule: "sentence-length", Severity: rule.Info, Message: "line one: 50%, then\r\nline two\rthree\x1b[0m",
				Range: rng(4, 1, 6, 3)},
			{Path: naive, Rule: "wordy", Severity: rule.Info, Message: "über: ü, é, 日本語", Range: rng(2, 1, 2, 4)},
			{Path: naive, Rule: "heading-increment", Severity: rule.Warning, Message: "heading level 3 follows level 1",
				Range: rng(5, 1, 5, 6), Related: []rule.Related{{Path: "content/a,b:c%.md", Range: rng(3, 1, 3, 4), Message: "the heading above"}}},
		},
		Notifications: []Notification{
			{Path: "content/a,b:c%.md", Level: rule.Warning, Message: "skipped: a binary file (it contains NUL bytes)"},
			{Level: rule.Error, Message: "rule wordy failed: 100%: broken\nbadly"},
		},
	}
}

// clean is a report with no findings and no notifications.
func clean() *Report {
	return &Report{Tool: fixtureTool(), Rules: fixtureRules(), Posts: 3}
}

// checkGolden compares got with testdata/name byte for byte, or rewrites
// the file with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (- want, + got; go test -update rewrites it):\n%s",
			name, lineDiff(string(want), string(got)))
	}
}

// lineDiff returns a line-by-line diff of want and got, from their
// longest common subsequence of lines. Lines are quoted so that invisible
// differences (escape codes, trailing spaces) show.
func lineDiff(want, got string) string {
	a, b := splitLines(want), splitLines(got)
	// lcs[i][j] is the length of the LCS of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			fmt.Fprintf(&out, "  %q\n", a[i])
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			fmt.Fprintf(&out, "- %q\n", a[i])
			i++
		default:
			fmt.Fprintf(&out, "+ %q\n", b[j])
			j++
		}
	}
	return out.String()
}

func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// failingWriter fails every write, to check that printers return write
// errors.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

func TestPrintersReturnWriteErrors(t *testing.T) {
	for name, write := range map[string]func(r *Report) error{
		"text":   func(r *Report) error { return Text(failingWriter{}, r, false) },
		"json":   func(r *Report) error { return JSON(failingWriter{}, r) },
		"sarif":  func(r *Report) error { return SARIF(failingWriter{}, r) },
		"github": func(r *Report) error { return GitHub(failingWriter{}, r) },
	} {
		if err := write(fixture()); err == nil {
			t.Errorf("%s: no error from a failing writer", name)
		}
	}
}
