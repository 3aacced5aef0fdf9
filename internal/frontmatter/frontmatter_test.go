package frontmatter

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/source"
)

func split(t *testing.T, src string) (*FrontMatter, int, *source.LineIndex) {
	t.Helper()
	lines := source.NewLineIndex([]byte(src))
	fm, body := Split([]byte(src), lines)
	return fm, body, lines
}

// where renders a span as "line:col-line:col" with the text it covers.
func where(lines *source.LineIndex, src string, s source.Span) string {
	r := lines.Range(s)
	return fmt.Sprintf("%d:%d-%d:%d %q", r.Start.Line, r.Start.Column, r.End.Line, r.End.Column, src[s.Start:s.End])
}

func TestSplitYAML(t *testing.T) {
	src := "---\ntitle: \"Hello: world\"\ndate: 2022-12-10\ntags:\n  - a\n  - 'b'\nauthor: {name: Ann, url: \"https://x.io\"}\nexcerpt: >-\n  folded\n  text\ncount: 3\ndraft: no\n---\n\nBody\n"
	fm, body, lines := split(t, src)
	if fm == nil || fm.Format != YAML || !fm.Decoded {
		t.Fatalf("Split = %+v", fm)
	}
	if got := src[body:]; got != "\nBody\n" {
		t.Errorf("body = %q", got)
	}
	want := map[string]any{
		"title":   "Hello: world",
		"date":    "2022-12-10", // the text as written, not a time
		"tags":    []any{"a", "b"},
		"author":  map[string]any{"name": "Ann", "url": "https://x.io"},
		"excerpt": "folded text",
		"count":   int64(3),
		"draft":   "no", // YAML 1.2: a string
	}
	if !reflect.DeepEqual(fm.Value, want) {
		t.Errorf("Value = %#v\nwant %#v", fm.Value, want)
	}
	for pointer, wantSpan := range map[string]string{
		"/title":       `2:8-2:22 "\"Hello: world\""`,
		"/date":        `3:7-3:17 "2022-12-10"`,
		"/tags":        `5:3-5:6 "- a"`,
		"/tags/0":      `5:5-5:6 "a"`,
		"/tags/1":      `6:5-6:8 "'b'"`,
		"/author":      `7:9-7:41 "{name: Ann, url: \"https://x.io\"}"`,
		"/author/url":  `7:26-7:40 "\"https://x.io\""`,
		"/excerpt":     `8:10-8:12 ">-"`,
		"/count":       `11:8-11:9 "3"`,
		"/draft":       `12:8-12:10 "no"`,
		"/author/name": `7:16-7:19 "Ann"`,
	} {
		s, ok := fm.ValueSpan(pointer)
		if !ok {
			t.Errorf("no span for %s", pointer)
			continue
		}
		if got := where(lines, src, s); got != wantSpan {
			t.Errorf("ValueSpan(%s) = %s, want %s", pointer, got, wantSpan)
		}
	}
	if s, _ := fm.KeySpan("/date"); where(lines, src, s) != `3:1-3:5 "date"` {
		t.Errorf("KeySpan(/date) = %s", where(lines, src, s))
	}
	if got := where(lines, src, fm.Open); got != `1:1-1:4 "---"` {
		t.Errorf("Open = %s", got)
	}
}

func TestSplitYAMLPositionsCountCodePoints(t *testing.T) {
	src := "---\ntitle: 🚀 日本語 rocket\ndate: \"2022-13-45\"\n---\n"
	fm, _, lines := split(t, src)
	s, _ := fm.ValueSpan("/title")
	if got := where(lines, src, s); got != `2:8-2:20 "🚀 日本語 rocket"` {
		t.Errorf("title span = %s", got)
	}
}

func TestSplitCRLFAndBOM(t *testing.T) {
	src := "\xEF\xBB\xBF---\r\ntitle: x\r\ndate: 2022-12-10\r\n---\r\nBody\r\n"
	fm, body, lines := split(t, src)
	if fm == nil || !fm.Decoded {
		t.Fatalf("Split = %+v", fm)
	}
	if src[body:] != "Body\r\n" {
		t.Errorf("body = %q", src[body:])
	}
	s, _ := fm.ValueSpan("/date")
	if got := where(lines, src, s); got != `3:7-3:17 "2022-12-10"` {
		t.Errorf("date span = %s", got)
	}
	if len(fm.Problems) != 1 || !strings.Contains(fm.Problems[0].Message, "byte order mark") {
		t.Errorf("Problems = %+v, want the byte order mark", fm.Problems)
	}
	if got := where(lines, src, fm.Problems[0].Span); got != `1:1-1:1 "\ufeff"` {
		t.Errorf("BOM problem at %s", got)
	}
}

func TestSplitLoneCR(t *testing.T) {
	src := "---\rtitle: x\rdate: 2022-12-10\r---\rBody\r"
	fm, body, lines := split(t, src)
	if fm == nil || !fm.Decoded {
		t.Fatalf("Split = %+v", fm)
	}
	if src[body:] != "Body\r" {
		t.Errorf("body = %q", src[body:])
	}
	s, _ := fm.ValueSpan("/date")
	if got := where(lines, src, s); got != `3:7-3:17 "2022-12-10"` {
		t.Errorf("date span = %s", got)
	}
}

func TestSplitNone(t *testing.T) {
	for _, src := range []string{"", "# Title\n\ntext\n", "\xEF\xBB\xBF# Title\n", "title: x\n---\n"} {
		fm, body, _ := split(t, src)
		if fm != nil {
			t.Errorf("%q: found front matter %+v", src, fm)
		}
		if want := len(src) - len(strings.TrimPrefix(src, "\xEF\xBB\xBF")); body != want {
			t.Errorf("%q: body at %d, want %d", src, body, want)
		}
	}
}

func TestProblems(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // "line:col message substring"
		decoded   bool
	}{
		{"unclosed", "---\ntitle: x\n\nBody\n", []string{`1:1 front matter opened on line 1 is never closed; add a closing "---" line`}, false},
		{"syntax error line", "---\ntitle: x\ndate: 2022-12-10\ntitle: Kubernetes: the hard way\n---\n", []string{`4:1 front matter is not valid YAML: mapping values are not allowed in this context (quote a value that contains ": ")`}, false},
		{"parser error", "---\n- a\nb: c\n---\n", []string{`3:1 front matter is not valid YAML: did not find expected '-' indicator`}, false},
		{"duplicate key", "---\ntags: [a]\ntitle: x\ntags: [b]\n---\n", []string{`4:1 key "tags" appears twice; it was first set on line 2`}, true},
		{"blank lines before", "\n\n---\ntitle: x\n---\n", []string{`3:1 front matter must start on line 1; remove the 2 blank lines before it`}, true},
		{"tab indentation", "---\ntags:\n\t- a\n---\n", []string{`3:2 front matter is not valid YAML: found character that cannot start any token (indent with spaces; YAML does not allow tabs)`}, false},
		{"alias bomb", "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n---\n", []string{`front matter expands to more than 100000 values`}, false},
		{"non-scalar key", "---\n? [a, b]\n: c\n---\n", []string{`2:3 front matter key must be a plain value`}, false},
		{"bad json", "{\n  \"title\": \"x\",\n  \"date\": 2022-12-10\n}\n\nBody\n", []string{`3:15 front matter is not valid JSON: invalid character '-' after object key:value pair`}, false},
		{"bad json value", "{\n  \"title\": x\n}\n\nBody\n", []string{`2:12 front matter is not valid JSON: invalid character 'x' looking for beginning of value`}, false},
		{"unclosed json", "{\n  \"title\": \"x\",\n}\n\nBody\n", []string{`3:1 front matter is not valid JSON: invalid character '}' looking for beginning of object key string`}, false},
		{"duplicate json key", "{\n  \"title\": \"x\",\n  \"title\": \"y\"\n}\n\nBody\n", []string{`3:3 key "title" appears twice; it was first set on line 2`}, true},
		{"bad toml", "+++\ntitle = \"x\"\ndate = 2022-13-45\n+++\n", []string{`3:1 front matter is not valid TOML`}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fm, _, lines := split(t, tt.src)
			if fm == nil {
				t.Fatal("no front matter found")
			}
			var got []string
			for _, p := range fm.Problems {
				pos := lines.Position(p.Span.Start)
				got = append(got, fmt.Sprintf("%d:%d %s", pos.Line, pos.Column, p.Message))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Problems = %q, want %d like %q", got, len(tt.want), tt.want)
			}
			for i := range got {
				if !strings.Contains(got[i], tt.want[i]) {
					t.Errorf("problem %d = %q, want it to contain %q", i, got[i], tt.want[i])
				}
			}
			if fm.Decoded != tt.decoded {
				t.Errorf("Decoded = %v, want %v", fm.Decoded, tt.decoded)
			}
		})
	}
}
