package frontmatter

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/source"
)

// FuzzSplit splits and decodes any post's front matter, in all three
// formats, and checks that every span it hands out lies inside the file,
// that the body starts after the front matter, and that every value of
// the decoded front matter can be placed: through its own JSON pointer
// or, for values written where no pointer is recorded (merged YAML keys,
// TOML inline tables), through its nearest ancestor's. JSON front matter
// is checked exactly: the text at each span decodes to the key or value.
func FuzzSplit(f *testing.F) {
	for _, seed := range []string{
		"---\ntitle: \"Hello: world\"\ndate: 2022-12-10\ntags:\n  - a\n  - 'b'\nauthor: {name: Ann, url: \"https://x.io\"}\nexcerpt: >-\n  folded\n  text\n---\n\nBody\n",
		"\xEF\xBB\xBF---\r\ntitle: x\r\ntitle: y\r\n---\r\nBody\r\n",
		"\n\n---\rtitle: lone CR\r---\rBody\r",
		"---\nbase: &b {a: 1, b: [x, y]}\nuse:\n  <<: *b\n  c: *b\n---\n",
		"---\na: &a [1, 2]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n---\n",
		"---\ntitle: \"unclosed\n---\n",
		"---\n\ttab: 1\n---\n",
		"---\ntitle: x\n",
		"+++\ntitle = \"TOML\"\ndate = 2022-12-10\n[author]\nname = \"Ann\"\n[[links]]\nurl = \"a\"\n[[links]]\nurl = 'b'\n\"quoted.key\" = { x = 1 }\ns = \"\"\"\nmulti\n\"\"\"\n+++\nBody\n",
		"+++\na = \n+++\n",
		"+++\ntags = [\n  \"a\",\n  1, # [[\n]\ndeep = [[[[{a = {b.c = 1}}]]]]\n+++\n",
		"{\n  \"title\": \"JSON\",\n  \"tags\": [\"a\", {\"b\": null}],\n  \"n\": 1.5e3,\n  \"title\": \"again\"\n}\nBody\n",
		"{\n  \"title\": \"JSON\",\n  \"tags\": [1,\n}\n",
		"{\n\"a\":1} trailing\n}\n",
		"---\n---\n",
		"---",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		lines := source.NewLineIndex(src)
		fm, body := Split(src, lines)
		if body < 0 || body > len(src) {
			t.Fatalf("body starts at %d in %d bytes", body, len(src))
		}
		if fm == nil {
			if want := len(src) - len(bytes.TrimPrefix(src, bom)); body != want {
				t.Fatalf("no front matter, but the body starts at %d, not %d", body, want)
			}
			return
		}
		if fm.Format < YAML || fm.Format > JSON {
			t.Fatalf("format %v", fm.Format)
		}
		checkSpan(t, src, "Open", fm.Open, 0, len(src))
		// An unclosed block decodes nothing and leaves Content empty.
		if fm.Content != (source.Span{}) {
			checkSpan(t, src, "Content", fm.Content, fm.Open.Start, body)
		}
		checkFrontMatter(t, src, fm)
	})
}

// FuzzDecodeYAML decodes any file as a whole YAML document, as the
// configuration is, and checks its spans as FuzzSplit does.
func FuzzDecodeYAML(f *testing.F) {
	for _, seed := range []string{
		"rules:\n  cliche: off\n  sentence-length: {max-words: 30}\noverrides:\n  - files: [\"drafts/**\"]\n    rules: {placeholder: error}\n",
		"a: &a [1, 2]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n",
		"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
		"? [a, b]\n: c\n",
		"\xEF\xBB\xBFa: 1\r\nb: 2\r",
		"a: 1\na: 2\n<<: {a: 3, b: 4}\n",
		"a: !!binary aGVsbG8=\nb: !custom x\nc: 0x1F\nd: .inf\ne: 1e400\n",
		"- \"\\\n",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		lines := source.NewLineIndex(src)
		fm := DecodeYAML(src, lines)
		checkSpan(t, src, "Open", fm.Open, 0, len(src))
		checkFrontMatter(t, src, fm)
	})
}

// FuzzPointer checks that Tokens inverts Pointer for any tokens (written
// as one string, split at NUL bytes), and Pointer inverts Tokens for any
// well-formed pointer.
func FuzzPointer(f *testing.F) {
	for _, seed := range []string{"", "tags\x000", "a/b\x00~0~1\x00", "~01", "/", "\x00\x00", "/a~1b/~0/", "~", "/x~2"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tokens := strings.Split(s, "\x00")
		p := Pointer(tokens...)
		if got := Tokens(p); !slices.Equal(got, tokens) {
			t.Fatalf("Tokens(Pointer(%q) = %q) = %q", tokens, p, got)
		}
		if p != "" && (p[0] != '/' || strings.Count(p, "/") != len(tokens)) {
			t.Fatalf("Pointer(%q) = %q: not one / per token", tokens, p)
		}
		if wellFormedPointer(s) {
			if back := Pointer(Tokens(s)...); back != s {
				t.Fatalf("Pointer(Tokens(%q) = %q) = %q", s, Tokens(s), back)
			}
		}
	})
}

// wellFormedPointer reports whether p is a JSON pointer as RFC 6901 writes
// them: empty, or "/" tokens in which "~" is always followed by 0 or 1.
func wellFormedPointer(p string) bool {
	if p == "" {
		return true
	}
	if p[0] != '/' {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '~' && (i+1 == len(p) || p[i+1] != '0' && p[i+1] != '1') {
			return false
		}
	}
	return true
}

// checkFrontMatter checks the spans, problems and values of a decoded
// block.
func checkFrontMatter(t *testing.T, src []byte, fm *FrontMatter) {
	t.Helper()
	for _, p := range fm.Problems {
		checkSpan(t, src, "problem "+strconv.Quote(p.Message), p.Span, 0, len(src))
		if p.Message == "" {
			t.Fatalf("a problem at %v has no message", p.Span)
		}
	}
	if !fm.Decoded {
		if fm.Value != nil {
			t.Fatalf("Value %v set on a block that did not decode", fm.Value)
		}
		if len(fm.Problems) == 0 {
			t.Fatalf("the block did not decode, and no problem says why")
		}
		return
	}
	for ptr, s := range fm.values {
		checkSpan(t, src, "value "+strconv.Quote(ptr), s, fm.Content.Start, fm.Content.End)
	}
	for ptr, s := range fm.keys {
		checkSpan(t, src, "key "+strconv.Quote(ptr), s, fm.Content.Start, fm.Content.End)
		// An implicit null ("? key" with no value) has an empty span
		// wherever the decoder puts it; a written value starts after its
		// key does. (Not after it ends: the span of a tagged plain key,
		// "!t key: value", runs to the end of the line.)
		if v, ok := fm.values[ptr]; ok && v != s && v.Start < v.End && v.Start < s.Start {
			t.Fatalf("value of %q at %v starts before its key (%v)", ptr, v, s)
		}
	}
	if _, ok := fm.ValueSpan(""); !ok {
		t.Fatalf("no span for the whole front matter")
	}
	checked := 0
	walkValue(fm.Value, nil, func(tokens []string, v any) {
		// Alias expansions can make 100,000 values; a few thousand
		// show the spans, and keep each run quick.
		if checked++; checked > 5000 {
			return
		}
		ptr := Pointer(tokens...)
		if got := Tokens(ptr); len(tokens) > 0 && !slices.Equal(got, tokens) {
			t.Fatalf("Tokens(%q) = %q, want %q", ptr, got, tokens)
		}
		s, ok := placed(fm, tokens)
		if !ok {
			t.Fatalf("no span for %q nor any of its ancestors", ptr)
		}
		if fm.Format != JSON {
			return
		}
		// JSON spans are exact: the value's text decodes to the value,
		// and a member's key to its name.
		if s, ok = fm.ValueSpan(ptr); !ok {
			t.Fatalf("no span for %q", ptr)
		}
		dec := json.NewDecoder(bytes.NewReader(src[s.Start:s.End]))
		dec.UseNumber()
		var got any
		if err := dec.Decode(&got); err != nil || !reflect.DeepEqual(got, v) {
			t.Fatalf("the span of %q holds %q, which decodes to %#v (%v), not %#v", ptr, src[s.Start:s.End], got, err, v)
		}
		if len(tokens) == 0 {
			return
		}
		if _, isObject := parentValue(fm.Value, tokens).(map[string]any); !isObject {
			return
		}
		k, ok := fm.KeySpan(ptr)
		var key string
		if !ok || json.Unmarshal(src[k.Start:k.End], &key) != nil || key != tokens[len(tokens)-1] {
			t.Fatalf("the key span of %q is %v %q", ptr, k, src[k.Start:min(k.End, len(src))])
		}
	})
}

// placed returns the span of the value at tokens, or of its nearest
// ancestor that has one.
func placed(fm *FrontMatter, tokens []string) (source.Span, bool) {
	for n := len(tokens); n >= 0; n-- {
		if s, ok := fm.ValueSpan(Pointer(tokens[:n]...)); ok {
			return s, true
		}
	}
	return source.Span{}, false
}

// checkSpan fails unless s is a span inside [lo, hi] of src.
func checkSpan(t *testing.T, src []byte, what string, s source.Span, lo, hi int) {
	t.Helper()
	if lo < 0 || hi > len(src) || s.Start < lo || s.End > hi || s.Start > s.End {
		t.Fatalf("%s: span %v outside [%d, %d] of a file of %d bytes", what, s, lo, hi, len(src))
	}
}

// walkValue calls fn for v and each value inside it, with its path.
func walkValue(v any, tokens []string, fn func([]string, any)) {
	fn(tokens, v)
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			walkValue(e, append(slices.Clip(tokens), k), fn)
		}
	case []any:
		for i, e := range v {
			walkValue(e, append(slices.Clip(tokens), strconv.Itoa(i)), fn)
		}
	}
}

// parentValue returns the value holding the one at tokens.
func parentValue(v any, tokens []string) any {
	for _, tok := range tokens[:len(tokens)-1] {
		switch c := v.(type) {
		case map[string]any:
			v = c[tok]
		case []any:
			i, _ := strconv.Atoi(tok)
			v = c[i]
		}
	}
	return v
}
