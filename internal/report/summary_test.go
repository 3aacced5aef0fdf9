package report

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"

	"github.com/postlint/postlint/internal/rule"
)

// testLinks are the links of a made-up GitHub Actions run.
var testLinks = &Links{ServerURL: "https://github.com", Repository: "postlint/blog", Commit: "0123456789abcdef0123456789abcdef01234567"}

func jobSummary(t *testing.T, r *Report, links *Links) string {
	t.Helper()
	var buf bytes.Buffer
	if err := JobSummary(&buf, r, links); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestJobSummaryGolden(t *testing.T) {
	checkGolden(t, "findings.summary.md", []byte(jobSummary(t, fixture(), nil)))
	checkGolden(t, "clean.summary.md", []byte(jobSummary(t, clean(), testLinks)))
}

func TestJobSummaryEscapingGolden(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("uses Unix absolute paths")
	}
	checkGolden(t, "escaping.summary.md", []byte(jobSummary(t, escapingFixture(), nil)))
	checkGolden(t, "escaping.links.summary.md", []byte(jobSummary(t, escapingFixture(), testLinks)))
}

// TestJobSummaryRenders renders the summary as GitHub-flavoured Markdown
// and checks that every finding is one table row of four cells that
// shows its message as it is, with <br> for line breaks.
func TestJobSummaryRenders(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("uses Unix absolute paths")
	}
	r := escapingFixture()
	var out bytes.Buffer
	md := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	if err := md.Convert([]byte(jobSummary(t, r, testLinks)), &out); err != nil {
		t.Fatal(err)
	}
	tables := regexp.MustCompile(`(?s)<table>.*?</table>`).FindAllString(out.String(), -1)
	if len(tables) != 3 {
		t.Fatalf("got %d tables, want totals, rules and findings:\n%s", len(tables), out.String())
	}
	rows := regexp.MustCompile(`(?s)<tr>\n(.*?)</tr>`).FindAllStringSubmatch(tables[len(tables)-1], -1)[1:]
	if len(rows) != len(r.Findings) {
		t.Fatalf("got %d rows, want %d:\n%s", len(rows), len(r.Findings), tables[len(tables)-1])
	}
	cell := regexp.MustCompile(`<td>(.*?)</td>`)
	messages := map[string]bool{}
	for _, row := range rows {
		cells := cell.FindAllStringSubmatch(row[1], -1)
		if len(cells) != 4 {
			t.Errorf("row has %d cells, want 4: %s", len(cells), row[1])
			continue
		}
		messages[html.UnescapeString(cells[3][1])] = true
	}
	for _, f := range r.Findings {
		want := strings.NewReplacer("\r\n", "<br>", "\r", "<br>", "\n", "<br>", "\x1b", `\x1b`).Replace(f.Message)
		if !messages[want] {
			t.Errorf("no row shows the message %q as %q; rows:\n%q", f.Message, want, rows)
		}
	}
}

func TestJobSummaryLinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("uses Unix absolute paths")
	}
	got := jobSummary(t, escapingFixture(), testLinks)
	for _, want := range []string{
		// Relative to the repository root, each segment percent-encoded;
		// a multi-line finding links its lines.
		"(https://github.com/postlint/blog/blob/0123456789abcdef0123456789abcdef01234567/site/content/100%25%20pure:%20a%2C%20b.md#L3)",
		"/site/content/100%25%20pure:%20a%2C%20b.md#L4-L6)",
		"/site/content/na%C3%AFve%0Aname%20%28draft%29%20%5B1%5D.md#L5)",
		// A file outside the repository has no link.
		"| ../../elsewhere/x y.md:2:7 | warning |",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("summary lacks %q:\n%s", want, got)
		}
	}
}

func TestGitHubLinks(t *testing.T) {
	env := map[string]string{
		"GITHUB_SERVER_URL": "https://github.example.com/",
		"GITHUB_REPOSITORY": "octo/blog",
		"GITHUB_SHA":        "abc123",
	}
	l := GitHubLinks(func(k string) string { return env[k] })
	if l == nil {
		t.Fatal("GitHubLinks = nil")
	}
	if got, want := l.lineURL("a b/c&d.md", 3, 3), "https://github.example.com/octo/blog/blob/abc123/a%20b/c%26d.md#L3"; got != want {
		t.Errorf("lineURL = %q, want %q", got, want)
	}
	for key, bad := range map[string]string{
		"GITHUB_SERVER_URL": "github.com",
		"GITHUB_REPOSITORY": "octo",
		"GITHUB_SHA":        "",
	} {
		good := env[key]
		env[key] = bad
		if l := GitHubLinks(func(k string) string { return env[k] }); l != nil {
			t.Errorf("with %s=%q: GitHubLinks = %+v, want nil", key, bad, l)
		}
		env[key] = good
	}
}

// manyFindings returns a report with n findings in posts of ten, a third
// of each severity, whose messages are "finding N" and, when long is not
// empty, long.
func manyFindings(n int, long string) *Report {
	r := &Report{Tool: fixtureTool(), Rules: fixtureRules(), Posts: n / 10}
	sevs := []rule.Severity{rule.Info, rule.Warning, rule.Error}
	for i := range n {
		msg := long
		if long == "" {
			msg = fmt.Sprintf("finding %d here", i)
		}
		r.Findings = append(r.Findings, rule.Finding{Path: fmt.Sprintf("content/post-%05d.md", i/10), Rule: "placeholder",
			Severity: sevs[i%3], Message: msg, Range: rng(i%10+1, 1, i%10+1, 2)})
	}
	return r
}

var leftOut = regexp.MustCompile(`\n(\d+) more findings are left out: ([^\n]*)\n`)

func TestJobSummaryListsTheFirstFindings(t *testing.T) {
	r := manyFindings(100_000, "")
	got := jobSummary(t, r, testLinks)
	if len(got) >= summaryMaxBytes {
		t.Fatalf("summary is %d bytes, over GitHub's limit", len(got))
	}
	m := leftOut.FindStringSubmatch(got)
	if m == nil || m[1] != "99800" || !strings.HasPrefix(m[2], "the summary lists the first 200.") {
		t.Errorf("left-out note = %q, want 99800 findings left out after the first 200", m)
	}
	if !strings.Contains(got, "GitHub shows at most 10 annotations of each level per step: the first 200 of the 100000 findings are listed below.") {
		t.Errorf("no note on GitHub's annotation limit")
	}
	// Errors first: the 200 rows are errors, in the report's order.
	rows := regexp.MustCompile(`\| (error|warning|info) \| placeholder \| finding (\d+) `).FindAllStringSubmatch(got, -1)
	if len(rows) != 200 {
		t.Fatalf("%d rows, want 200", len(rows))
	}
	if rows[0][1] != "error" || rows[0][2] != "2" || rows[199][1] != "error" || rows[199][2] != "599" {
		t.Errorf("rows run from %v to %v, want the errors from finding 2 to 599", rows[0][1:], rows[199][1:])
	}
}

func TestJobSummaryStaysUnder1MiB(t *testing.T) {
	r := manyFindings(100_000, "finding "+strings.Repeat("x", 8<<10))
	got := jobSummary(t, r, testLinks)
	if len(got) >= summaryMaxBytes {
		t.Fatalf("summary is %d bytes, over GitHub's limit", len(got))
	}
	rows := strings.Count(got, "| placeholder | finding ")
	if rows < 100 {
		t.Errorf("only %d rows in %d bytes", rows, len(got))
	}
	m := leftOut.FindStringSubmatch(got)
	if m == nil || m[1] != fmt.Sprint(100_000-rows) || !strings.HasPrefix(m[2], "GitHub limits a job summary to 1 MiB.") {
		t.Errorf("left-out note = %q, want %d findings left out for the size limit", m, 100_000-rows)
	}
	if want := fmt.Sprintf("the first %d of the 100000 findings are listed below", rows); !strings.Contains(got, want) {
		t.Errorf("summary lacks %q", want)
	}
}

func TestJobSummaryAnnotationNote(t *testing.T) {
	for n, want := range map[int]bool{30: false, 33: true} {
		got := jobSummary(t, manyFindings(n, ""), nil)
		if note := strings.Contains(got, "GitHub shows at most 10 annotations"); note != want {
			t.Errorf("%d findings (%d of each level): annotation note = %v, want %v", n, n/3, note, want)
		}
		if want && !strings.Contains(got, "all 33 findings are listed below") {
			t.Errorf("%d findings: the note does not say all are listed", n)
		}
	}
}

func TestMarkdownText(t *testing.T) {
	for in, want := range map[string]string{
		"plain, text: 100%":  "plain, text: 100%",
		"a | b":              `a \| b`,
		"`x` *y* _z_":        "\\`x\\` \\*y\\* \\_z\\_",
		"<b> &amp; [l](u)":   `\<b\> \&amp; \[l\](u)`,
		`\| $x$ ~s~`:         `\\\| \$x\$ \~s\~`,
		"a\r\nb\nc\rd":       "a<br>b<br>c<br>d",
		"esc\x1b[0m\tdone":   `esc\\x1b\[0m` + "\tdone",
		"über 日本語":           "über 日本語",
		"trailing newline\n": "trailing newline<br>",
	} {
		if got := mdText(in); got != want {
			t.Errorf("mdText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestJobSummaryReturnsWriteErrors(t *testing.T) {
	if err := JobSummary(failingWriter{}, fixture(), nil); err == nil {
		t.Error("no error from a failing writer")
	}
}

// TestJobSummaryStopsAtTheFirstRowThatDoesNotFit checks that a short
// info does not slip in after the long errors that filled the summary.
func TestJobSummaryStopsAtTheFirstRowThatDoesNotFit(t *testing.T) {
	r := manyFindings(300, "finding "+strings.Repeat("x", 16<<10)) // 100 of each level
	short := rule.Finding{Path: "a.md", Rule: "wordy", Severity: rule.Info, Message: "short", Range: rng(1, 1, 1, 2)}
	r.Findings = append([]rule.Finding{short}, r.Findings...)
	got := jobSummary(t, r, nil)
	if strings.Contains(got, "| info | wordy | short |") {
		t.Error("a short info is listed after errors were left out")
	}
	if m := leftOut.FindStringSubmatch(got); m == nil || !strings.HasPrefix(m[2], "GitHub limits") {
		t.Errorf("left-out note = %q", m)
	}
}
