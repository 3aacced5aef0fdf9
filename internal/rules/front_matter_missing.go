package rules

import (
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// FrontMatterMissing reports a post without front matter.
var FrontMatterMissing = &rule.Rule{
	Name:     "front-matter-missing",
	Severity: rule.Error,
	Run:      runFrontMatterMissing,
	Doc: `posts must start with front matter

A blog post needs front matter: the title, date and tags that the site
generator uses to list, sort and link it. A Markdown file without it is
usually published without a title, or not at all. The finding is placed
at the start of the file.

Bad:

` + "```markdown" + `
# Is serverless truly serverless?

Serverless technology has become popular...
` + "```" + `

Good:

` + "```markdown" + `
---
title: Is serverless truly serverless?
date: 2022-12-10
tags: [serverless]
---

Serverless technology has become popular...
` + "```",
}

func runFrontMatterMissing(pass *rule.Pass) error {
	if pass.Post.FrontMatter == nil {
		pass.Reportf(source.Span{}, "post has no front matter; start the file with a --- line, the title, date and tags, and a closing --- line")
	}
	return nil
}
