package rules

import "github.com/postlint/postlint/internal/rule"

// InvalidDirective reports postlint comments that cannot be obeyed. Its
// findings come from the runner's directive step, which reads every
// directive of a post before and after the other rules run; Run itself
// has nothing to add.
var InvalidDirective = &rule.Rule{
	Name:     "invalid-directive",
	Severity: rule.Error,
	Run:      reportedByRunner,
	Doc: `postlint comments must name known rules and give a reason

A directive comment silences rules for a line, a range or a file:

- ` + "`<!-- postlint-disable-next-line cliche -- quoting a reader -->`" + `
- ` + "`<!-- postlint-disable sentence-length, wordy -- legal text -->`" + ` ...
  ` + "`<!-- postlint-enable sentence-length, wordy -->`" + `
- ` + "`<!-- postlint-disable-file unknown-key -- imported post -->`" + `
- in YAML or TOML front matter: ` + "`# postlint-disable-next-line unknown-key -- legacy key`" + `

This rule reports a directive that names no rule or an unknown one (with
the closest name), has no reason after " -- ", is malformed, or enables
what was never disabled. An invalid directive silences nothing.

Bad:

` + "```markdown" + `
<!-- postlint-disable-next-line cliches -->
In conclusion, it works.
` + "```" + `

Good:

` + "```markdown" + `
<!-- postlint-disable-next-line cliche -- the quote is the reader's words -->
"In conclusion, it works," one reader wrote.
` + "```",
}

// UnusedDirective reports postlint comments that silence nothing. Like
// InvalidDirective, its findings come from the runner's directive step,
// because only after every other rule has run is it known what a
// directive suppressed.
var UnusedDirective = &rule.Rule{
	Name:     "unused-directive",
	Severity: rule.Warning,
	Run:      reportedByRunner,
	Doc: `postlint comments must suppress something

A directive that suppresses no finding is noise, and it hides the next
problem that appears where it points. This usually happens when the text
it excused was rewritten. The finding names the rule that the directive
no longer needs to disable; remove the name, or the whole comment.

Bad:

` + "```markdown" + `
<!-- postlint-disable-next-line cliche -- a quote -->
This sentence has no stock phrase any more.
` + "```" + `

Good:

` + "```markdown" + `
This sentence has no stock phrase any more.
` + "```",
}

// reportedByRunner is the Run of the directive rules: the runner reports
// their findings.
func reportedByRunner(*rule.Pass) error { return nil }
