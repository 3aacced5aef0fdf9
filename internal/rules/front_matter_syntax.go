package rules

import "github.com/postlint/postlint/internal/rule"

// FrontMatterSyntax reports front matter that site generators cannot read.
var FrontMatterSyntax = &rule.Rule{
	Name:     "front-matter-syntax",
	Severity: rule.Error,
	Run:      runFrontMatterSyntax,
	Doc: `front matter must parse

Front matter is the block of YAML between ` + "`---`" + ` lines (or TOML between
` + "`+++`" + ` lines, or a JSON object) at the top of a post. If it does not
parse, the site generator either fails or silently publishes the post
without a title, date or tags. This rule reports:

- YAML, TOML or JSON that does not parse, at the line the parser stopped;
- a block that is opened but never closed;
- a key that appears twice (most parsers keep the last one silently);
- a UTF-8 byte order mark or blank lines before the opening delimiter,
  which make Jekyll and others miss the front matter.

Bad:

` + "```markdown" + `
---
title: Kubernetes: the hard way
tags: [k8s]
tags: [ops]
---
` + "```" + `

Good:

` + "```markdown" + `
---
title: "Kubernetes: the hard way"
tags: [k8s, ops]
---
` + "```",
}

func runFrontMatterSyntax(pass *rule.Pass) error {
	fm := pass.Post.FrontMatter
	if fm == nil {
		return nil
	}
	for _, p := range fm.Problems {
		pass.Reportf(p.Span, "%s", p.Message)
	}
	return nil
}
