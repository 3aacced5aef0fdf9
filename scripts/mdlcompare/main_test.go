package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const postlintJSON = `{
  "version": 1,
  "findings": [
    {"path": "blog/a.md", "line": 3, "column": 1, "rule": "heading-increment", "message": "h4 after h2"},
    {"path": "blog/a.md", "line": 9, "column": 7, "rule": "bare-url", "message": "bare URL"},
    {"path": "blog/a.md", "line": 9, "column": 40, "rule": "bare-url", "message": "bare URL"},
    {"path": "blog/a.md", "line": 12, "column": 1, "rule": "final-newline", "message": "file ends with 2 blank lines"},
    {"path": "./blog/b.md", "line": 5, "column": 1, "rule": "heading-increment", "message": "h3 first"},
    {"path": "blog/b.md", "line": 1, "column": 1, "rule": "front-matter-missing", "message": "not compared"}
  ]
}`

const markdownlintJSON = `[
  {"fileName": "blog/a.md", "lineNumber": 3, "ruleNames": ["MD001", "heading-increment"],
   "ruleDescription": "Heading levels should only increment by one level at a time",
   "errorDetail": "Expected: h3; Actual: h4", "errorContext": null, "errorRange": null},
  {"fileName": "blog/a.md", "lineNumber": 9, "ruleNames": ["MD034", "no-bare-urls"],
   "ruleDescription": "Bare URL used", "errorDetail": null, "errorContext": "https://example.com",
   "errorRange": [7, 19]},
  {"fileName": "blog/a.md", "lineNumber": 10, "ruleNames": ["MD034", "no-bare-urls"],
   "ruleDescription": "Bare URL used", "errorDetail": null, "errorContext": "https://example.org",
   "errorRange": [1, 19]},
  {"fileName": "/corpus/blog/a.md", "lineNumber": 11, "ruleNames": ["MD047", "single-trailing-newline"],
   "ruleDescription": "Files should end with a single newline character", "errorRange": [4, 1]},
  {"fileName": "blog/c.md", "lineNumber": 2, "ruleNames": ["MD009", "no-trailing-spaces"],
   "ruleDescription": "Trailing spaces", "errorDetail": "Expected: 0 or 2; Actual: 3", "errorRange": [5, 3]},
  {"fileName": "blog/c.md", "lineNumber": 4, "ruleNames": ["MD013", "line-length"],
   "ruleDescription": "Line length", "errorRange": null}
]`

func read(t *testing.T) (post, md []Finding) {
	t.Helper()
	post, err := readPostlint(strings.NewReader(postlintJSON), "/corpus")
	if err != nil {
		t.Fatal(err)
	}
	md, err = readMarkdownlint(strings.NewReader(markdownlintJSON), "/corpus")
	if err != nil {
		t.Fatal(err)
	}
	return post, md
}

func TestRead(t *testing.T) {
	post, md := read(t)
	if len(post) != 5 {
		t.Errorf("postlint: got %d findings, want 5 (front-matter-missing is not compared): %v", len(post), post)
	}
	if post[4].Path != "blog/b.md" {
		t.Errorf("postlint path = %q, want blog/b.md", post[4].Path)
	}
	if len(md) != 5 {
		t.Fatalf("markdownlint: got %d findings, want 5 (MD013 is not compared): %v", len(md), md)
	}
	if md[3].Path != "blog/a.md" || md[3].Rule != "final-newline" {
		t.Errorf("markdownlint finding = %+v, want blog/a.md final-newline", md[3])
	}
	want := `MD001/heading-increment Heading levels should only increment by one level at a time [Expected: h3; Actual: h4]`
	if md[0].Message != want {
		t.Errorf("message = %q, want %q", md[0].Message, want)
	}
	if md[1].Column != 7 || !strings.HasSuffix(md[1].Message, `[Context: "https://example.com"]`) {
		t.Errorf("bare URL = %+v, want column 7 and its context", md[1])
	}
}

func TestCompare(t *testing.T) {
	post, md := read(t)
	results := compare(post, md)
	got := make(map[string][3]int)
	for _, r := range results {
		got[r.Rule] = [3]int{len(r.Both), len(r.OnlyPostlint), len(r.OnlyMarkdownlint)}
	}
	want := map[string][3]int{
		// a.md:3 matches; b.md:5 only postlint.
		"heading-increment": {1, 1, 0},
		// Line 9: two postlint, one markdownlint: the first column pairs up.
		// Line 10 is another line, and bare-url has no tolerance.
		"bare-url": {1, 1, 1},
		// Lines 12 and 11 match by the end-of-file tolerance.
		"final-newline":  {1, 0, 0},
		"trailing-space": {0, 0, 1},
	}
	for _, p := range pairs {
		if got[p.Rule] != want[p.Rule] {
			t.Errorf("%s: got both/post/md %v, want %v", p.Rule, got[p.Rule], want[p.Rule])
		}
	}
	for _, r := range results {
		switch r.Rule {
		case "bare-url":
			if r.Both[0].Post.Column != 7 || r.OnlyPostlint[0].Column != 40 {
				t.Errorf("bare-url: matched %+v, left %+v; want column 7 matched, 40 left", r.Both[0].Post, r.OnlyPostlint[0])
			}
		case "final-newline":
			if r.Both[0].Tolerance != "end-of-file" {
				t.Errorf("final-newline matched with tolerance %q, want end-of-file", r.Both[0].Tolerance)
			}
		case "heading-increment":
			if r.Both[0].Tolerance != "" {
				t.Errorf("heading-increment matched with tolerance %q, want an exact match", r.Both[0].Tolerance)
			}
		}
	}
}

func TestMatchFileTolerancePrefersNearest(t *testing.T) {
	near := tolerance{Name: "near", Match: func(p, m Finding) bool { return distance(p, m) <= 2 }}
	post := []Finding{{Line: 10}, {Line: 20}}
	md := []Finding{{Line: 13}, {Line: 11}, {Line: 9}, {Line: 20}}
	both, onlyPost, onlyMD := matchFile(post, md, []tolerance{near})
	if len(both) != 2 || both[0].MD.Line != 20 || both[1].MD.Line != 9 || both[1].Tolerance != "near" {
		t.Errorf("both = %+v; want 20 exactly, then 10 with 9 (the nearest, first in line order)", both)
	}
	if len(onlyPost) != 0 || len(onlyMD) != 2 || onlyMD[0].Line != 11 || onlyMD[1].Line != 13 {
		t.Errorf("only postlint %+v, only markdownlint %+v; want none and 11, 13", onlyPost, onlyMD)
	}
}

func TestSpread(t *testing.T) {
	paths := []string{"a/1.md", "a/1.md", "a/1.md", "a/2.md", "b/1.md", "b/1.md"}
	got := spread(paths, 4, func(s string) string { return s })
	want := []string{"a/1.md", "b/1.md", "a/2.md", "b/1.md"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("spread = %v, want %v", got, want)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	postFile, mdFile := filepath.Join(dir, "p.json"), filepath.Join(dir, "m.json")
	if err := os.WriteFile(postFile, []byte(postlintJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mdFile, []byte(markdownlintJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err := run([]string{"-postlint", postFile, "-markdownlint", mdFile, "-root", "/corpus",
		"-examples", "2", "-implemented", "heading-increment,bare-url"}, &out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| heading-increment (MD001)      |    1 |             1 |                 0 |",
		"| final-newline (MD047) *        |    1 |             0 |                 0 |",
		"| total                          |    3 |             2 |                 2 |",
		"\n## bare-url (MD034)\n",
		"only markdownlint: 1 in 1 files\n  blog/a.md:10:1: MD034/no-bare-urls Bare URL used",
		"      nearest postlint: 9:7: bare URL\n",
		"both, matched across lines by a tolerance: 1",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
