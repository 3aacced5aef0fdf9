// Package report prints the result of a run. Each format is one pure
// function over an io.Writer that receives the same Report: the rules,
// the sorted findings and the run's notifications.
package report

import (
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/postlint/postlint/internal/rule"
)

// Tool names the program that made a report.
type Tool struct {
	Name           string
	Version        string // semantic version without a leading "v"
	InformationURI string
}

// Notification is a problem with the run rather than with a post: a file
// that could not be read, a binary file that was skipped, a rule that
// failed. Level is rule.Error when the run's results are incomplete.
type Notification struct {
	Path    string // slash-separated, as in findings; empty when no file is involved
	Level   rule.Severity
	Message string
}

// Report is everything a printer needs.
type Report struct {
	Tool Tool
	// Rules lists every rule postlint knows, in catalogue order.
	Rules []*rule.Rule
	// Findings are sorted by path, line, column and rule. A run over a
	// whole site sets Each instead: it yields the findings in the same
	// order, may be called more than once, and lets the printers write
	// them without holding them all.
	Findings      []rule.Finding
	Each          iter.Seq[rule.Finding]
	Notifications []Notification
	// Posts counts the posts that were linted.
	Posts int
	// WorkDir is the absolute directory finding paths are relative to,
	// and SourceRoot the absolute directory that SARIF locations are
	// relative to (%SRCROOT%, usually the repository root). When
	// SourceRoot is empty, SARIF uses the finding paths as they are and
	// does not record an absolute root.
	WorkDir    string
	SourceRoot string
}

// Counts tallies findings by severity.
type Counts struct {
	Errors, Warnings, Infos int
	// Findings counts every finding.
	Findings int
	// Posts counts the distinct posts with at least one finding.
	Posts int
}

// All yields r's findings in order: Each when set, else Findings.
func (r *Report) All() iter.Seq[rule.Finding] {
	if r.Each != nil {
		return r.Each
	}
	return slices.Values(r.Findings)
}

// Count tallies r's findings.
func (r *Report) Count() Counts {
	var c Counts
	last := ""
	for f := range r.All() {
		switch f.Severity {
		case rule.Error:
			c.Errors++
		case rule.Warning:
			c.Warnings++
		case rule.Info:
			c.Infos++
		}
		if c.Findings == 0 || f.Path != last {
			c.Posts++
			last = f.Path
		}
		c.Findings++
	}
	return c
}

// Summary returns a one-line summary of r, such as
// "3 errors, 2 warnings in 2 of 40 posts".
func (r *Report) Summary() string {
	c := r.Count()
	if c.Findings == 0 {
		return fmt.Sprintf("no problems in %d %s", r.Posts, plural(r.Posts, "post", "posts"))
	}
	var parts []string
	for _, n := range []struct {
		count      int
		one, other string
	}{{c.Errors, "error", "errors"}, {c.Warnings, "warning", "warnings"}, {c.Infos, "info", "infos"}} {
		if n.count > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n.count, plural(n.count, n.one, n.other)))
		}
	}
	return fmt.Sprintf("%s in %d of %d %s", strings.Join(parts, ", "), c.Posts, r.Posts, plural(r.Posts, "post", "posts"))
}

func plural(n int, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}
