package schema

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/source"
)

func parse(t *testing.T, src string) *frontmatter.FrontMatter {
	t.Helper()
	fm, _ := frontmatter.Split([]byte(src), source.NewLineIndex([]byte(src)))
	if fm == nil || !fm.Decoded {
		t.Fatalf("front matter of %q did not decode: %+v", src, fm)
	}
	return fm
}

func messages(fs []Failure) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Message)
	}
	return strings.Join(out, "\n")
}

func TestDefaultAcceptsTheExamplePost(t *testing.T) {
	src, err := os.ReadFile("../../../shared/docs/example-post.md")
	if os.IsNotExist(err) {
		t.Skip("../shared is not here")
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if fs := s.Validate(parse(t, string(src))); len(fs) > 0 {
		t.Errorf("the example post fails the default schema:\n%s", messages(fs))
	}
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadExtendsTheDefault(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "defs.json", `{"$defs": {"series": {"type": "string", "enum": ["go", "rust"]}}}`)
	path := writeFile(t, dir, "post.schema.json", `{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"$ref": "urn:postlint:schema:post:v1",
		"required": ["author"],
		"properties": {"series": {"$ref": "defs.json#/$defs/series"}}
	}`)
	s, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	fm := parse(t, "---\ntitle: x\ndate: 2022-12-10\ntags: [a]\nsummary: A summary that is long enough to satisfy the default schema.\nseries: java\n---\n")
	got := messages(s.Validate(fm))
	want := "missing required key \"author\"\nseries \"java\" is not one of the allowed values: \"go\", \"rust\""
	if got != want {
		t.Errorf("failures:\n%s\nwant:\n%s", got, want)
	}
}

func TestLoadRefusesTheNetworkAndOutsideFiles(t *testing.T) {
	dir := t.TempDir()
	inner := filepath.Join(dir, "inner")
	if err := os.Mkdir(inner, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "outside.json", `{"type": "object"}`)
	for name, text := range map[string]string{
		"remote":  `{"$ref": "https://example.com/schema.json"}`,
		"escapes": `{"$ref": "../outside.json"}`,
		"file":    `{"$ref": "file:///etc/passwd"}`,
	} {
		path := writeFile(t, inner, name+".json", text)
		_, err := Load(path)
		if err == nil || !strings.Contains(err.Error(), "refusing to load") {
			t.Errorf("%s: Load = %v, want a refusal", name, err)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error spans lines: %q", name, err)
		}
	}
}

// TestLoadResolvesSymlinks checks that a $ref is placed by where it
// leads: a link beside the schema to a file outside its directory is
// refused, and links that stay inside, or lead to the directory itself,
// are followed.
func TestLoadResolvesSymlinks(t *testing.T) {
	dir := t.TempDir()
	inner := filepath.Join(dir, "inner")
	if err := os.Mkdir(inner, 0o755); err != nil {
		t.Fatal(err)
	}
	symlink := func(target, link string) {
		t.Helper()
		if err := os.Symlink(target, link); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
	}
	outside := writeFile(t, dir, "outside.json", `{"type": "object"}`)
	writeFile(t, inner, "defs.json", `{"type": "object"}`)
	symlink(filepath.Join("..", "outside.json"), filepath.Join(inner, "escape.json"))
	symlink("defs.json", filepath.Join(inner, "alias.json"))
	symlink("inner", filepath.Join(dir, "linked"))

	path := writeFile(t, inner, "escape-ref.json", `{"$ref": "escape.json"}`)
	_, err := Load(path)
	realOutside, _ := filepath.EvalSymlinks(outside)
	want := "schema " + path + ": refusing to load " + fileURL(filepath.Join(inner, "escape.json")) +
		": it links to " + realOutside + ", outside " + inner
	if err == nil || err.Error() != want {
		t.Errorf("Load = %v\nwant %s", err, want)
	}

	writeFile(t, inner, "alias-ref.json", `{"$ref": "alias.json"}`)
	for _, path := range []string{filepath.Join(inner, "alias-ref.json"), filepath.Join(dir, "linked", "alias-ref.json")} {
		if _, err := Load(path); err != nil {
			t.Errorf("Load(%s) = %v", path, err)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"not json":   `{"type": `,
		"bad schema": `{"type": "strin"}`,
		"bad regexp": `{"pattern": "("}`,
	} {
		if _, err := Load(writeFile(t, dir, strings.ReplaceAll(name, " ", "-")+".json", text)); err == nil {
			t.Errorf("%s: Load succeeded", name)
		}
	}
	if _, err := Load(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("Load(missing) succeeded")
	}
}

func TestValidateMessages(t *testing.T) {
	dir := t.TempDir()
	s, err := Load(writeFile(t, dir, "s.json", `{
		"type": "object",
		"additionalProperties": false,
		"properties": {
			"n": {"type": "integer", "minimum": 1, "maximum": 10},
			"mail": {"type": "string", "format": "email"},
			"kind": {"const": "post"},
			"list": {"type": "array", "maxItems": 1},
			"code": {"type": "string", "pattern": "^[A-Z]+$"}
		}
	}`))
	if err != nil {
		t.Fatal(err)
	}
	fm := parse(t, "---\nn: 11\nmail: nobody\nkind: page\nlist: [1, 2]\ncode: abc\nextra: 1\n---\n")
	want := []string{
		"n is 11; the schema requires at most 10",
		`mail "nobody" is not a valid email address (name@example.com)`,
		`kind "page" is not the required value "post"`,
		"list has 2 items; the schema allows at most 1",
		`code "abc" does not match the pattern '^[A-Z]+$'`,
		`key "extra" is not allowed here`,
	}
	if got := messages(s.Validate(fm)); got != strings.Join(want, "\n") {
		t.Errorf("failures:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

func TestOwnIDKeepsCustomMessages(t *testing.T) {
	dir := t.TempDir()
	s, err := Load(writeFile(t, dir, "post.schema.json", `{
		"$id": "https://example.com/post.schema.json",
		"type": "object",
		"properties": {
			"category": {"enum": ["Release", "Article"]},
			"image": {"type": "string", "pattern": "^/", "x-postlint-message": "must start with /"}
		}
	}`))
	if err != nil {
		t.Fatal(err)
	}
	got := messages(s.Validate(parse(t, "---\ncategory: release\nimage: x.png\n---\n")))
	want := "category \"release\" is not one of the allowed values: \"Release\", \"Article\"\nimage \"x.png\" must start with /"
	if got != want {
		t.Errorf("failures:\n%s\nwant:\n%s", got, want)
	}
}
