package report

import (
	"testing"

	"github.com/postlint/postlint/internal/rule"
)

func TestCount(t *testing.T) {
	got := fixture().Count()
	want := Counts{Errors: 1, Warnings: 5, Infos: 2, Findings: 8, Posts: 3}
	if got != want {
		t.Errorf("Count() = %+v, want %+v", got, want)
	}
	if got := clean().Count(); got != (Counts{}) {
		t.Errorf("Count() of a clean report = %+v, want zero", got)
	}
}

func TestSummary(t *testing.T) {
	one := func(sev rule.Severity, path string) rule.Finding {
		return rule.Finding{Path: path, Rule: "r", Severity: sev, Message: "m"}
	}
	for _, tc := range []struct {
		r    *Report
		want string
	}{
		{fixture(), "1 error, 5 warnings, 2 infos in 3 of 3 posts"},
		{clean(), "no problems in 3 posts"},
		{&Report{Posts: 1}, "no problems in 1 post"},
		{&Report{Posts: 1, Findings: []rule.Finding{one(rule.Warning, "a.md")}}, "1 warning in 1 of 1 post"},
		{&Report{Posts: 40, Findings: []rule.Finding{
			one(rule.Error, "a.md"), one(rule.Error, "a.md"), one(rule.Info, "b.md"), one(rule.Error, "c.md"),
		}}, "3 errors, 1 info in 3 of 40 posts"},
	} {
		if got := tc.r.Summary(); got != tc.want {
			t.Errorf("Summary() = %q, want %q", got, tc.want)
		}
	}
}
