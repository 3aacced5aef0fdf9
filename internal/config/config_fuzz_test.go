package config

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/lint"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/rules"
	"github.com/postlint/postlint/internal/schema"
	"github.com/postlint/postlint/internal/source"
)

// fuzzPost is linted with every configuration that FuzzConfig accepts: it
// gives most rules something to look at.
const fuzzPost = "---\ntitle: Is serverless truly serverless?\ndate: 2022-12-10\ntags: [serverless]\nexcerpt: What does it mean?\nlegacy: 1\n---\n\n" +
	"# Is serverless truly serverless\n\n#### Skipped\n\nIn conclusion, the the servers are still there. TODO: link. Very unique!  \n" +
	"A long sentence that goes on and on and on and on and on and on and on and on and on and on and on and on and on and on and on about javascript.\n\n" +
	"See [here](http://example.com), [](#nowhere), ![](a.png), https://bare.example.com and [ref][missing].\n\n```\ncode\n```\n" +
	"<!-- postlint-disable-next-line cliche -- a quote -->\nAt the end of the day.\n<!-- postlint-disable nope -->"

// FuzzConfig parses any configuration file. A rejected one must give
// only *Error values, each one line and at a place in the file; an
// accepted one must hold only what its checks allow, and give every post
// a linter that lints without a rule failing.
func FuzzConfig(f *testing.F) {
	for _, seed := range []string{
		"schema: schema/post.schema.json\nextensions: [.md, .mdx]\nexclude: [\"content/drafts/**\"]\nfail-on: warning\nmax-file-size: 5MiB\nrules:\n  cliche: off\n  sentence-length: { severity: warning, max-words: 30 }\n  terms: { severity: error, terms: { Javascript: JavaScript } }\n  link-text: { url-text: true }\n  readability: false\noverrides:\n  - files: [\"content/docs/**\"]\n    schema: schema/docs.schema.json\n    rules: { excerpt-duplicates-body: off }\n",
		string(Template(rules.All())),
		"rules:\n  sentence-length: {max-words: 0}\n  paragraph-length: {max-sentences: -1}\n  readability: {severity: info, min-score: 1e308}\n  placeholder: {patterns: [\"(\"]}\n",
		"rules:\n  terms: {terms: {\"\": \"\", \"(\": x}}\n  wordy: {phrases: {\"\": y}}\n  cliche: {phrases: [\"\"]}\n",
		"max-file-size: 99999999999999999999GiB\n",
		"max-file-size: 0.5\n",
		"max-file-size: -1\n",
		"fail-on: [error]\nextensions: .md\nexclude: \"[\"\n",
		"overrides:\n  - rules: {}\n  - files: x\n    nope: 1\n",
		"a: &a [1, 2]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n",
		"rules:\n\tcliche: off\n",
		"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"\xff\xfe r\x00u\x00l\x00e\x00s\x00",
		"- just\n- a list\n",
		"",
	} {
		f.Add(seed)
	}
	catalogue := rules.All()
	def, err := schema.Default()
	if err != nil {
		f.Fatal(err)
	}
	const path = "blog/.postlint.yaml"
	f.Fuzz(func(t *testing.T, src string) {
		cfg, err := Parse(path, []byte(src), catalogue)
		if (cfg == nil) == (err == nil) {
			t.Fatalf("Parse = %v, %v: want a configuration or an error", cfg, err)
		}
		if err != nil {
			checkErrors(t, src, path, err)
			return
		}
		if cfg.MaxFileSize < 0 {
			t.Fatalf("max-file-size %d", cfg.MaxFileSize)
		}
		if !slices.Contains([]string{"", "error", "warning", "info", "none"}, cfg.FailOn) {
			t.Fatalf("fail-on %q", cfg.FailOn)
		}
		for _, e := range cfg.Extensions {
			if !strings.HasPrefix(e, ".") || len(e) < 2 {
				t.Fatalf("extension %q", e)
			}
		}
		for _, g := range slices.Concat(cfg.Exclude, overrideFiles(cfg)) {
			if err := checkGlob(g); err != nil {
				t.Fatalf("bad glob %q accepted: %v", g, err)
			}
		}
		for _, post := range []string{"blog/post.md", "blog/content/docs/a.md", "elsewhere.md", "blog/content/drafts/x.md"} {
			abs, _ := filepath.Abs(post)
			cfg.Excluded(abs)
			settings := cfg.For(abs)
			ruleSet, options := settings.Apply(catalogue)
			for _, r := range ruleSet {
				if r.Severity < rule.Off || r.Severity > rule.Error {
					t.Fatalf("rule %s: severity %v", r.Name, r.Severity)
				}
			}
			l, err := lint.NewLinter(ruleSet, options, def)
			if err != nil {
				t.Fatalf("%s: an accepted configuration gives no linter: %v", post, err)
			}
			res := l.Lint(post, []byte(fuzzPost))
			for _, n := range res.Notices {
				t.Errorf("%s: notice: %s", post, n.Message)
			}
		}
	})
}

// checkErrors checks that err joins *Error values, each placed in the
// file and one line long.
func checkErrors(t *testing.T, src, path string, err error) {
	t.Helper()
	errs := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs = joined.Unwrap()
	}
	lines := source.NewLineIndex([]byte(src))
	for _, e := range errs {
		var ce *Error
		if !errors.As(e, &ce) {
			t.Fatalf("error %q (%T) is not a *config.Error", e, e)
		}
		if ce.Path != path || ce.Message == "" || strings.ContainsAny(ce.Message, "\r\n") {
			t.Fatalf("error %q: wrong path, no message or more than one line", ce)
		}
		if ce.Line < 1 || ce.Line > lines.Lines() || ce.Column < 1 {
			t.Fatalf("error %q at %d:%d, outside the file's %d lines", ce, ce.Line, ce.Column, lines.Lines())
		}
		if most := utf8.RuneCount([]byte(src[lines.LineStart(ce.Line):lines.LineEnd(ce.Line)])) + 1; ce.Column > most {
			t.Fatalf("error %q at column %d, past the end of line %d (column %d)", ce, ce.Column, ce.Line, most)
		}
	}
}

func overrideFiles(cfg *Config) []string {
	var out []string
	for _, o := range cfg.Overrides {
		out = append(out, o.Files...)
	}
	return out
}
