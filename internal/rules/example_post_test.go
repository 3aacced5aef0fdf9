package rules

import (
	"os"
	"slices"
	"testing"

	"github.com/postlint/postlint/internal/lint"
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/schema"
)

// TestExamplePost lints the example post of ../shared/docs with every
// rule: it has no error, and it has the problems an editor would point
// out.
func TestExamplePost(t *testing.T) {
	src, err := os.ReadFile("../../../shared/docs/example-post.md")
	if os.IsNotExist(err) {
		t.Skip("../shared is not here")
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.NewLinter(All(), nil, s)
	if err != nil {
		t.Fatal(err)
	}
	findings, notices := l.Post(post.Parse("example-post.md", src))
	if len(notices) > 0 {
		t.Fatalf("notices: %+v", notices)
	}
	var rules []string
	for _, f := range findings {
		t.Logf("%d:%d %s %s: %s", f.Range.Start.Line, f.Range.Start.Column, f.Severity, f.Rule, f.Message)
		if f.Severity == rule.Error {
			t.Errorf("error finding: %d:%d %s: %s", f.Range.Start.Line, f.Range.Start.Column, f.Rule, f.Message)
		}
		rules = append(rules, f.Rule)
	}
	for _, want := range []string{"excerpt-duplicates-body", "duplicate-sentence", "cliche", "final-newline"} {
		if !slices.Contains(rules, want) {
			t.Errorf("no %s finding", want)
		}
	}
}
