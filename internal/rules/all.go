// Package rules is postlint's catalogue of rules, one file per rule. It
// uses only the public API of package rule.
package rules

import "github.com/postlint/postlint/internal/rule"

// All returns every rule in the catalogue, in the order they are listed
// in documentation.
func All() []*rule.Rule {
	return []*rule.Rule{
		FrontMatterSyntax,
		FrontMatterMissing,
		FrontMatterSchema,
		FinalNewline,
		TrailingSpace,
	}
}
