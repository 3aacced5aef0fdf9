package rules

import (
	"strings"

	"github.com/postlint/postlint/internal/rule"
)

// Cliche reports stock phrases.
var Cliche = &rule.Rule{
	Name:     "cliche",
	Severity: rule.Info,
	Options:  func() any { return &clicheOptions{} },
	Run:      runCliche,
	Doc: `prose should not lean on stock phrases

A stock phrase ("at the end of the day", "needless to say") is padding:
the reader has seen it so often that it carries no meaning, and it makes
a post sound like every other post. "In conclusion" at the end of a post
is the usual case: the reader can see that it is the end. The rule knows
a short list of phrases that are almost never meant literally, matched
as whole words in any case, also across line breaks. Text in quotation
marks and block quotes is not checked: a quotation is not yours to
rewrite.

Bad:

` + "```markdown" + `
In conclusion, serverless is a game changer for small teams.
` + "```" + `

Good:

` + "```markdown" + `
Serverless lets a small team ship without running servers.
` + "```" + `

Options:

- ` + "`phrases`" + `: more phrases to report, in addition to the built-in
  list (for example ` + "`[\"synergy\", \"leverage our learnings\"]`" + `).`,
}

// cliches is the built-in list. Each phrase is almost never meant
// literally; hyphens and spaces are interchangeable ("game-changer").
var cliches = []string{
	"a blessing in disguise",
	"a breath of fresh air",
	"a double-edged sword",
	"a level playing field",
	"a no-brainer",
	"ahead of the curve",
	"all in all",
	"at the end of the day",
	"avoid like the plague",
	"back to square one",
	"best of both worlds",
	"bring to the table",
	"crystal clear",
	"easier said than done",
	"embark on a journey",
	"ever-changing landscape",
	"ever-evolving landscape",
	"few and far between",
	"food for thought",
	"game changer",
	"harness the power of",
	"hit the ground running",
	"hit the nail on the head",
	"in a nutshell",
	"in conclusion",
	"in the grand scheme of things",
	"in today's digital age",
	"in today's fast-paced world",
	"in today's world",
	"it goes without saying",
	"it is what it is",
	"last but not least",
	"leaves much to be desired",
	"look no further",
	"move the needle",
	"needless to say",
	"only time will tell",
	"paradigm shift",
	"plain and simple",
	"push the envelope",
	"reinvent the wheel",
	"since the dawn of time",
	"slowly but surely",
	"stand the test of time",
	"take it to the next level",
	"the elephant in the room",
	"the holy grail",
	"the million-dollar question",
	"the name of the game",
	"the perfect storm",
	"the rest is history",
	"the sky's the limit",
	"the tip of the iceberg",
	"think outside the box",
	"unleash the power of",
	"unlock the full potential",
	"unlock the power of",
	"when all is said and done",
	"without further ado",
}

type clicheOptions struct {
	Phrases []string `yaml:"phrases"`

	list  phraseList
	names []string
}

// Prepare indexes the built-in phrases and the configured ones.
func (o *clicheOptions) Prepare() error {
	o.list, o.names = phraseList{}, nil
	for _, p := range append(append([]string(nil), cliches...), o.Phrases...) {
		if err := o.list.add(p, len(o.names)); err != nil {
			return err
		}
		o.names = append(o.names, strings.ToLower(strings.Join(strings.Fields(p), " ")))
	}
	return nil
}

func runCliche(pass *rule.Pass) error {
	opts := pass.Options.(*clicheOptions)
	for i, b := range pass.Post.Prose() {
		if b.InQuote {
			continue
		}
		quoted := quotedRanges(b.Text)
		opts.list.find(b.Text, blockTokens(pass, i), true, func(m phraseMatch) {
			if inRanges(quoted, m.start, m.end) {
				return
			}
			pass.Reportf(textSpan(pass, &b, m.start, m.end), "%q is a stock phrase; say it in your own words or cut it", opts.names[m.id])
		})
	}
	return nil
}
