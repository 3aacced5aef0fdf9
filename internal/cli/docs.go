package cli

import (
	"fmt"
	"strings"

	"github.com/postlint/postlint/internal/rule"
)

// RulesMarkdown renders docs/rules.md: an index of the rules and each
// rule's documentation as explain prints it.
func RulesMarkdown(rules []*rule.Rule) string {
	var b strings.Builder
	b.WriteString("# Rules\n\n")
	b.WriteString("<!-- Generated from the rules' documentation by `go test ./internal/cli -update`; do not edit. -->\n\n")
	b.WriteString("`postlint rules` lists these rules and `postlint explain NAME` shows one of them.\n\n")
	b.WriteString("| rule | default | fixable | checks that |\n| --- | --- | --- | --- |\n")
	for _, r := range rules {
		fixable := ""
		if r.Fixable {
			fixable = "yes"
		}
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %s | %s |\n", r.Name, r.Name, r.Severity, fixable, r.Title())
	}
	for _, r := range rules {
		b.WriteString("\n")
		// Each rule's own heading becomes a section of this page.
		b.WriteString(strings.Replace(RuleDoc(r), "# ", "## ", 1))
	}
	return b.String()
}
