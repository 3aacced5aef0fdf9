package rule

import (
	"strings"
	"testing"
)

func run(*Pass) error { return nil }

func TestValidate(t *testing.T) {
	good := &Rule{Name: "heading-increment", Doc: "headings must go up one level at a time\n\nMore.", Severity: Warning, Run: run}
	site := &Rule{Name: "duplicate-title", Doc: "titles must be unique\n\nMore.", Severity: Warning, Site: func(*SitePass) error { return nil }}
	if err := Validate([]*Rule{good, site}); err != nil {
		t.Errorf("Validate(good, site) = %v", err)
	}
	tests := []struct {
		rule *Rule
		want string
	}{
		{&Rule{Name: "HeadingIncrement", Doc: "title\n\nbody", Run: run}, "not kebab-case"},
		{&Rule{Name: "x", Doc: "", Run: run}, "no title line"},
		{&Rule{Name: "x", Doc: "a title.\n\nbody", Run: run}, "ends with a period"},
		{&Rule{Name: "x", Doc: strings.Repeat("t", 61) + "\n\nbody", Run: run}, "longer than 60"},
		{&Rule{Name: "x", Doc: "title\nbody", Run: run}, "needs a blank line"},
		{&Rule{Name: "x", Doc: "title\n\nbody", Severity: 7, Run: run}, "unknown severity"},
		{&Rule{Name: "x", Doc: "title\n\nbody"}, "Run is nil"},
		{&Rule{Name: "x", Doc: "title\n\nbody", Run: run, Site: func(*SitePass) error { return nil }}, "both Run and Site"},
	}
	for _, tt := range tests {
		err := Validate([]*Rule{tt.rule})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Validate(%+v) = %v, want an error containing %q", tt.rule, err, tt.want)
		}
	}
	if err := Validate([]*Rule{good, good}); err == nil || !strings.Contains(err.Error(), "declared twice") {
		t.Errorf("Validate(duplicate) = %v", err)
	}
}

func TestSeverity(t *testing.T) {
	for _, s := range []Severity{Off, Info, Warning, Error} {
		got, err := ParseSeverity(s.String())
		if err != nil || got != s {
			t.Errorf("ParseSeverity(%q) = %v, %v", s.String(), got, err)
		}
	}
	if _, err := ParseSeverity("fatal"); err == nil {
		t.Error("ParseSeverity(fatal) succeeded")
	}
}

func TestTitleAndDescription(t *testing.T) {
	r := &Rule{Doc: "the title\n\nFirst paragraph.\n\nSecond.\n"}
	if r.Title() != "the title" || r.Description() != "First paragraph.\n\nSecond." {
		t.Errorf("Title = %q, Description = %q", r.Title(), r.Description())
	}
}
