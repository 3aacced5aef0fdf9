package directive

import (
	"fmt"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/source"
)

// describe renders a directive with exact positions:
// "3:1-3:60 postlint-disable-next-line cliche@3:33-3:39 -- quoting a reader",
// then " ! problem" when it has one.
func describe(t *testing.T, p *post.Post, d Directive) string {
	t.Helper()
	r := p.Lines.Range(d.Span)
	if d.Line != r.Start.Line || d.EndLine != r.End.Line {
		t.Errorf("lines %d-%d, want those of the span %v", d.Line, d.EndLine, r)
	}
	if len(d.Rules) != len(d.NameSpans) {
		t.Fatalf("%d rules, %d name spans", len(d.Rules), len(d.NameSpans))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", at(p, d.Span), d.Keyword)
	for i, name := range d.Rules {
		if got := string(p.Source[d.NameSpans[i].Start:d.NameSpans[i].End]); got != name {
			t.Errorf("name span of %q holds %q", name, got)
		}
		fmt.Fprintf(&b, " %s@%s", name, at(p, d.NameSpans[i]))
	}
	if d.Reason != "" {
		fmt.Fprintf(&b, " -- %s", d.Reason)
	}
	if d.Problem != "" {
		fmt.Fprintf(&b, " ! %s", d.Problem)
	}
	return b.String()
}

func at(p *post.Post, s source.Span) string {
	r := p.Lines.Range(s)
	return fmt.Sprintf("%d:%d-%d:%d", r.Start.Line, r.Start.Column, r.End.Line, r.End.Column)
}

func parseAll(t *testing.T, src string) []string {
	t.Helper()
	p := post.Parse("p.md", []byte(src))
	var got []string
	for _, d := range Parse(p) {
		got = append(got, describe(t, p, d))
	}
	return got
}

func check(t *testing.T, src string, want ...string) {
	t.Helper()
	got := parseAll(t, src)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Parse(%q):\ngot:\n\t%s\nwant:\n\t%s", src, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func TestParseForms(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"next line", "Text.\n\n<!-- postlint-disable-next-line cliche -- quoting a reader -->\nIn conclusion.\n",
			[]string{"3:1-3:63 postlint-disable-next-line cliche@3:33-3:39 -- quoting a reader"}},
		{"range", "<!-- postlint-disable cliche -- quotes -->\nA.\n<!-- postlint-enable cliche -->\n",
			[]string{
				"1:1-1:43 postlint-disable cliche@1:23-1:29 -- quotes",
				"3:1-3:32 postlint-enable cliche@3:22-3:28",
			}},
		{"file", "A.\n\n<!-- postlint-disable-file wordy -- house style -->\n",
			[]string{"3:1-3:52 postlint-disable-file wordy@3:28-3:33 -- house style"}},
		{"no spaces inside the delimiters", "<!--postlint-disable x -- y-->\n",
			[]string{"1:1-1:31 postlint-disable x@1:22-1:23 -- y"}},
		{"rules by commas and spaces", "<!-- postlint-disable-file cliche, wordy  terms,placeholder\trepeated-word -- r -->\n",
			[]string{"1:1-1:83 postlint-disable-file cliche@1:28-1:34 wordy@1:36-1:41 terms@1:43-1:48 placeholder@1:49-1:60 repeated-word@1:61-1:74 -- r"}},
		{"the reason keeps its dashes", "<!-- postlint-disable-file wordy -- a -- b - c -->\n",
			[]string{"1:1-1:51 postlint-disable-file wordy@1:28-1:33 -- a -- b - c"}},
		{"its own rules may be named", "<!-- postlint-disable-file unused-directive, invalid-directive -- generated -->\n",
			[]string{"1:1-1:80 postlint-disable-file unused-directive@1:28-1:44 invalid-directive@1:46-1:63 -- generated"}},
		{"enable may give a reason", "<!-- postlint-disable x -- y -->\n<!-- postlint-enable x -- done -->\n",
			[]string{"1:1-1:33 postlint-disable x@1:23-1:24 -- y", "2:1-2:35 postlint-enable x@2:22-2:23 -- done"}},
		{"enable without names", "<!-- postlint-disable x -- y -->\n<!-- postlint-enable -->\n",
			[]string{"1:1-1:33 postlint-disable x@1:23-1:24 -- y", "2:1-2:25 postlint-enable"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.src, tt.want...) })
	}
}

func TestParsePlaces(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"crlf after front matter", "---\r\ntitle: x\r\n---\r\n\r\n<!-- postlint-disable-next-line cliche -- r -->\r\nIn conclusion.\r\n",
			[]string{"5:1-5:48 postlint-disable-next-line cliche@5:33-5:39 -- r"}},
		{"lone cr", "A.\r\r<!-- postlint-disable-next-line cliche -- r -->\rB.\r",
			[]string{"3:1-3:48 postlint-disable-next-line cliche@3:33-3:39 -- r"}},
		{"byte order mark", "\xEF\xBB\xBF<!-- postlint-disable-file cliche -- r -->\n",
			[]string{"1:1-1:43 postlint-disable-file cliche@1:28-1:34 -- r"}},
		{"inline, after wide characters", "Café 日本 <!-- postlint-disable-next-line cliche -- r --> then\nB.\n",
			[]string{"1:9-1:56 postlint-disable-next-line cliche@1:41-1:47 -- r"}},
		{"multi-line block", "<!-- postlint-disable-next-line\n  cliche,\n  wordy\n  -- a reason\n  over two lines\n-->\nB.\n",
			[]string{"1:1-6:4 postlint-disable-next-line cliche@2:3-2:9 wordy@3:3-3:8 -- a reason over two lines"}},
		{"multi-line inline", "A <!-- postlint-disable-next-line cliche\n-- r --> b\nc\n",
			[]string{"1:3-2:9 postlint-disable-next-line cliche@1:35-1:41 -- r"}},
		{"two comments in one block", "<!-- a comment --> <!-- postlint-disable-file x -- y -->\n",
			[]string{"1:20-1:57 postlint-disable-file x@1:47-1:48 -- y"}},
		{"inside a div", "<div>\n<!-- postlint-disable-file x -- y -->\n</div>\n",
			[]string{"2:1-2:38 postlint-disable-file x@2:28-2:29 -- y"}},
		{"in a quote", "> <!-- postlint-disable-next-line x -- y -->\n> B.\n",
			[]string{"1:3-1:45 postlint-disable-next-line x@1:35-1:36 -- y"}},
		{"in a list", "- a\n- <!-- postlint-disable-next-line x -- y -->\n  b\n",
			[]string{"2:3-2:45 postlint-disable-next-line x@2:35-2:36 -- y"}},
		{"indented by three spaces", "   <!-- postlint-disable-file x -- y -->\n",
			[]string{"1:4-1:41 postlint-disable-file x@1:31-1:32 -- y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.src, tt.want...) })
	}
}

func TestParseIgnores(t *testing.T) {
	for _, tt := range []struct{ name, src string }{
		{"no directive", "# Title\n\nText with postlint- in it.\n"},
		{"fenced code", "```markdown\n<!-- postlint-disable-file x -- y -->\n```\n"},
		{"tilde fence", "~~~\n<!-- postlint-disable-file x -- y -->\n~~~\n"},
		{"indented code", "A.\n\n    <!-- postlint-disable-file x -- y -->\n"},
		{"inline code", "Write `<!-- postlint-disable-file x -- y -->` to silence x.\n"},
		{"escaped", "\\<!-- postlint-disable-file x -- y -->\n"},
		{"keyword not first", "<!-- note: postlint-disable-file x -- y -->\n"},
		{"other comments", "<!-- want \"x\" -->\n<!---->\n<!-->\n<!--->\n"},
		{"raw html that is not a comment", "A <span title=\"postlint-disable-file x -- y\">b</span>\n"},
		{"json front matter", "{\n  \"title\": \"# postlint-disable-file x -- y\"\n}\n"},
		{"link text", "[postlint-disable-file](https://example.com/postlint-)\n"},
	} {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.src) })
	}
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"no reason", "<!-- postlint-disable-next-line cliche -->\n",
			[]string{`1:1-1:43 postlint-disable-next-line cliche@1:33-1:39 ! postlint-disable-next-line gives no reason; add one after " -- "`}},
		{"empty reason", "<!-- postlint-disable cliche --   -->\n",
			[]string{`1:1-1:38 postlint-disable cliche@1:23-1:29 ! postlint-disable gives no reason; add one after " -- "`}},
		{"dashes glued to the reason", "<!-- postlint-disable-file cliche --quoting -->\n",
			[]string{`1:1-1:48 postlint-disable-file cliche@1:28-1:34 --quoting@1:35-1:44 ! postlint-disable-file gives no reason; add one after " -- "`}},
		{"no names", "<!-- postlint-disable -- everything -->\n",
			[]string{`1:1-1:40 postlint-disable -- everything ! postlint-disable names no rule; list the rules to disable, then " -- " and the reason`}},
		{"nothing at all", "<!-- postlint-disable-file -->\n",
			[]string{`1:1-1:31 postlint-disable-file ! postlint-disable-file names no rule; list the rules to disable, then " -- " and the reason`}},
		{"misspelt keyword", "<!-- postlint-disabel cliche -- r -->\n",
			[]string{"1:1-1:38 postlint-disabel ! unknown directive postlint-disabel; did you mean postlint-disable?"}},
		{"keyword without a dash", "<!-- postlint-disable-nextline cliche -- r -->\n",
			[]string{"1:1-1:47 postlint-disable-nextline ! unknown directive postlint-disable-nextline; did you mean postlint-disable-next-line?"}},
		{"unknown keyword", "<!-- postlint-ignore cliche -- r -->\n",
			[]string{"1:1-1:37 postlint-ignore ! unknown directive postlint-ignore; use postlint-disable-next-line, postlint-disable, postlint-enable or postlint-disable-file"}},
		{"two directives in one comment", "<!-- postlint-disable x -- y postlint-enable x -->\n",
			[]string{"1:1-1:51 postlint-disable x@1:23-1:24 -- y postlint-enable x ! a comment holds one directive; move postlint-enable into a comment of its own"}},
		{"two directives, no reason", "<!-- postlint-disable-file x postlint-disable-next-line y -->\n",
			[]string{"1:1-1:62 postlint-disable-file x@1:28-1:29 postlint-disable-next-line@1:30-1:56 y@1:57-1:58 ! a comment holds one directive; move postlint-disable-next-line into a comment of its own"}},
		{"a name twice", "<!-- postlint-disable-file x, x -- y -->\n",
			[]string{"1:1-1:41 postlint-disable-file x@1:28-1:29 x@1:31-1:32 -- y ! postlint-disable-file names x twice"}},
		{"never closed", "A.\n\n<!-- postlint-disable-file x -- y\n\nB.\n",
			[]string{`3:1-5:3 postlint-disable-file x@3:28-3:29 -- y B. ! the comment is never closed; end it with "-->"`}},
		{"enable without disable", "<!-- postlint-enable x -->\n",
			[]string{"1:1-1:27 postlint-enable x@1:22-1:23 ! postlint-enable names x, which was not disabled by a postlint-disable above"}},
		{"enable without any disable", "<!-- postlint-enable -->\n",
			[]string{"1:1-1:25 postlint-enable ! postlint-enable follows no postlint-disable; remove it"}},
		{"enable of rules not disabled", "<!-- postlint-disable b -- r -->\n<!-- postlint-enable a, b, c -->\n",
			[]string{
				"1:1-1:33 postlint-disable b@1:23-1:24 -- r",
				"2:1-2:33 postlint-enable a@2:22-2:23 b@2:25-2:26 c@2:28-2:29 ! postlint-enable names a and c, which were not disabled by a postlint-disable above",
			}},
		{"enable after the range ended", "<!-- postlint-disable a -- r -->\n<!-- postlint-enable a -->\n<!-- postlint-enable a -->\n",
			[]string{
				"1:1-1:33 postlint-disable a@1:23-1:24 -- r",
				"2:1-2:27 postlint-enable a@2:22-2:23",
				"3:1-3:27 postlint-enable a@3:22-3:23 ! postlint-enable names a, which was not disabled by a postlint-disable above",
			}},
		{"enable of a file-wide disable", "<!-- postlint-disable-file a -- r -->\n<!-- postlint-enable a -->\n",
			[]string{
				"1:1-1:38 postlint-disable-file a@1:28-1:29 -- r",
				"2:1-2:27 postlint-enable a@2:22-2:23 ! postlint-enable names a, which was not disabled by a postlint-disable above",
			}},
		{"an invalid disable can still be enabled", "<!-- postlint-disable a -->\n<!-- postlint-enable a -->\n",
			[]string{
				`1:1-1:28 postlint-disable a@1:23-1:24 ! postlint-disable gives no reason; add one after " -- "`,
				"2:1-2:27 postlint-enable a@2:22-2:23",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.src, tt.want...) })
	}
}

func TestParseFrontMatter(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"yaml", "---\ntitle: x\n# postlint-disable-next-line unknown-key -- legacy key\nlegacy: 1\n---\nBody.\n",
			[]string{"3:1-3:55 postlint-disable-next-line unknown-key@3:30-3:41 -- legacy key"}},
		{"yaml, indented, no space after #", "---\nparams:\n  #postlint-disable-next-line unknown-key -- theme option  \n  old: 1\n---\n",
			[]string{"3:3-3:58 postlint-disable-next-line unknown-key@3:31-3:42 -- theme option"}},
		{"yaml crlf and bom", "\xEF\xBB\xBF---\r\n# postlint-disable-file unknown-key -- legacy\r\nlegacy: 1\r\n---\r\n",
			[]string{"2:1-2:46 postlint-disable-file unknown-key@2:25-2:36 -- legacy"}},
		{"yaml, with a body directive", "---\n# postlint-disable-next-line unknown-key -- k\nold: 1\n---\n<!-- postlint-disable-file cliche -- r -->\n",
			[]string{
				"2:1-2:46 postlint-disable-next-line unknown-key@2:30-2:41 -- k",
				"5:1-5:43 postlint-disable-file cliche@5:28-5:34 -- r",
			}},
		{"yaml problem", "---\n# postlint-disable-next-line unknown-key\nold: 1\n---\n",
			[]string{`2:1-2:41 postlint-disable-next-line unknown-key@2:30-2:41 ! postlint-disable-next-line gives no reason; add one after " -- "`}},
		{"yaml block scalar", "---\ndescription: |\n  # postlint-disable-file x -- y\n\n  more\n# postlint-disable-file z -- w\nlegacy: 1\n---\n",
			[]string{"6:1-6:31 postlint-disable-file z@6:25-6:26 -- w"}},
		{"yaml folded scalar in a list", "---\nnotes:\n  - >-\n    # postlint-disable-file x -- y\n  # postlint-disable-file z -- w\n---\n",
			[]string{"5:3-5:33 postlint-disable-file z@5:27-5:28 -- w"}},
		{"yaml trailing comment is not a directive", "---\nlegacy: 1 # postlint-disable-file x -- y\n---\n", nil},
		{"yaml ordinary comment", "---\n# a note about postlint-disable-file\ntitle: x\n---\n", nil},
		{"toml", "+++\ntitle = \"x\"\n# postlint-disable-next-line unknown-key -- legacy key\nlegacy = 1\n+++\n",
			[]string{"3:1-3:55 postlint-disable-next-line unknown-key@3:30-3:41 -- legacy key"}},
		{"toml multi-line string", "+++\nnote = \"\"\"\n# postlint-disable-file x -- y\n\"\"\"\nraw = '''a\n# postlint-disable-file x -- y'''\n# postlint-disable-file z -- w\n+++\n",
			[]string{"7:1-7:31 postlint-disable-file z@7:25-7:26 -- w"}},
		{"unclosed front matter", "---\n# postlint-disable-file x -- y\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.src, tt.want...) })
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{
		DisableNextLine: "postlint-disable-next-line",
		Disable:         "postlint-disable",
		Enable:          "postlint-enable",
		DisableFile:     "postlint-disable-file",
		0:               "Kind(0)",
	} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
}
