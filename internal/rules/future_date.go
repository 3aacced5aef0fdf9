package rules

import (
	"strings"
	"time"

	"github.com/postlint/postlint/internal/rule"
)

// FutureDate reports posts dated after the day of the run.
var FutureDate = &rule.Rule{
	Name:     "future-date",
	Severity: rule.Warning,
	Options:  func() any { return &futureDateOptions{AllowDrafts: true} },
	Site:     runFutureDate,
	Doc: `posts must not be dated in the future

Most site generators do not publish a post dated after the build (Hugo
and Jekyll skip it unless told otherwise), so a typo in the year makes
a post silently disappear. The date is the front matter "date", as a
date ("2024-05-01") or a timestamp; a value that is not a date is left
to the schema. A post dated later today is not reported.

A draft (` + "`draft: true`" + `) may be dated in the future, since it is
not published yet; set option ` + "`allow-drafts`" + ` to false to check drafts
too.

Bad:

` + "```markdown" + `
---
title: Release notes
date: 2205-03-01
---
` + "```" + `

Good:

` + "```markdown" + `
---
title: Release notes
date: 2025-03-01
---
` + "```",
}

type futureDateOptions struct {
	AllowDrafts bool `yaml:"allow-drafts"`
}

// dateLayouts are the forms of dates and timestamps in front matter.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04 -0700",
	"2006-01-02 15:04",
	"2006-01-02T15:04",
	"2006-01-02",
}

// parseDate parses a front matter date in loc when it has no zone.
func parseDate(s string, loc *time.Location) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func runFutureDate(pass *rule.SitePass) error {
	opts := pass.Options.(*futureDateOptions)
	now := pass.Now
	endOfDay := time.Date(now.Year(), now.Month(), now.Day()+1, 0, 0, 0, 0, now.Location())
	for _, s := range pass.Summaries {
		if s.Date.Text == "" || s.Draft && opts.AllowDrafts {
			continue
		}
		t, ok := parseDate(s.Date.Text, now.Location())
		if !ok || t.Before(endOfDay) {
			continue
		}
		pass.Reportf(s, s.Date, nil, "date %s is in the future (today is %s)", s.Date.Text, now.Format("2006-01-02"))
	}
	return nil
}
