package lint

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/postlint/postlint/internal/rule"
)

// runSite is the step after the post pass: it runs each site rule that
// some post's linter enables, once, over the summaries of every post,
// unpacked from st, those of the site root's other posts (context)
// included. A finding is kept when it is about a post of the run whose
// linter enables the rule, takes that linter's severity, and is dropped
// when the post's postlint comments suppress it; a finding about a
// context post is dropped. A rule runs with the options of the first
// linter (in file order) that enables it.
func runSite(outcomes []outcome, st *store, context []*rule.Summary, now time.Time) (findings []rule.Finding, notices []Notice) {
	var summaries []*rule.Summary
	byPath := make(map[string]*outcome)
	var rules []enabledRule
	seen := make(map[string]bool)
	var buf []byte
	var u summaryUnpacker
	for i := range outcomes {
		o := &outcomes[i]
		if !o.summarized {
			continue
		}
		data, err := st.get(o.summary, &buf)
		if err != nil {
			return nil, []Notice{{Level: rule.Error, Message: "site rules not run: " + err.Error()}}
		}
		s := u.unpack(data, o.findings.path, o.file)
		s.Suppressed = o.suppressed
		summaries = append(summaries, s)
		byPath[s.Path] = o
		for _, r := range o.linter.site {
			if !seen[r.rule.Name] {
				seen[r.rule.Name] = true
				rules = append(rules, r)
			}
		}
	}
	if len(rules) == 0 {
		return nil, nil
	}
	summaries = append(summaries, context...)
	slices.SortFunc(summaries, func(a, b *rule.Summary) int { return cmp.Compare(a.Path, b.Path) })
	for _, r := range rules {
		pass := &rule.SitePass{Rule: r.rule, Summaries: summaries, Options: r.options, Now: now,
			Report: func(f rule.Finding) {
				o := byPath[f.Path]
				if o == nil {
					return
				}
				own := o.linter.siteRule(f.Rule)
				if own == nil {
					return // the rule is off for this post
				}
				f.Severity = own.Severity
				if o.suppressed != nil && o.suppressed(f.Rule, f.Range.Start.Line) {
					return
				}
				findings = append(findings, f)
			}}
		if err := runSiteRule(pass); err != nil {
			notices = append(notices, Notice{Level: rule.Error, Message: err.Error()})
		}
	}
	return findings, notices
}

// siteRule returns the linter's site rule named name, or nil when it is
// not enabled.
func (l *Linter) siteRule(name string) *rule.Rule {
	for _, r := range l.site {
		if r.rule.Name == name {
			return r.rule
		}
	}
	return nil
}

// runSiteRule runs one site rule, turning a panic into an error that
// names it.
func runSiteRule(pass *rule.SitePass) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("rule %s failed: panic: %v", pass.Rule.Name, r)
		}
	}()
	if err := pass.Rule.Site(pass); err != nil {
		return fmt.Errorf("rule %s failed: %w", pass.Rule.Name, err)
	}
	return nil
}
