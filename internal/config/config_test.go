package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/rules"
)

func parse(t *testing.T, src string) (*Config, error) {
	t.Helper()
	return Parse(".postlint.yaml", []byte(src), rules.All())
}

func TestParseValid(t *testing.T) {
	cfg, err := parse(t, `# a blog's settings
schema: schema/post.schema.json
extensions: [.md, .mdx]
exclude: ["content/drafts/**"]
fail-on: warning
site-root: content/posts
rules:
  cliche: off
  sentence-length: { severity: warning, max-words: 30 }
  terms: { severity: error, terms: { Javascript: JavaScript } }
  link-text: { url-text: true }
  readability: false
overrides:
  - files: ["content/docs/**"]
    schema: schema/docs.schema.json
    rules: { excerpt-duplicates-body: off }
`)
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	if cfg.Schema != filepath.Join(wd, "schema", "post.schema.json") {
		t.Errorf("Schema = %q", cfg.Schema)
	}
	if !reflect.DeepEqual(cfg.Extensions, []string{".md", ".mdx"}) || !reflect.DeepEqual(cfg.Exclude, []string{"content/drafts/**"}) || cfg.FailOn != "warning" {
		t.Errorf("cfg = %+v", cfg)
	}
	if cfg.SiteRoot != filepath.Join(wd, "content", "posts") {
		t.Errorf("SiteRoot = %q", cfg.SiteRoot)
	}
	if s := cfg.Rules["cliche"].Severity; s == nil || *s != rule.Off {
		t.Errorf("cliche severity = %v", s)
	}
	if s := cfg.Rules["readability"].Severity; s == nil || *s != rule.Off {
		t.Errorf("readability severity = %v", s)
	}
	sl := cfg.Rules["sentence-length"]
	if *sl.Severity != rule.Warning || reflect.ValueOf(sl.Options).Elem().FieldByName("MaxWords").Int() != 30 {
		t.Errorf("sentence-length = %+v", sl)
	}
	if lt := cfg.Rules["link-text"]; lt.Severity != nil || !reflect.ValueOf(lt.Options).Elem().FieldByName("URLText").Bool() {
		t.Errorf("link-text = %+v", lt)
	}
	if len(cfg.Overrides) != 1 || cfg.Overrides[0].Files[0] != "content/docs/**" {
		t.Errorf("Overrides = %+v", cfg.Overrides)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# only a comment\n", "---\n"} {
		cfg, err := parse(t, src)
		if err != nil || len(cfg.Rules) != 0 {
			t.Errorf("Parse(%q) = %+v, %v", src, cfg, err)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"rules:\n  heding-increment: warning\n", `.postlint.yaml:2:3: unknown rule "heding-increment"; did you mean "heading-increment"?`},
		{"rules:\n  nonsense: warning\n", `.postlint.yaml:2:3: unknown rule "nonsense" (known: front-matter-syntax,`},
		{"rule:\n  cliche: off\n", `.postlint.yaml:1:1: unknown configuration key "rule"; did you mean "rules"?`},
		{"rules:\n  cliche: loud\n", `.postlint.yaml:2:11: severity of cliche must be off, info, warning or error, not "loud"`},
		{"rules:\n  cliche: { severity: 3 }\n", `.postlint.yaml:2:23: severity of cliche must be off, info, warning or error, not 3`},
		{"rules:\n  sentence-length: { max-word: 30 }\n", `.postlint.yaml:2:22: rule sentence-length has no option "max-word"; did you mean "max-words"?`},
		{"rules:\n  sentence-length: { colour: red }\n", `.postlint.yaml:2:22: rule sentence-length has no option "colour"; its options are max-words`},
		{"rules:\n  trailing-space: { max: 3 }\n", `.postlint.yaml:2:21: rule trailing-space has no option "max"; it has none, only severity`},
		{"rules:\n  sentence-length: { max-words: many }\n", `.postlint.yaml:2:33: option max-words of sentence-length must be a whole number`},
		{"rules:\n  sentence-length: { max-words: 2.5 }\n", `.postlint.yaml:2:33: option max-words of sentence-length must be a whole number`},
		{"rules:\n  terms: { severity: warning, terms: [a, b] }\n", `.postlint.yaml:2:38: option terms of terms must be a mapping of strings to strings`},
		{"rules:\n  terms: { terms: { a: b } }\n", `.postlint.yaml:2:3: rule terms is off by default; give it a severity to turn it on`},
		{"rules:\n  cliche: [off]\n", `.postlint.yaml:2:11: rule cliche must be set to off, info, warning or error`},
		{"fail-on: warnings\n", `.postlint.yaml:1:10: fail-on must be one of error, warning, info, none, not "warnings"`},
		{"extensions: [md]\n", `.postlint.yaml:1:14: extension "md" must look like .md`},
		{"exclude: 3\n", `.postlint.yaml:1:10: exclude must be a list of strings`},
		{"exclude: ['[']\n", `.postlint.yaml:1:11: bad glob "["`},
		{"schema: 42\n", `.postlint.yaml:1:9: schema must be the path of a JSON Schema file`},
		{"site-root: [content]\n", `.postlint.yaml:1:12: site-root must be the path of a directory, such as content`},
		{"site-root: ' '\n", `.postlint.yaml:1:12: site-root must be the path of a directory, such as content`},
		{"site_root: content\n", `.postlint.yaml:1:1: unknown configuration key "site_root"; did you mean "site-root"?`},
		{"overrides:\n  - rules: { cliche: off }\n", `.postlint.yaml:2:5: an override needs files: globs`},
		{"overrides:\n  - files: [a]\n    rule: {}\n", `.postlint.yaml:3:5: unknown override key "rule"; did you mean "rules"?`},
		{"rules: [\n", `.postlint.yaml:2:1: not valid YAML: did not find expected node content`},
		{"rules:\n  cliche: off\n  cliche: info\n", `.postlint.yaml:3:3: key "cliche" appears twice; it was first set on line 2`},
		{"- a\n- b\n", `.postlint.yaml:1:1: the configuration must be a mapping`},
		{"a\x00b", `.postlint.yaml:1:1: not a YAML file: it contains NUL bytes`},
	}
	for _, tt := range tests {
		_, err := parse(t, tt.src)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v\nwant an error starting %q", tt.src, err, tt.want)
		}
	}
}

func TestParseReportsEveryMistakeInOrder(t *testing.T) {
	_, err := parse(t, "rules:\n  cliché: off\nfail-on: never\n")
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], ".postlint.yaml:2:3:") || !strings.HasPrefix(lines[1], ".postlint.yaml:3:10:") {
		t.Errorf("errors = %q", lines)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "content", "posts")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(deep); err != nil || got != "" {
		t.Errorf("Find without a file = %q, %v", got, err)
	}
	want := filepath.Join(root, ".postlint.yml")
	if err := os.WriteFile(want, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(deep); err != nil || got != want {
		t.Errorf("Find = %q, %v; want %q", got, err, want)
	}
	nearer := filepath.Join(root, "content", ".postlint.yaml")
	if err := os.WriteFile(nearer, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := Find(deep); got != nearer {
		t.Errorf("Find = %q, want the nearer %q", got, nearer)
	}
}

func TestSettingsFor(t *testing.T) {
	cfg, err := Parse(filepath.Join(t.TempDir(), ".postlint.yaml"), []byte(`
schema: base.json
exclude: ["drafts/**", "*.wip.md"]
rules:
  cliche: warning
  sentence-length: { max-words: 30 }
overrides:
  - files: ["docs/**"]
    schema: docs.json
    rules: { cliche: off }
  - files: ["docs/api/*.md"]
    rules: { sentence-length: { severity: error } }
`), rules.All())
	if err != nil {
		t.Fatal(err)
	}
	at := func(rel string) string { return filepath.Join(cfg.Dir, filepath.FromSlash(rel)) }
	base := cfg.For(at("blog/a.md"))
	if base.Key != "" || filepath.Base(base.Schema) != "base.json" || *base.Rules["cliche"].Severity != rule.Warning {
		t.Errorf("base settings = %+v", base)
	}
	api := cfg.For(at("docs/api/b.md"))
	if api.Key != "0,1" || filepath.Base(api.Schema) != "docs.json" || *api.Rules["cliche"].Severity != rule.Off ||
		*api.Rules["sentence-length"].Severity != rule.Error || api.Rules["sentence-length"].Options == nil {
		t.Errorf("docs/api settings = %+v", api)
	}
	for rel, want := range map[string]bool{"drafts/x.md": true, "drafts/deep/y.md": true, "blog/z.wip.md": true, "blog/a.md": false, "../outside.md": false} {
		if got := cfg.Excluded(at(rel)); got != want {
			t.Errorf("Excluded(%s) = %v, want %v", rel, got, want)
		}
	}
	rulesOut, options := api.Apply(rules.All())
	for _, r := range rulesOut {
		if r.Name == "cliche" && r.Severity != rule.Off {
			t.Errorf("Apply: cliche severity %v", r.Severity)
		}
	}
	if options["sentence-length"] == nil {
		t.Errorf("Apply: no sentence-length options")
	}
}

func TestGlob(t *testing.T) {
	for _, tt := range []struct {
		glob, rel string
		want      bool
	}{
		{"*.md", "a.md", true}, {"*.md", "x/y/a.md", true}, {"*.md", "a.markdown", false},
		{"content/**", "content/a/b.md", true}, {"content/**", "other/a.md", false},
		{"content/*/x.md", "content/a/x.md", true}, {"content/*/x.md", "content/a/b/x.md", false},
		{"**/drafts/*.md", "drafts/a.md", true}, {"**/drafts/*.md", "a/b/drafts/c.md", true},
		{"./docs/*.md", "docs/a.md", true},
	} {
		if got := matchGlob(tt.glob, tt.rel); got != tt.want {
			t.Errorf("matchGlob(%q, %q) = %v, want %v", tt.glob, tt.rel, got, tt.want)
		}
	}
}

func TestTemplateIsValidAndSaysTheDefaults(t *testing.T) {
	catalogue := rules.All()
	cfg, err := Parse(".postlint.yaml", Template(catalogue), catalogue)
	if err != nil {
		t.Fatalf("the template does not parse: %v\n%s", err, Template(catalogue))
	}
	for _, r := range catalogue {
		s, ok := cfg.Rules[r.Name]
		if !ok || s.Severity == nil || *s.Severity != r.Severity {
			t.Errorf("%s: template sets %+v, want its default %s", r.Name, s, r.Severity)
		}
		for _, f := range optionFields(r) {
			got := flowValue(reflect.ValueOf(s.Options).Elem().Field(f.index).Interface())
			if want := flowValue(f.def); got != want {
				t.Errorf("%s: template sets %s to %s, want the default %s", r.Name, f.name, got, want)
			}
		}
	}
}
