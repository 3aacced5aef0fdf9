package rules

import "github.com/postlint/postlint/internal/rule"

// FrontMatterSchema reports front matter that fails the post schema.
var FrontMatterSchema = &rule.Rule{
	Name:     "front-matter-schema",
	Severity: rule.Error,
	Run:      runFrontMatterSchema,
	Doc: `front matter must satisfy the post schema

Each post's front matter is validated against a JSON Schema: the default
one built into postlint (print it with ` + "`postlint schema`" + `) or your own,
given with ` + "`--schema`" + `. Each failure is one finding, placed at the
value that fails; a missing required key is reported at the opening
` + "`---`" + ` line. Dates are checked as written: ` + "`2022-12-10`" + ` is a date
whether or not it is quoted.

The default schema requires a title, a date (YYYY-MM-DD or an RFC 3339
date-time), a non-empty list of tags and an excerpt, description or
summary of 50 to 160 characters; a cover must be an absolute https URL.

Bad:

` + "```markdown" + `
---
title: Is serverless truly serverless?
date: 2022-13-45
cover: http://example.com/cover.png
tags: []
---
` + "```" + `

Good:

` + "```markdown" + `
---
title: Is serverless truly serverless?
date: 2022-12-10
cover: https://example.com/cover.png
tags: [serverless]
excerpt: Serverless has become popular, but there is still confusion about what it means.
---
` + "```",
}

func runFrontMatterSchema(pass *rule.Pass) error {
	if pass.Schema == nil {
		return nil
	}
	for _, f := range pass.Schema.Validate(pass.Post.FrontMatter) {
		pass.Reportf(f.Span, "%s", f.Message)
	}
	return nil
}
