package report

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/rule"
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
		// The related places would make too long a hint: none.
		7: "::warning file=content/posts/world.md,line=2,col=8,endLine=2,endColumn=15,title=postlint (duplicate-title)::" +
			"content/posts/world.md:2:8: " + fixture().Findings[7].Message,
		8: "::error file=content/posts/secret.md::content/posts/secret.md: cannot read the file: permission denied",
	} {
		if lines[i] != want {
			t.Errorf("line %d:\ngot  %s\nwant %s", i, lines[i], want)
		}
	}
}

// TestGitHubRelatedHint checks the hint that names a finding's related
// places at the end of its message: at most three, and none when it
// would be longer than 100 characters.
func TestGitHubRelatedHint(t *testing.T) {
	related := func(paths ...string) []rule.Related {
		var out []rule.Related
		for i, p := range paths {
			out = append(out, rule.Related{Path: p, Range: rng(i+2, 8, i+2, 9), Message: "m"})
		}
		return out
	}
	long := strings.Repeat("x", 80) + ".md"
	for _, tc := range []struct {
		related []rule.Related
		want    string
	}{
		{nil, ""},
		{related("b.md"), " (also: b.md:2)"},
		{related("b.md", "c.md", "d.md"), " (also: b.md:2, c.md:3, d.md:4)"},
		{related("b.md", "c.md", "d.md", "e.md", "f.md"), " (also: b.md:2, c.md:3, d.md:4 and 2 more)"},
		{related("b.md", long), ""},
	} {
		r := &Report{Findings: []rule.Finding{{Path: "a.md", Rule: "r", Severity: rule.Warning, Message: "m",
			Range: rng(1, 1, 1, 2), Related: tc.related}}}
		var buf bytes.Buffer
		if err := GitHub(&buf, r); err != nil {
			t.Fatal(err)
		}
		want := "::warning file=a.md,line=1,col=1,endLine=1,endColumn=2,title=postlint (r)::a.md:1:1: m" + tc.want + "\n"
		if buf.String() != want {
			t.Errorf("%d related:\ngot  %q\nwant %q", len(tc.related), buf.String(), want)
		}
	}
}

func TestGitHubEscapingGolden(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("uses Unix absolute paths")
	}
	var buf bytes.Buffer
	if err := GitHub(&buf, escapingFixture()); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "escaping.github", buf.Bytes())
}

// TestGitHubFilesRelativeToRoot checks that file= is relative to the
// repository root, which the runner resolves it against, while the
// message keeps the path as given; and that a file outside the root gets
// its absolute path.
func TestGitHubFilesRelativeToRoot(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("uses Unix absolute paths")
	}
	var buf bytes.Buffer
	if err := GitHub(&buf, escapingFixture()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\n")
	for i, want := range map[int]string{
		0: "::warning file=/elsewhere/x y.md,line=2,col=7,endLine=2,endColumn=9,title=postlint (trailing-space)::" +
			"../../elsewhere/x y.md:2:7: trailing whitespace",
		1: "::error file=site/content/100%25 pure%3A a%2C b.md,line=3,col=5,endLine=3,endColumn=9,title=postlint (placeholder)::" +
			"content/100%25 pure: a, b.md:3:5: \"TODO\" left in prose: <b>x</b> | a&amp;b `code` *star* _u_ [l](u) $x$ ~s~ \\ end",
		3: "::notice file=site/content/naïve%0Aname (draft) [1].md,line=2,col=1,endLine=2,endColumn=4,title=postlint (wordy)::" +
			"content/naïve%0Aname (draft) [1].md:2:1: über: ü, é, 日本語",
		4: "::warning file=site/content/naïve%0Aname (draft) [1].md,line=5,col=1,endLine=5,endColumn=6,title=postlint (heading-increment)::" +
			"content/naïve%0Aname (draft) [1].md:5:1: heading level 3 follows level 1 (also: content/a,b:c%25.md:3)",
		5: "::warning file=site/content/a%2Cb%3Ac%25.md::content/a,b:c%25.md: skipped: a binary file (it contains NUL bytes)",
		6: "::error::rule wordy failed: 100%25: broken%0Abadly",
	} {
		if lines[i] != want {
			t.Errorf("line %d:\ngot  %s\nwant %s", i, lines[i], want)
		}
	}
}

// TestGitHubRoundTrip decodes every command as the runner does
// (actions/runner ActionCommand.TryParseV2: split the properties at ","
// and "=", then unescape) and checks that the file, title and message
// come back unchanged.
func TestGitHubRoundTrip(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("uses Unix absolute paths")
	}
	r := escapingFixture()
	var buf bytes.Buffer
	if err := GitHub(&buf, r); err != nil {
		t.Fatal(err)
	}
	unescapeData := strings.NewReplacer("%0D", "\r", "%0A", "\n", "%25", "%")
	unescapeProperty := strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%")
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	for i, f := range r.Findings {
		line := strings.TrimPrefix(lines[i], "::")
		info, data, ok := strings.Cut(line, "::")
		if !ok {
			t.Fatalf("line %d has no data: %s", i, lines[i])
		}
		_, props, _ := strings.Cut(info, " ")
		got := map[string]string{}
		for _, p := range strings.Split(props, ",") {
			k, v, _ := strings.Cut(p, "=")
			got[k] = unescapeProperty.Replace(v)
		}
		file, _ := repoPath(r, f.Path)
		if got["file"] != file || got["title"] != "postlint ("+f.Rule+")" {
			t.Errorf("line %d: properties %q, want file %q", i, got, file)
		}
		start := validRange(f.Range).Start
		// Control characters other than line breaks show as Go escapes.
		msg := strings.ReplaceAll(f.Message, "\x1b", `\x1b`)
		if len(f.Related) == 1 {
			rel := f.Related[0]
			msg += fmt.Sprintf(" (also: %s:%d)", rel.Path, rel.Range.Start.Line)
		}
		if want := fmt.Sprintf("%s:%d:%d: %s", f.Path, start.Line, start.Column, msg); unescapeData.Replace(data) != want {
			t.Errorf("line %d: message %q, want %q", i, unescapeData.Replace(data), want)
		}
	}
}
