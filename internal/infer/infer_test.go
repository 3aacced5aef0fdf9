package infer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/schema"
	"github.com/postlint/postlint/internal/source"
)

// observe feeds the YAML front matter blocks to an observer, naming the
// posts p00.md, p01.md, ...
func observe(t *testing.T, blocks ...string) *Observer {
	t.Helper()
	var o Observer
	for i, b := range blocks {
		src := []byte("---\n" + b + "\n---\nbody\n")
		fm, _ := frontmatter.Split(src, source.NewLineIndex(src))
		if fm == nil || !fm.Decoded {
			t.Fatalf("post %d does not decode: %q", i, b)
		}
		o.Observe(fmt.Sprintf("p%02d.md", i), fm.Value)
	}
	return &o
}

// decode decodes the inferred schema into a map.
func decode(t *testing.T, o *Observer) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(o.Schema(), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// at walks a decoded schema along keys.
func at(m any, keys ...string) any {
	for _, k := range keys {
		mm, ok := m.(map[string]any)
		if !ok {
			return nil
		}
		m = mm[k]
	}
	return m
}

func repeat(n int, f func(i int) string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = f(i)
	}
	return out
}

func TestTypesFormatsAndRequired(t *testing.T) {
	o := observe(t, repeat(12, func(i int) string {
		return fmt.Sprintf("title: Post %d\ndate: 2024-01-%02d\nupdated: 2024-01-02T10:00:00Z\nlink: https://example.com/%d\ndraft: false\nweight: %d\nscore: %d.5", i, i+1, i, i, i)
	})...)
	s := decode(t, o)
	props := s["properties"]
	for key, want := range map[string]any{"title": "string", "date": "string", "draft": "boolean", "weight": "integer", "score": "number"} {
		if got := at(props, key, "type"); got != want {
			t.Errorf("%s: type %v, want %v", key, got, want)
		}
	}
	for key, want := range map[string]any{"date": "date", "updated": "date-time", "link": "uri", "title": nil} {
		if got := at(props, key, "format"); got != want {
			t.Errorf("%s: format %v, want %v", key, got, want)
		}
	}
	if got := at(props, "title", "minLength"); got != 1.0 {
		t.Errorf("title minLength %v", got)
	}
	if got := at(props, "title", "maxLength"); got != 50.0 {
		t.Errorf("title maxLength %v", got)
	}
	if got := at(props, "title", "description"); got != "Seen in 12 of 12 posts." {
		t.Errorf("title description %v", got)
	}
	if got := len(s["required"].([]any)); got != 7 {
		t.Errorf("required %v", s["required"])
	}
	if len(o.Outliers()) != 0 {
		t.Errorf("outliers %v", o.Outliers())
	}
}

func TestFormatsNotAsserted(t *testing.T) {
	o := observe(t, "date: 2013-05-06 02:12:52 +0200\nimage: /img/a.png\nwhen: 2024-01-01",
		"date: 2014-05-06 02:12:52 +0200\nimage: http://example.com/b.png\nwhen: 2024-01-01T10:00:00+02:00")
	props := decode(t, o)["properties"]
	if f := at(props, "date", "format"); f != nil {
		t.Errorf("jekyll date got format %v", f)
	}
	if f := at(props, "image", "format"); f != nil {
		t.Errorf("relative URL got format %v", f)
	}
	if got := at(props, "when", "anyOf"); !reflect.DeepEqual(got, []any{map[string]any{"format": "date-time"}, map[string]any{"format": "date"}}) {
		t.Errorf("mixed dates: anyOf %v", got)
	}
}

func TestEnums(t *testing.T) {
	o := observe(t, repeat(12, func(i int) string {
		return fmt.Sprintf("category: %s\nauthor: author%d\ntags: [%s]", []string{"news", "release", "guide"}[i%3], i%6, []string{"a", "b"}[i%2])
	})...)
	props := decode(t, o)["properties"]
	if got := at(props, "category", "enum"); !reflect.DeepEqual(got, []any{"guide", "news", "release"}) {
		t.Errorf("category enum %v", got)
	}
	if got := at(props, "author", "enum"); !reflect.DeepEqual(got, []any{"author0", "author1", "author2", "author3", "author4", "author5"}) {
		t.Errorf("author enum %v", got)
	}
	if got := at(props, "tags", "items", "enum"); got != nil {
		t.Errorf("array items got an enum %v", got)
	}
	// Too few posts, a value used once, or too many values: no enum.
	few := decode(t, observe(t, "c: a", "c: a", "c: b", "c: b"))["properties"]
	once := decode(t, observe(t, append(repeat(11, func(int) string { return "c: a" }), "c: b")...))["properties"]
	many := decode(t, observe(t, repeat(24, func(i int) string { return fmt.Sprintf("c: v%d", i%12) })...))["properties"]
	for name, props := range map[string]any{"few": few, "once": once, "many": many} {
		if got := at(props, "c", "enum"); got != nil {
			t.Errorf("%s: enum %v", name, got)
		}
	}
}

func TestArraysAndNested(t *testing.T) {
	o := observe(t,
		"tags: [go, yaml]\nauthors: [{name: Ann, avatar: {src: 'https://x.io/a.png'}}]\ncover: {image: a.png, alt: A}",
		"tags: [go]\nauthors: [{name: Bob, twitter: bob, avatar: {src: 'https://x.io/b.png'}}, {name: Cy, avatar: {src: 'https://x.io/c.png'}}]\ncover: {image: b.png}",
		"tags: [go, go]\nimages: []\nauthors: [{name: Di, avatar: {src: 'https://x.io/d.png'}}]")
	props := decode(t, o)["properties"]
	if got := at(props, "tags", "uniqueItems"); got != nil {
		t.Errorf("tags repeat an item but got uniqueItems %v", got)
	}
	if got := at(props, "tags", "minItems"); got != 1.0 {
		t.Errorf("tags minItems %v", got)
	}
	if got := at(props, "images", "minItems"); got != nil {
		t.Errorf("an empty list got minItems %v", got)
	}
	items := at(props, "authors", "items")
	if got := at(items, "required"); !reflect.DeepEqual(got, []any{"avatar", "name"}) {
		t.Errorf("authors items required %v", got)
	}
	if got := at(items, "properties", "avatar", "properties", "src", "format"); got != "uri" {
		t.Errorf("nested format %v", got)
	}
	if got := at(props, "cover", "required"); !reflect.DeepEqual(got, []any{"image"}) {
		t.Errorf("cover required %v", got)
	}
	if got := at(props, "cover", "properties", "alt", "description"); got != "Seen in 1 of 3 posts." {
		t.Errorf("cover alt description %v", got)
	}
}

func TestMixedTypesAndOutliers(t *testing.T) {
	blocks := repeat(40, func(i int) string { return fmt.Sprintf("title: T%d\nversion: '1.%d'\nsummary: s", i, i) })
	blocks[3] = "title: T3\nversion: 3.0\nsummary: s"             // a rare type
	blocks[5] = "title: T5\nversion: '1.5'"                       // lacks a near-universal key
	blocks[7] = "title: T7\nversion: '1.7'\nsummary: s\nTitle: x" // a rare key
	o := observe(t, blocks...)
	props := decode(t, o)["properties"]
	if got := at(props, "version", "type"); !reflect.DeepEqual(got, []any{"string", "integer"}) {
		t.Errorf("version type %v", got)
	}
	var got []string
	for _, x := range o.Outliers() {
		got = append(got, x.String())
	}
	want := []string{
		`p03.md: /version: an integer, unlike 39 of 40 values here (string)`,
		`p05.md: missing key "summary": in 39 of 40 posts`,
		`p07.md: /Title: rare key "Title": in 1 of 40 posts`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("outliers:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	requireValid(t, o, blocks)
}

func TestFormatOutlier(t *testing.T) {
	blocks := repeat(30, func(i int) string { return fmt.Sprintf("date: 2024-02-%02d", i%28+1) })
	blocks[9] = "date: 2024-02-30 10:00"
	o := observe(t, blocks...)
	if f := at(decode(t, o), "properties", "date", "format"); f != nil {
		t.Errorf("format %v despite an odd date", f)
	}
	out := o.Outliers()
	if len(out) != 1 || out[0].Path != "p09.md" || out[0].Pointer != "/date" || !strings.Contains(out[0].What, "not a date or date-time") {
		t.Errorf("outliers %v", out)
	}
	requireValid(t, o, blocks)
}

func TestOrderingAndDeterminism(t *testing.T) {
	blocks := []string{"b: 1\na: 1\nc: 1", "c: 2\nb: 2", "c: 3\nz: 1", "c: 4\ny: 1"}
	first := observe(t, blocks...).Schema()
	for range 5 {
		if again := observe(t, blocks...).Schema(); !bytes.Equal(first, again) {
			t.Fatalf("output differs:\n%s\n%s", first, again)
		}
	}
	var keys []string
	for _, k := range []string{`"c"`, `"b"`, `"a"`, `"y"`, `"z"`} {
		keys = append(keys, k)
		if i := bytes.Index(first, []byte(k+":")); i < 0 {
			t.Fatalf("no %s in\n%s", k, first)
		}
	}
	for i := 1; i < len(keys); i++ {
		if bytes.Index(first, []byte(keys[i-1]+":")) > bytes.Index(first, []byte(keys[i]+":")) {
			t.Errorf("%s after %s:\n%s", keys[i-1], keys[i], first)
		}
	}
	if !bytes.HasPrefix(first, []byte("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n")) || !bytes.HasSuffix(first, []byte("}\n")) {
		t.Errorf("not 2-space indented JSON with $schema first:\n%s", first)
	}
}

func TestEmpty(t *testing.T) {
	var o Observer
	if s := decode(t, &o); s["$schema"] == nil || s["properties"] != nil {
		t.Errorf("empty observer schema %v", s)
	}
	if o.Outliers() != nil {
		t.Errorf("outliers %v", o.Outliers())
	}
}

// requireValid checks that every block validates against o's schema.
func requireValid(t *testing.T, o *Observer, blocks []string) {
	t.Helper()
	s, err := schema.Compile("inferred", "urn:test:inferred", o.Schema())
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range blocks {
		src := []byte("---\n" + b + "\n---\n")
		fm, _ := frontmatter.Split(src, source.NewLineIndex(src))
		for _, f := range s.Validate(fm) {
			t.Errorf("post %d: %s: %s", i, f.Pointer, f.Message)
		}
	}
}
