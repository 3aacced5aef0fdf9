// Package rule is postlint's rule framework: a Rule is a value with a name,
// documentation, a default severity and a Run function that inspects one
// post through a Pass and reports Findings. The framework knows no rule;
// the catalogue lives in package rules.
package rule

import "strings"

// Rule describes one check. Rules are values, declared once in the
// catalogue and never changed at run time.
type Rule struct {
	// Name is the rule's stable kebab-case identifier, used in output,
	// config and directives.
	Name string
	// Doc is the rule's documentation: a title line of at most 60
	// characters with no final period, a blank line, then paragraphs in
	// Markdown, usually with a bad and a good example.
	Doc string
	// Severity is the default severity; Off means the rule is opt-in.
	Severity Severity
	// Fixable reports whether the rule attaches fixes to its findings.
	Fixable bool
	// Options, when not nil, returns a new pointer to the rule's options
	// struct holding the defaults. Configuration decodes into it (fields
	// are named by their yaml tags); if it has a Prepare() error method,
	// the runner calls it once before linting, so that the rule can build
	// what its options imply (word lists, patterns) once per run.
	Options func() any
	// Run inspects pass.Post and reports findings through pass. It
	// returns an error only when the rule itself failed.
	Run func(pass *Pass) error
	// Site, set instead of Run for a site rule, inspects the summaries of
	// every post together once the post pass is done.
	Site func(pass *SitePass) error
}

// Preparer is implemented by options that derive data from their fields.
type Preparer interface {
	Prepare() error
}

// DefaultOptions returns the rule's default options, prepared, or nil for
// a rule without options.
func (r *Rule) DefaultOptions() (any, error) {
	if r.Options == nil {
		return nil, nil
	}
	opts := r.Options()
	if p, ok := opts.(Preparer); ok {
		if err := p.Prepare(); err != nil {
			return nil, err
		}
	}
	return opts, nil
}

// Title returns the first line of the rule's Doc.
func (r *Rule) Title() string {
	title, _, _ := strings.Cut(r.Doc, "\n")
	return title
}

// Description returns the rule's Doc without its title line: the
// paragraphs that explain it, in Markdown.
func (r *Rule) Description() string {
	_, rest, _ := strings.Cut(r.Doc, "\n")
	return strings.TrimSpace(rest)
}
