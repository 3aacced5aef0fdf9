// Package rules is postlint's catalogue of rules, one file per rule. It
// uses only the public API of package rule.
package rules

import "github.com/postlint/postlint/internal/rule"

// All returns every rule in the catalogue, in the order they are listed
// in documentation: front matter, structure, links, prose, files, site
// rules, then directives.
func All() []*rule.Rule {
	return []*rule.Rule{
		// Front matter.
		FrontMatterSyntax,
		FrontMatterMissing,
		FrontMatterSchema,
		// front matter and structure rules go here
		UnknownKey,
		ExcerptDuplicatesBody,
		HeadingIncrement,
		SingleTitle,
		DuplicateHeading,
		FencedCodeLanguage,
		MarkdownNesting,

		// Links and images.
		// link rules go here
		ImageAltText,
		EmptyLink,
		LinkText,
		LinkFragment,
		UndefinedReference,
		InsecureLink,
		BareURL,

		// Prose.
		// prose rules go here
		Placeholder,
		RepeatedWord,
		DuplicateSentence,
		SentenceLength,
		ParagraphLength,
		Cliche,
		Wordy,
		Readability,
		Terms,

		// Files.
		FinalNewline,
		TrailingSpace,

		// Site.
		DuplicateTitle,
		DuplicateSlug,
		TagVariant,
		FutureDate,
		MissingLocalFile,

		// Directives.
		InvalidDirective,
		UnusedDirective,
	}
}
