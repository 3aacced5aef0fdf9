package lint_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	adrg "github.com/adrg/frontmatter"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"go.yaml.in/yaml/v3"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/lint"
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/report"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/rules"
	"github.com/postlint/postlint/internal/schema"
	"github.com/postlint/postlint/internal/source"
)

// The stage benchmarks time each step of linting a post, one corpus per
// iteration, on one goroutine: run them with
//
//	go test -run '^$' -bench 'Stages|Floor' -benchtime 10x ./internal/lint
//
// and read ns/post and MB/s (of post source). docs/benchmarks.md has the
// figures and how to profile.

// bodyMarkdown mirrors the parser that post.Parse uses for bodies (GFM,
// footnotes, heading attributes); keep the two in step.
var bodyMarkdown = goldmark.New(
	goldmark.WithExtensions(extension.GFM, extension.Footnote),
	goldmark.WithParserOptions(parser.WithAttribute()),
)

func BenchmarkStages(b *testing.B) {
	s, err := schema.Default()
	if err != nil {
		b.Fatal(err)
	}
	byGroup := map[string][]*rule.Rule{}
	for _, r := range rules.All() {
		g := groupOf(b, r.Name)
		byGroup[g] = append(byGroup[g], r)
	}
	byGroup["all"] = rules.All()
	groups := []string{"all"}
	for _, g := range ruleGroups {
		groups = append(groups, g.name)
	}

	for _, lc := range benchCorpora(b) {
		// Setup runs only for the stages that need it, so that a profile
		// of one stage is not mostly setup.
		parsed := sync.OnceValue(func() []*post.Post { return lc.get().parseAll() })
		stage := func(name string, fn func(b *testing.B, c *benchCorpus)) {
			b.Run(corpusName(lc.name)+"/stage="+name, func(b *testing.B) {
				c := lc.get()
				b.SetBytes(c.bytes)
				b.ReportAllocs()
				fn(b, c)
				perPost(b, c)
			})
		}

		stage("read", func(b *testing.B, c *benchCorpus) {
			for b.Loop() {
				for _, p := range c.paths {
					if _, err := os.ReadFile(filepath.Join(c.dir, filepath.FromSlash(p))); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
		stage("line-index", func(b *testing.B, c *benchCorpus) {
			for b.Loop() {
				for _, src := range c.srcs {
					source.NewLineIndex(src)
				}
			}
		})
		// front-matter is frontmatter.Split: finding the block (adrg),
		// decoding the YAML into nodes, and turning the nodes into the JSON
		// data model with the span of every key and value. The next two
		// stages time the first two parts alone; the JSON model and spans
		// are what is left.
		stage("front-matter", func(b *testing.B, c *benchCorpus) {
			lines := make([]*source.LineIndex, len(c.srcs))
			for i, src := range c.srcs {
				lines[i] = source.NewLineIndex(src)
			}
			for b.Loop() {
				for i, src := range c.srcs {
					frontmatter.Split(src, lines[i])
				}
			}
		})
		stage("front-matter-delimiters", func(b *testing.B, c *benchCorpus) {
			capture := func([]byte, any) error { return nil }
			format := adrg.NewFormat("---", "---", capture)
			for b.Loop() {
				for _, src := range c.srcs {
					_, _ = adrg.MustParse(bytes.NewReader(src), nil, format)
				}
			}
		})
		stage("front-matter-yaml-nodes", func(b *testing.B, c *benchCorpus) {
			posts := parsed()
			for b.Loop() {
				for _, p := range posts {
					if p.FrontMatter == nil {
						continue
					}
					var n yaml.Node
					_ = yaml.Unmarshal(p.Source[p.FrontMatter.Content.Start:p.FrontMatter.Content.End], &n)
				}
			}
		})
		stage("schema", func(b *testing.B, c *benchCorpus) {
			posts := parsed()
			for b.Loop() {
				for _, p := range posts {
					s.Validate(p.FrontMatter)
				}
			}
		})
		stage("goldmark", func(b *testing.B, c *benchCorpus) {
			md, posts := bodyMarkdown.Parser(), parsed()
			for b.Loop() {
				for _, p := range posts {
					md.Parse(text.NewReader(p.BodySource))
				}
			}
		})
		stage("parse", func(b *testing.B, c *benchCorpus) { // post.Parse: line index, front matter, goldmark
			for b.Loop() {
				for i, src := range c.srcs {
					post.Parse(c.paths[i], src)
				}
			}
		})

		// Rule groups run on parsed posts through a Linter holding only the
		// group's rules (those on by default), directives applied as in a
		// real run; "all" is every default rule.
		for _, g := range groups {
			l, err := lint.NewLinter(byGroup[g], nil, s)
			if err != nil {
				b.Fatal(err)
			}
			stage("rules="+g, func(b *testing.B, c *benchCorpus) {
				posts := parsed()
				for b.Loop() {
					for _, p := range fresh(posts) {
						l.Post(p)
					}
				}
			})
		}

		// Reporting prints the findings of the whole corpus.
		findings := sync.OnceValue(func() *report.Report {
			c := lc.get()
			res, err := lint.Run([]string{c.dir}, lint.Options{Rules: rules.All(), Schema: s, WorkDir: c.dir})
			if err != nil {
				panic(err)
			}
			return &report.Report{Tool: report.Tool{Name: "postlint", Version: "0.0.0"}, Rules: rules.All(),
				Each: res.All(), Posts: res.Posts, WorkDir: c.dir, SourceRoot: c.dir}
		})
		for _, f := range []struct {
			name  string
			print func(io.Writer, *report.Report) error
		}{
			{"text", func(w io.Writer, r *report.Report) error { return report.Text(w, r, false) }},
			{"json", report.JSON},
			{"sarif", report.SARIF},
		} {
			stage("report="+f.name, func(b *testing.B, c *benchCorpus) {
				rep := findings()
				for b.Loop() {
					if err := f.print(io.Discard, rep); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(rep.Count().Findings), "findings")
			})
		}
	}
}

// BenchmarkFloor compares linting with the "parse floor": reading and
// parsing every post (line index, front matter split and decode, goldmark)
// without running a rule. "full" adds every default rule and the
// directives; "run" is lint.Run on the folder, with walking, both CPUs and
// sorting. The floor ratio is full's ns/op over floor's.
func BenchmarkFloor(b *testing.B) {
	s, err := schema.Default()
	if err != nil {
		b.Fatal(err)
	}
	l, err := lint.NewLinter(rules.All(), nil, s)
	if err != nil {
		b.Fatal(err)
	}
	for _, lc := range benchCorpora(b) {
		run := func(name string, fn func(b *testing.B, c *benchCorpus, read func(int) []byte)) {
			b.Run(corpusName(lc.name)+"/"+name, func(b *testing.B) {
				c := lc.get()
				read := func(i int) []byte {
					src, err := os.ReadFile(filepath.Join(c.dir, filepath.FromSlash(c.paths[i])))
					if err != nil {
						b.Fatal(err)
					}
					return src
				}
				b.SetBytes(c.bytes)
				b.ReportAllocs()
				fn(b, c, read)
				perPost(b, c)
			})
		}
		run("floor", func(b *testing.B, c *benchCorpus, read func(int) []byte) {
			for b.Loop() {
				for i := range c.paths {
					post.Parse(c.paths[i], read(i))
				}
			}
		})
		run("full", func(b *testing.B, c *benchCorpus, read func(int) []byte) {
			for b.Loop() {
				for i := range c.paths {
					l.Post(post.Parse(c.paths[i], read(i)))
				}
			}
		})
		run("run", func(b *testing.B, c *benchCorpus, _ func(int) []byte) {
			for b.Loop() {
				if _, err := lint.Run([]string{c.dir}, lint.Options{Rules: rules.All(), Schema: s, WorkDir: c.dir}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRule times each default rule alone on parsed posts, to find
// the rules that cost the most.
func BenchmarkRule(b *testing.B) {
	s, err := schema.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, lc := range benchCorpora(b) {
		parsed := sync.OnceValue(func() []*post.Post { return lc.get().parseAll() })
		for _, r := range rules.All() {
			if r.Severity == rule.Off {
				continue
			}
			l, err := lint.NewLinter([]*rule.Rule{r}, nil, s)
			if err != nil {
				b.Fatal(err)
			}
			b.Run(corpusName(lc.name)+"/rule="+r.Name, func(b *testing.B) {
				c, posts := lc.get(), parsed()
				b.SetBytes(c.bytes)
				b.ReportAllocs()
				for b.Loop() {
					for _, p := range fresh(posts) {
						l.Post(p)
					}
				}
				perPost(b, c)
			})
		}
	}
}

// BenchmarkStartup times what every run pays before its first post:
// compiling the default schema and preparing the rules' options.
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		s, err := schema.Default()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := lint.NewLinter(rules.All(), nil, s); err != nil {
			b.Fatal(err)
		}
	}
}
