package rules

import (
	"fmt"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/lint"
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/schema"
)

// check lints src with one rule and the default schema and compares the
// findings, rendered as "line:col-endLine:endCol message", with want.
func check(t *testing.T, r *rule.Rule, src string, want ...string) {
	t.Helper()
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.NewLinter([]*rule.Rule{r}, nil, s)
	if err != nil {
		t.Fatal(err)
	}
	findings, notices := l.Post(post.Parse("post.md", []byte(src)))
	if len(notices) > 0 {
		t.Fatalf("notices: %+v", notices)
	}
	var got []string
	for _, f := range findings {
		if f.Rule != r.Name {
			t.Errorf("finding reported as rule %q, want %q", f.Rule, r.Name)
		}
		got = append(got, fmt.Sprintf("%d:%d-%d:%d %s", f.Range.Start.Line, f.Range.Start.Column,
			f.Range.End.Line, f.Range.End.Column, f.Message))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings of %s:\n%s\nwant:\n%s", r.Name, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// fixed applies the fixes of r's findings in src and returns the result.
func fixed(t *testing.T, r *rule.Rule, src string) string {
	t.Helper()
	l, err := lint.NewLinter([]*rule.Rule{r}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	findings, _ := l.Post(post.Parse("post.md", []byte(src)))
	out := []byte(src)
	for i := len(findings) - 1; i >= 0; i-- { // back to front keeps offsets valid
		f := findings[i]
		if f.Fix == nil {
			t.Fatalf("finding %q has no fix", f.Message)
		}
		for j := len(f.Fix.Edits) - 1; j >= 0; j-- {
			e := f.Fix.Edits[j]
			out = append(out[:e.Span.Start:e.Span.Start], append([]byte(e.NewText), out[e.Span.End:]...)...)
		}
	}
	return string(out)
}

// valid is front matter that satisfies the default schema.
const valid = `---
title: Is serverless truly serverless?
date: 2022-12-10
cover: https://images.example.com/cover.jpg
tags: ["Serverless", "Cloud Computing"]
excerpt: Serverless technology has become popular, but there is confusion about what it means.
---
`
