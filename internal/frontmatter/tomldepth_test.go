package frontmatter

import (
	"fmt"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestTOMLNesting(t *testing.T) {
	const msg = "front matter nests more than 100 levels deep; flatten it"
	rep := strings.Repeat
	headers := func(n int) string { // [[a]], [[a.a]], ...: 1+2n levels
		var b strings.Builder
		for k := 1; k <= n; k++ {
			b.WriteString("[[" + strings.TrimSuffix(rep("a.", k), ".") + "]]\n")
		}
		return b.String()
	}
	tests := []struct {
		name, content string
		want          string // "line:col-line:col message" of the one problem, or "" for none
	}{
		{"arrays, 100 levels", "deep = " + rep("[", 99) + rep("]", 99) + "\n", ""},
		{"arrays, 101 levels", "deep = " + rep("[", 100) + rep("]", 100) + "\n", "2:107-2:208 " + msg},
		{"inline tables, 100 levels", "deep = " + rep("{a = ", 99) + "1" + rep("}", 99) + "\n", ""},
		{"inline tables, 101 levels", "deep = " + rep("{a = ", 100) + "1" + rep("}", 100) + "\n", "2:503-2:609 " + msg},
		{"dotted key, 100 parts", rep("a.", 99) + "a = 1\n", ""},
		{"dotted key, 101 parts", rep("a.", 100) + "a = 1\n", "2:199-2:206 " + msg},
		{"dotted key, quoted parts", rep(`"a.b".'c'.`, 50) + "a = 1\n", "2:497-2:506 " + msg},
		{"header, 99 parts", "[" + rep("a.", 98) + "a]\nx = 1\n", ""},
		{"header, 100 parts", "[" + rep("a.", 99) + "a]\nx = 1\n", "2:200-2:202 " + msg},
		{"array header, 98 parts", "[[" + rep("a.", 97) + "a]]\nx = 1\n", ""},
		{"array header, 99 parts", "[[" + rep("a.", 98) + "a]]\nx = 1\n", "2:199-2:202 " + msg},
		{"arrays of tables extended, 99 levels", headers(49), ""},
		{"arrays of tables extended, 101 levels", headers(50), "51:101-51:104 " + msg},
		{"keys under a header", "[a.b]\nc = " + rep("[", 97) + rep("]", 97) + "\n", ""},
		{"keys under a header, past the limit", "[a . b]\nc = " + rep("[", 98) + rep("]", 98) + "\n", "3:102-3:201 " + msg},
		{"dotted key in an inline table", "x = {" + rep("a.", 98) + "a = 1}\n", ""},
		{"dotted key in an inline table, past the limit", "x = {" + rep("a.", 99) + "a = 1}\n", "2:202-2:210 " + msg},
		{"arrays across lines", "a = [ # [[[\n" + rep("[ # ]\n", 98) + "1" + rep("]", 99) + "\n", ""},
		{"arrays across lines, past the limit", "a = [ # [[[\r\n" + rep("[ # ]\r\n", 99) + "1" + rep("]", 100) + "\r\n", "101:1-101:6 " + msg},
		{"brackets in strings and comments", strings.Join([]string{
			`basic = "` + rep(`[{\"`, 100) + `"`,
			`literal = '` + rep(`[{\`, 100) + `'`,
			`multi = """` + rep("[{\n", 100) + `\""" ` + rep(`[{`, 100) + `"""""`,
			`multiliteral = '''` + rep("[{'\n", 100) + `'''''`,
			`"[[[[" = 1 # ` + rep("[", 200),
			`['` + rep("[", 200) + `'] # ` + rep("[", 200),
			`x = 1`,
		}, "\n") + "\n", ""},
		{"a level after strings", `s = ["""]""", '''[''', "\"]", '[']` + "\ndeep = " + rep("[", 100) + rep("]", 100) + "\n", "3:107-3:208 " + msg},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "+++\n" + tt.content + "+++\n\nBody\n"
			fm, _, lines := split(t, src)
			if fm == nil {
				t.Fatal("no front matter found")
			}
			var got []string
			for _, p := range fm.Problems {
				r := lines.Range(p.Span)
				got = append(got, fmt.Sprintf("%d:%d-%d:%d %s", r.Start.Line, r.Start.Column, r.End.Line, r.End.Column, p.Message))
			}
			switch {
			case tt.want == "" && (len(got) > 0 || !fm.Decoded):
				t.Errorf("Problems = %q, Decoded = %v; want none, decoded", got, fm.Decoded)
			case tt.want != "" && (len(got) != 1 || got[0] != tt.want || fm.Decoded):
				t.Errorf("Problems = %q, Decoded = %v; want [%q], not decoded", got, fm.Decoded, tt.want)
			}
		})
	}
}

// FuzzTOMLNesting checks tomlTooDeep against the decoder: for any text
// that decodes as TOML, the scan finds nesting past a limit exactly when
// the decoded document nests past it. A limit of 3 lets the fuzzer reach
// it with short inputs.
func FuzzTOMLNesting(f *testing.F) {
	for _, seed := range []string{
		"a = [[[1]]]\n",
		"a = [[1]]\nb = {c = {d = 1}}\n",
		"a.b.c = 1\n",
		"a.b = {c = 1}\n",
		"[a.b]\nc = 1\n",
		"[a]\nb.c = [1]\n",
		"[[a]]\n[[a.b]]\n",
		"[[a]]\n[a.b]\n",
		"[[\"a\"]]\n[[a.'b']]\nc = 1\n",
		"[['\\u0061']]\n[[\"\\u0061\".b]]\n",
		"s = \"\"\"[[[\"\"\"\"\"\nt = '''{{{'''\nu = [ # [[[\n  [], # ]]]\n]\n",
		"\"a.b\".c = [{}]\n",
		"d = 1979-05-27 07:32:00Z\ne = [1.5, inf]\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		const limit = 3
		var m map[string]any
		if _, err := toml.Decode(text, &m); err != nil {
			return
		}
		at := tomlTooDeep([]byte(text), limit)
		if depth := tomlDepth(m); (at >= 0) != (depth > limit) {
			t.Fatalf("the document nests %d levels deep, but tomlTooDeep(%d) = %d", depth, limit, at)
		}
		if at >= len(text) {
			t.Fatalf("tomlTooDeep = %d past the end of %d bytes", at, len(text))
		}
	})
}

// tomlDepth returns how deep a decoded TOML value nests, counting the
// document as level 1.
func tomlDepth(v any) int {
	d := 0
	switch v := v.(type) {
	case map[string]any:
		for _, e := range v {
			d = max(d, tomlDepth(e))
		}
	case []map[string]any:
		for _, e := range v {
			d = max(d, tomlDepth(e))
		}
	case []any:
		for _, e := range v {
			d = max(d, tomlDepth(e))
		}
	default:
		return 0
	}
	return d + 1
}

// TestSplitTOMLMultilineArray is a line of a multi-line array that is no
// key, which made tomlKeys loop for ever.
func TestSplitTOMLMultilineArray(t *testing.T) {
	src := "+++\ntags = [\n  \"a\",\n  'b', # c\n]\nn = [\n  1,\n]\ntitle = \"x\"\n+++\n"
	fm, _, lines := split(t, src)
	if fm == nil || !fm.Decoded || len(fm.Problems) > 0 {
		t.Fatalf("Split = %+v", fm)
	}
	for pointer, want := range map[string]string{"/tags": `2:8-2:9 "["`, "/n": `6:5-6:6 "["`, "/title": `9:9-9:12 "\"x\""`} {
		if s, _ := fm.ValueSpan(pointer); where(lines, src, s) != want {
			t.Errorf("ValueSpan(%s) = %s, want %s", pointer, where(lines, src, s), want)
		}
	}
}
