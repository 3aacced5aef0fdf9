// Package ruletest checks a rule against test posts that say what the
// rule must find in them.
//
// The posts live in testdata/<rule-name>/*.md beside the test. A finding
// is expected with a comment at the end of its line:
//
//	This is is wrong. <!-- want @6 "repeated word \"is\"" -->
//
// where @6 is the exact column (in characters) and the string is a
// regular expression the message must match. "want +2 @1 ..." expects a
// finding two lines further down ("-1" one line up); several "@COLUMN pattern" pairs may
// follow one want. In YAML or TOML front matter the comment is
// "# want @7 ...". A post without wants must produce no finding.
//
// A post may set the rule's options with "<!-- options: {max-words: 10} -->"
// (YAML). A schema.json in the folder replaces the default post schema.
// Rules that are off by default are tested as if turned on. For a post
// name.md, a file name.md.golden holds the post after all
// fixes are applied; go test -update rewrites the golden files.
package ruletest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/postlint/postlint/internal/fix"
	"github.com/postlint/postlint/internal/lint"
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/schema"
)

var update = flag.Bool("update", false, "rewrite the .golden files of fixable rules")

// Run checks r against every post in testdata/<r.Name>.
func Run(t *testing.T, r *rule.Rule) {
	t.Helper()
	RunWith(t, r, nil)
}

// RunWith is Run with other rules running beside r, as they do in a real
// run; only r's findings are checked. The directive rules need this: what
// a postlint comment suppresses comes from the other rules.
func RunWith(t *testing.T, r *rule.Rule, others []*rule.Rule) {
	t.Helper()
	dir := filepath.Join("testdata", r.Name)
	posts, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(posts) == 0 {
		t.Fatalf("no test posts in %s", dir)
	}
	s, err := loadSchema(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range posts {
		t.Run(filepath.Base(path), func(t *testing.T) {
			checkPost(t, r, others, s, path)
		})
	}
}

func loadSchema(dir string) (*schema.Schema, error) {
	path := filepath.Join(dir, "schema.json")
	if _, err := os.Stat(path); err == nil {
		return schema.Load(path)
	}
	return schema.Default()
}

func checkPost(t *testing.T, r *rule.Rule, others []*rule.Rule, s *schema.Schema, path string) {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p := post.Parse(filepath.ToSlash(path), src)
	wants, err := parseWants(src, p.Lines.Position(p.BodyOffset).Line)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	opts, err := ruleOptions(r, src)
	if err != nil {
		t.Fatalf("%s: options: %v", path, err)
	}
	if r.Severity == rule.Off { // an opt-in rule: test it as if turned on
		on := *r
		on.Severity = rule.Info
		r = &on
	}
	rules := []*rule.Rule{r}
	for _, o := range others {
		if o.Name != r.Name {
			rules = append(rules, o)
		}
	}
	linter, err := lint.NewLinter(rules, map[string]any{r.Name: opts}, s)
	if err != nil {
		t.Fatal(err)
	}
	all, notices := linter.Post(p)
	var findings []rule.Finding
	for _, f := range all {
		if f.Rule == r.Name {
			findings = append(findings, f)
		}
	}
	for _, n := range notices {
		t.Errorf("%s: %s", path, n.Message)
	}
	for _, f := range findings {
		if !meet(wants, f) {
			t.Errorf("%s:%d:%d: unexpected finding: %s", path, f.Range.Start.Line, f.Range.Start.Column, f.Message)
		}
	}
	for _, w := range wants {
		if !w.met {
			t.Errorf("%s:%d:%d: no finding matched %q", path, w.line, w.column, w.re)
		}
	}
	checkGolden(t, path, src, findings)
}

// meet marks the first unmet expectation that f satisfies.
func meet(wants []*expectation, f rule.Finding) bool {
	for _, w := range wants {
		if !w.met && w.line == f.Range.Start.Line && w.column == f.Range.Start.Column && w.re.MatchString(f.Message) {
			w.met = true
			return true
		}
	}
	return false
}

// ruleOptions returns r's default options with a post's options comment
// decoded over them.
func ruleOptions(r *rule.Rule, src []byte) (any, error) {
	if r.Options == nil {
		return nil, nil
	}
	opts := r.Options()
	if m := options.FindSubmatch(src); m != nil {
		if err := yaml.Unmarshal(m[1], opts); err != nil {
			return nil, err
		}
	}
	if p, ok := opts.(rule.Preparer); ok {
		if err := p.Prepare(); err != nil {
			return nil, err
		}
	}
	return opts, nil
}

// checkGolden compares the post with its fixes applied to path.golden.
func checkGolden(t *testing.T, path string, src []byte, findings []rule.Finding) {
	golden := path + ".golden"
	var fixes []*rule.Fix
	for _, f := range findings {
		fixes = append(fixes, f.Fix)
	}
	got, _ := fix.Apply(src, fixes)
	if *update && len(fixes) > 0 && string(got) != string(src) {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if os.IsNotExist(err) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("%s: fixed post differs from %s:\n%s", path, golden, diff(string(want), string(got)))
	}
}

// diff shows the first differing line of two texts.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, wl, gl)
		}
	}
	return "(they differ in line ends)"
}
