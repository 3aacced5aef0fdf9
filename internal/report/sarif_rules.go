package report

import (
	"regexp"
	"strings"

	"github.com/postlint/postlint/internal/rule"
)

// maxDescription is GitHub's limit on a rule's short and full
// descriptions, in characters.
const maxDescription = 1024

type sarifRuleDescriptor struct {
	ID                   string                 `json:"id"`
	Name                 string                 `json:"name,omitempty"`
	ShortDescription     sarifMessage           `json:"shortDescription"`
	FullDescription      sarifMessage           `json:"fullDescription"`
	Help                 sarifMultiformat       `json:"help"`
	HelpURI              string                 `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleConfiguration `json:"defaultConfiguration"`
	Properties           sarifRuleProperties    `json:"properties"`
}

type sarifMultiformat struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRuleConfiguration struct {
	Enabled *bool  `json:"enabled,omitempty"`
	Level   string `json:"level"`
}

type sarifRuleProperties struct {
	Tags []string `json:"tags"`
}

// sarifRules describes every rule in r.Rules, in order, so that a
// result's ruleIndex is its rule's index in r.Rules.
func sarifRules(r *Report) []sarifRuleDescriptor {
	rules := make([]sarifRuleDescriptor, 0, len(r.Rules))
	for _, rl := range r.Rules {
		title, desc := rl.Title(), rl.Description()
		if desc == "" {
			desc = title // GitHub requires help.text
		}
		d := sarifRuleDescriptor{
			ID:               rl.Name,
			ShortDescription: sarifMessage{Text: truncate(title, maxDescription)},
			FullDescription:  sarifMessage{Text: truncate(firstParagraph(desc), maxDescription)},
			Help:             sarifMultiformat{Text: desc, Markdown: "# " + title + "\n\n" + desc},
			DefaultConfiguration: sarifRuleConfiguration{
				Level: sarifLevel(rl.Severity),
			},
			Properties: sarifRuleProperties{Tags: []string{"postlint"}},
		}
		// SARIF (and the multitool's rule SARIF1001) wants a name that
		// differs from the id, so a one-word rule such as "wordy" has none.
		if name := upperCamel(rl.Name); !strings.EqualFold(name, rl.Name) {
			d.Name = name
		}
		if r.Tool.InformationURI != "" {
			d.HelpURI = strings.TrimSuffix(r.Tool.InformationURI, "/") + "/blob/main/docs/rules.md#" + rl.Name
		}
		if rl.Severity == rule.Off {
			disabled := false
			d.DefaultConfiguration.Enabled = &disabled
		}
		rules = append(rules, d)
	}
	return rules
}

// upperCamel turns a kebab-case rule name into UpperCamelCase:
// "heading-increment" becomes "HeadingIncrement".
func upperCamel(name string) string {
	var b strings.Builder
	for word := range strings.SplitSeq(name, "-") {
		if word != "" {
			b.WriteString(strings.ToUpper(word[:1]) + word[1:])
		}
	}
	return b.String()
}

// firstParagraph returns the first paragraph of Markdown text with its
// lines joined by spaces; a paragraph that ends with a colon takes the
// next one (usually a list) with it.
func firstParagraph(text string) string {
	paras := strings.Split(strings.TrimSpace(text), "\n\n")
	n := 1
	for n < len(paras) && strings.HasSuffix(paras[n-1], ":") {
		n++
	}
	lines := strings.Split(strings.Join(paras[:n], "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.Join(lines, " ")
}

// truncate shortens s to at most n characters, ending it with an
// ellipsis when it cuts.
func truncate(s string, n int) string {
	runes := []rune(s)
	if len(runes) <= n {
		return s
	}
	return string(runes[:n-1]) + "…"
}

// semVer matches a SemVer 2.0.0 version (the regular expression
// semver.org suggests).
var semVer = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)` +
	`(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?` +
	`(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)

// semanticVersion returns version without a leading "v" when it is a
// semantic version, and "" otherwise (such as "(devel)").
func semanticVersion(version string) string {
	v := strings.TrimPrefix(version, "v")
	if !semVer.MatchString(v) {
		return ""
	}
	return v
}
