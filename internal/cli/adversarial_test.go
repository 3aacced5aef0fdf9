package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/postlint/postlint/internal/lint"
	"github.com/postlint/postlint/internal/report"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// The adversarial suite: design section 8 ("Bad input"). Each case builds
// its input in a temporary directory, runs postlint through Main there and
// checks the exit code, every line of standard error, the findings that
// must be reported (read from --format json) and how many posts were
// linted, which shows that every other post still was. Each case must
// finish within its time bound (2 s; 30 s for 100,000 posts) and keep the
// heap it adds under 256 MiB, both measured around Main and logged. The
// race detector slows parsing deeply nested Markdown some 25 times, and
// more when other packages' tests share the machine, so under it only
// memory is bounded; the run without it (go test ./...) checks the times.

const (
	advTimeBound     = 2 * time.Second
	advManyPostBound = 30 * time.Second
	advMemoryBound   = 256 << 20
)

// advWitness is a post beside the adversarial ones with one known error,
// which must be reported whatever its neighbours hold.
const advWitness = `---
title: The witness post
date: 2022-12-10
cover: http://images.example.com/cover.jpg
tags: [serverless, cloud]
excerpt: Serverless technology has become increasingly popular, but what does it actually mean?
---

Some text.
`

// advWitnessFinding is what advWitness must produce, as advFindings
// writes findings.
const advWitnessFinding = "witness.md:4:8 front-matter-schema"

// advFrontMatter opens a post with valid front matter titled title; the
// post's own text follows it.
func advFrontMatter(title string) string {
	return "---\ntitle: " + title + "\ndate: 2022-12-10\ncover: https://images.example.com/cover.jpg\ntags: [cloud]\n" +
		"excerpt: Serverless technology has become increasingly popular, but what does it actually mean?\n---\n\n"
}

type advCase struct {
	name string
	// setup writes the inputs into dir, the working directory, which
	// already holds an empty .postlint.yaml and witness.md.
	setup func(t *testing.T, dir string)
	args  []string // default: . ; --format json is always added
	exit  int
	// stderr holds one regexp per line of standard error, in order;
	// each must match its whole line.
	stderr []string
	// findings must each be among the findings, as "path:line:col rule";
	// messages lists regexps that some finding's message must match.
	findings, messages []string
	// posts is the number of posts linted, or -1 when nothing is printed
	// (the run stops before any post is read).
	posts int
	bound time.Duration // default advTimeBound
	// skip, when set, returns why the case cannot run here, or "".
	skip func() string
}

func TestAdversarial(t *testing.T) {
	for _, c := range advCases() {
		t.Run(c.name, func(t *testing.T) {
			if c.skip != nil {
				if why := c.skip(); why != "" {
					t.Skip(why)
				}
			}
			dir := t.TempDir()
			advWrite(t, dir, ".postlint.yaml", "") // no configuration above the temporary directory applies
			advWrite(t, dir, "witness.md", advWitness)
			c.setup(t, dir)
			t.Chdir(dir)

			args := append([]string{"--format", "json"}, c.args...)
			var stdout, stderr bytes.Buffer
			var code int
			use := advMeasure(func() { code = Main(args, strings.NewReader(""), &stdout, &stderr) })
			t.Logf("%s: %v, peak heap +%.1f MiB, %.1f MiB allocated", c.name,
				use.elapsed.Round(time.Millisecond), float64(use.peakHeap)/(1<<20), float64(use.allocated)/(1<<20))

			if code != c.exit {
				t.Errorf("exit code %d, want %d\nstderr:\n%s", code, c.exit, stderr.String())
			}
			advCheckLines(t, "stderr", stderr.String(), c.stderr)
			if c.posts < 0 {
				if stdout.Len() > 0 {
					t.Errorf("stdout holds a report, but the run should have stopped:\n%.500s", stdout.String())
				}
			} else {
				posts, findings, messages := advFindings(t, stdout.Bytes())
				if posts != c.posts {
					t.Errorf("%d posts linted, want %d", posts, c.posts)
				}
				for _, want := range c.findings {
					if !findings[want] {
						t.Errorf("no finding %s among:\n%s", want, advKeys(findings))
					}
				}
				for _, want := range c.messages {
					if !advAnyMatch(want, messages) {
						t.Errorf("no finding says %q among:\n%s", want, strings.Join(messages, "\n"))
					}
				}
			}
			bound := c.bound
			if bound == 0 {
				bound = advTimeBound
			}
			if use.elapsed > bound && !advRace() {
				t.Errorf("took %v, over %v", use.elapsed, bound)
			}
			if use.peakHeap > advMemoryBound {
				t.Errorf("heap grew by %d MiB, over %d MiB", use.peakHeap>>20, advMemoryBound>>20)
			}
		})
	}
}

func advCases() []advCase {
	return []advCase{
		{
			name: "invalid UTF-8",
			setup: func(t *testing.T, dir string) {
				advWrite(t, dir, "front.md", "---\ntitle: Bad \xff\xfe bytes\n---\n\nText.\n")
				advWrite(t, dir, "body.md", advFrontMatter("Bad body")+"Text with \xc3\x28 invalid \xe2\x82 bytes.\xff\n\n# \xed\xa0\x80\n")
			},
			exit:     1,
			findings: []string{advWitnessFinding, "front.md:2:1 front-matter-syntax"},
			messages: []string{`^front matter is not valid YAML: invalid leading UTF-8 octet$`},
			posts:    3,
		},
		{
			// A file with a NUL byte in its first 8,000 bytes is binary:
			// postlint skips it with a warning notice, not an error, so
			// the exit code is what the other posts make it (here 0, with
			// the witness removed). A binary file among posts is usually
			// an image or an archive that happens to end in .md, not a
			// post that failed to lint.
			name: "NUL bytes, alone",
			setup: func(t *testing.T, dir string) {
				os.Remove(filepath.Join(dir, "witness.md"))
				advWrite(t, dir, "binary.md", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
			},
			exit:   0,
			stderr: []string{`postlint: binary\.md: skipped: a binary file \(it contains NUL bytes\)`},
			posts:  0,
		},
		{
			name: "NUL bytes, beside a post",
			setup: func(t *testing.T, dir string) {
				advWrite(t, dir, "binary.md", "---\ntitle: x\n---\n\nText\x00\x01\x02.\n")
			},
			exit:     1,
			stderr:   []string{`postlint: binary\.md: skipped: a binary file \(it contains NUL bytes\)`},
			findings: []string{advWitnessFinding},
			posts:    1,
		},
		{
			name: "BOM",
			setup: func(t *testing.T, dir string) {
				// The byte order mark is not a column: the trailing spaces
				// after "Text." on line 9 start at column 6.
				advWrite(t, dir, "bom.md", "\xEF\xBB\xBF"+advFrontMatter("A BOM")+"Text.  \n")
			},
			exit:     1,
			findings: []string{advWitnessFinding, "bom.md:1:1 front-matter-syntax", "bom.md:9:6 trailing-space"},
			messages: []string{`^the file starts with a UTF-8 byte order mark`},
			posts:    2,
		},
		{
			name: "CRLF and lone CR",
			setup: func(t *testing.T, dir string) {
				text := func(title string) string { return advFrontMatter(title) + "Text.  \n\n#### Deep\n" }
				advWrite(t, dir, "crlf.md", strings.ReplaceAll(text("CRLF"), "\n", "\r\n"))
				advWrite(t, dir, "cr.md", strings.ReplaceAll(text("CR"), "\n", "\r"))
			},
			exit: 1,
			findings: []string{advWitnessFinding,
				"crlf.md:9:6 trailing-space", "crlf.md:11:1 heading-increment",
				"cr.md:9:6 trailing-space", "cr.md:11:1 heading-increment"},
			posts: 3,
		},
		{
			// Over the default max-file-size (1 MiB): reported with one
			// line and exit 2, and not read past the limit.
			name: "50 MB post",
			setup: func(t *testing.T, dir string) {
				advWriteLarge(t, filepath.Join(dir, "big.md"), 50<<20, advFrontMatter("Large"), "Lorem ipsum dolor sit amet. ")
			},
			exit: 2,
			stderr: []string{`postlint: big\.md: not linted: the file is 50\.0 MiB, over max-file-size \(1\.0 MiB\); ` +
				`raise max-file-size in \.postlint\.yaml to lint it`},
			findings: []string{advWitnessFinding},
			posts:    1,
		},
		{
			name: "100,000 tiny posts",
			setup: func(t *testing.T, dir string) {
				for i := range 100_000 {
					sub := filepath.Join(dir, "posts", fmt.Sprintf("%03d", i/1000))
					if i%1000 == 0 {
						if err := os.MkdirAll(sub, 0o755); err != nil {
							t.Fatal(err)
						}
					}
					advWrite(t, sub, fmt.Sprintf("%05d.md", i), advFrontMatter(fmt.Sprintf("Post number %d", i))+fmt.Sprintf("Text %d.\n", i))
				}
			},
			args:     []string{"--quiet", "."},
			exit:     1,
			findings: []string{advWitnessFinding},
			posts:    100_001,
			bound:    advManyPostBound,
			skip: func() string {
				if advRace() {
					return "100,000 posts under the race detector take minutes; the run without it checks the bound"
				}
				return ""
			},
		},
		{
			// 9 levels of 9 aliases: 9^10 values if expanded.
			name: "YAML alias bomb",
			setup: func(t *testing.T, dir string) {
				var b strings.Builder
				b.WriteString("---\ntitle: Billion laughs\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
				for i := 1; i < 10; i++ {
					fmt.Fprintf(&b, "a%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 9), ", "))
				}
				b.WriteString("---\n\nText.\n")
				advWrite(t, dir, "bomb.md", b.String())
			},
			exit:     1,
			findings: []string{advWitnessFinding},
			messages: []string{`^front matter expands to more than 100000 values \(YAML aliases\); simplify it$`},
			posts:    2,
		},
		{
			name: "YAML and JSON nested 10,000 deep",
			setup: func(t *testing.T, dir string) {
				const n = 10_000
				advWrite(t, dir, "lists.md", "---\ntitle: Lists\ndeep: "+strings.Repeat("[", n)+strings.Repeat("]", n)+"\n---\n\nText.\n")
				advWrite(t, dir, "maps.md", "---\ntitle: Maps\ndeep: "+strings.Repeat("{a: ", n)+"1"+strings.Repeat("}", n)+"\n---\n\nText.\n")
				// Block style: 3,000 levels make 4.5 MB, over the default
				// max-file-size.
				advWrite(t, dir, ".postlint.yaml", "max-file-size: 8MiB\n")
				var block strings.Builder
				block.WriteString("---\ntitle: Block\n")
				for i := range 3000 {
					block.WriteString(strings.Repeat(" ", i) + "a:\n")
				}
				block.WriteString("---\n\nText.\n")
				advWrite(t, dir, "block.md", block.String())
				advWrite(t, dir, "json.md", "{\n\"title\": \"JSON\", \"deep\": "+strings.Repeat("[", n)+strings.Repeat("]", n)+"\n}\n\nText.\n")
			},
			exit: 1,
			findings: []string{advWitnessFinding, "lists.md:3:106 front-matter-syntax", "maps.md:3:403 front-matter-syntax",
				"block.md:103:101 front-matter-syntax", "json.md:2:125 front-matter-syntax"},
			messages: []string{`^front matter nests more than 100 levels deep; flatten it$`,
				`^front matter is not valid JSON: it nests more than 100 levels deep; flatten it$`},
			posts: 5,
		},
		{
			// github.com/BurntSushi/toml takes time and memory quadratic
			// in the depth of inline tables and dotted keys (10,000 levels
			// of inline tables: about 37 s and 4 GB), so a scan of the
			// text stops TOML past 100 levels before it is decoded.
			name: "TOML nested 10,000 deep",
			setup: func(t *testing.T, dir string) {
				const n = 10_000
				toml := func(title, text string) string { return "+++\ntitle = \"" + title + "\"\n" + text + "\n+++\n\nText.\n" }
				dotted := strings.TrimSuffix(strings.Repeat("a.", n), ".")
				advWrite(t, dir, "arrays.md", toml("Arrays", "deep = "+strings.Repeat("[", n)+strings.Repeat("]", n)))
				advWrite(t, dir, "inline.md", toml("Inline", "deep = "+strings.Repeat("{a = ", n)+"1"+strings.Repeat("}", n)))
				advWrite(t, dir, "dotted.md", toml("Dotted", dotted+" = 1"))
				advWrite(t, dir, "header.md", toml("Header", "["+dotted+"]\nx = 1"))
				advWrite(t, dir, "tables.md", toml("Tables", "[["+dotted+"]]\nx = 1"))
			},
			exit: 1,
			findings: []string{advWitnessFinding, "arrays.md:3:107 front-matter-syntax", "inline.md:3:503 front-matter-syntax",
				"dotted.md:3:199 front-matter-syntax", "header.md:3:200 front-matter-syntax", "tables.md:3:201 front-matter-syntax"},
			messages: []string{`^front matter nests more than 100 levels deep; flatten it$`},
			posts:    6,
		},
		{
			// A multi-line array made the placing of TOML keys loop for
			// ever.
			name: "TOML multi-line array",
			setup: func(t *testing.T, dir string) {
				advWrite(t, dir, "toml.md", "+++\ntitle = \"Lines\"\ntags = [\n  \"a\",\n  \"b\",\n]\n+++\n\nText.  \n")
			},
			exit:     1,
			findings: []string{advWitnessFinding, "toml.md:9:6 trailing-space"},
			posts:    2,
		},
		{
			// Just under the default max-file-size (1 MiB): a post of one
			// word repeated, and one of a sentence repeated on a single
			// line, with 19,000 findings to place on it.
			name: "posts just under max-file-size",
			setup: func(t *testing.T, dir string) {
				advWriteLarge(t, filepath.Join(dir, "large.md"), 1<<20-1, advFrontMatter("Large"), "word ")
				advWriteLarge(t, filepath.Join(dir, "line.md"), 1<<20-1, advFrontMatter("Line"),
					"Serverless functions start cold and stay warm for a while after each request, which the the platform decides. ")
			},
			exit:     1,
			findings: []string{advWitnessFinding, "line.md:9:89 repeated-word", "line.md:9:1048279 repeated-word"},
			posts:    3,
		},
		{
			// goldmark takes time cubic in the depth of a list nested by
			// indentation (2,000 levels, 4 MB: about 23 s), so a scan of
			// the body reports lists and block quotes past 100 levels
			// and leaves the body unparsed, even when max-file-size lets
			// such a post through.
			name: "list nested 2,000 deep by indentation",
			setup: func(t *testing.T, dir string) {
				advWrite(t, dir, ".postlint.yaml", "max-file-size: 8MiB\n")
				var b strings.Builder
				b.WriteString(advFrontMatter("Indented"))
				for i := range 2000 {
					b.WriteString(strings.Repeat("  ", i) + "- x\n")
				}
				advWrite(t, dir, "indented.md", b.String())
			},
			exit:     1,
			findings: []string{advWitnessFinding, "indented.md:109:201 markdown-nesting"},
			messages: []string{`^lists and block quotes nest more than 100 levels deep, so the body was not checked; flatten them$`},
			posts:    2,
		},
		{
			// goldmark tries each "(" of a link destination against the
			// rest of the paragraph: a megabyte of "[x](" took minutes.
			name: "unclosed link parentheses, a megabyte",
			setup: func(t *testing.T, dir string) {
				advWrite(t, dir, "links.md", advFrontMatter("Links")+strings.Repeat("[x](", 250_000)+"\n")
				advWrite(t, dir, "lines.md", advFrontMatter("Lines")+strings.Repeat("[x](\n", 200_000))
			},
			exit:     1,
			findings: []string{advWitnessFinding, "lines.md:109:4 markdown-nesting", "links.md:9:404 markdown-nesting"},
			messages: []string{`^parentheses nest more than 100 levels deep, so the body was not checked; flatten them$`},
			posts:    3,
		},
		{
			name: "lists nested 10,000 deep",
			setup: func(t *testing.T, dir string) {
				advWrite(t, dir, "list.md", advFrontMatter("List")+strings.Repeat("- ", 10_000)+"x\n")
				advWrite(t, dir, "ordered.md", advFrontMatter("Ordered")+strings.Repeat("1. ", 10_000)+"x\n")
			},
			exit:     1,
			findings: []string{advWitnessFinding, "list.md:9:201 markdown-nesting", "ordered.md:9:301 markdown-nesting"},
			posts:    3,
		},
		{
			name: "block quotes nested 10,000 deep",
			setup: func(t *testing.T, dir string) {
				advWrite(t, dir, "quote.md", advFrontMatter("Quote")+strings.Repeat("> ", 10_000)+"x\n")
				var b strings.Builder // a level more on each line: 1,000 levels make 1 MB
				b.WriteString(advFrontMatter("Lines"))
				for i := range 1000 {
					b.WriteString(strings.Repeat("> ", i) + "> x\n")
				}
				advWrite(t, dir, "lines.md", b.String())
			},
			exit:     1,
			findings: []string{advWitnessFinding, "quote.md:9:201 markdown-nesting", "lines.md:109:201 markdown-nesting"},
			posts:    3,
		},
		{
			name: "emphasis, links and HTML nested 10,000 deep",
			setup: func(t *testing.T, dir string) {
				const n = 10_000
				advWrite(t, dir, "inline.md", advFrontMatter("Inline")+strings.Repeat("*", n)+"x"+strings.Repeat("*", n)+"\n\n"+
					strings.Repeat("[", n)+"x"+strings.Repeat("](#a)", n)+"\n\n"+strings.Repeat("<span>", n)+"\n\n"+
					strings.Repeat("[", n)+"x\n\n"+strings.Repeat("![", n)+"x\n\n"+strings.Repeat("*_", n)+"x\n")
			},
			exit:     1,
			findings: []string{advWitnessFinding},
			posts:    2,
		},
		{
			// At the limit, 100 levels, the body is parsed: the heading
			// after the list is checked.
			name: "list nested 100 deep by indentation",
			setup: func(t *testing.T, dir string) {
				var b strings.Builder
				b.WriteString(advFrontMatter("Indented"))
				for i := range 100 {
					b.WriteString(strings.Repeat("  ", i) + "- x\n")
				}
				advWrite(t, dir, "indented.md", b.String()+"\n#### Deep\n")
			},
			exit:     1,
			findings: []string{advWitnessFinding, "indented.md:110:1 heading-increment"},
			posts:    2,
		},
		{
			name: "unclosed fence, comment and front matter",
			setup: func(t *testing.T, dir string) {
				advWrite(t, dir, "fence.md", advFrontMatter("Fence")+"```go\nfunc main() {\n")
				advWrite(t, dir, "comment.md", advFrontMatter("Comment")+"<!-- never closed\n\nMore text.\n")
				advWrite(t, dir, "directive.md", advFrontMatter("Directive")+"<!-- postlint-disable cliche -- a reason\n\nIn conclusion.\n")
				advWrite(t, dir, "yaml.md", "---\ntitle: never closed\n\nText.\n")
				advWrite(t, dir, "toml.md", "+++\ntitle = \"never closed\"\n\nText.\n")
				advWrite(t, dir, "json.md", "{\n\"title\": \"never closed\"\n\nText.\n")
			},
			exit: 1,
			findings: []string{advWitnessFinding, "directive.md:9:1 invalid-directive",
				"yaml.md:1:1 front-matter-syntax", "toml.md:1:1 front-matter-syntax", "json.md:1:1 front-matter-syntax"},
			messages: []string{`^the comment is never closed; end it with "-->"$`,
				`^front matter opened on line 1 is never closed; add a closing "---" line$`,
				`^front matter opened on line 1 is never closed; add a closing "\+\+\+" line$`,
				`^front matter opened on line 1 is never closed; add a closing "}" line$`},
			posts: 7,
		},
		{
			// Walking skips a symbolic link that does not resolve (here
			// a loop) silently, as it skips anything that is not a
			// regular file, and never follows links to directories, so
			// a directory that links to itself is not a loop.
			name: "symlink loop, walked",
			setup: func(t *testing.T, dir string) {
				advSymlink(t, "loop-b.md", filepath.Join(dir, "loop-a.md"))
				advSymlink(t, "loop-a.md", filepath.Join(dir, "loop-b.md"))
				os.Mkdir(filepath.Join(dir, "sub"), 0o755)
				advSymlink(t, "..", filepath.Join(dir, "sub", "up"))
			},
			exit:     1,
			findings: []string{advWitnessFinding},
			posts:    1,
		},
		{
			// A path given on the command line must exist: a loop there
			// is a one-line error, and nothing is linted.
			name: "symlink loop, named",
			setup: func(t *testing.T, dir string) {
				advSymlink(t, "loop-b.md", filepath.Join(dir, "loop-a.md"))
				advSymlink(t, "loop-a.md", filepath.Join(dir, "loop-b.md"))
			},
			args:   []string{"witness.md", "loop-a.md"},
			exit:   2,
			stderr: []string{`postlint: loop-a\.md: too many levels of symbolic links`},
			posts:  -1,
		},
		{
			// A link to a file outside the tree is linted under the
			// link's name, as git and site generators follow it; a link
			// to a directory outside it is not walked.
			name: "symlink out of the tree",
			setup: func(t *testing.T, dir string) {
				outside := t.TempDir()
				advWrite(t, outside, "outside.md", advFrontMatter("Outside")+"Text.  \n")
				os.Mkdir(filepath.Join(outside, "dir"), 0o755)
				advWrite(t, outside, "dir/hidden.md", "# Never walked\n")
				advSymlink(t, filepath.Join(outside, "outside.md"), filepath.Join(dir, "link.md"))
				advSymlink(t, filepath.Join(outside, "dir"), filepath.Join(dir, "linkdir"))
			},
			exit:     1,
			findings: []string{advWitnessFinding, "link.md:9:6 trailing-space"},
			posts:    2,
		},
		{
			name: "unreadable file and directory",
			setup: func(t *testing.T, dir string) {
				advWrite(t, dir, "secret.md", advFrontMatter("Secret")+"Text.\n")
				advWrite(t, dir, "locked/post.md", advFrontMatter("Locked")+"Text.\n")
				advChmod(t, filepath.Join(dir, "secret.md"), 0)
				advChmod(t, filepath.Join(dir, "locked"), 0)
			},
			exit: 2,
			stderr: []string{`postlint: locked: cannot read: permission denied`,
				`postlint: secret\.md: cannot read: permission denied`},
			findings: []string{advWitnessFinding},
			posts:    1,
			skip: func() string {
				if os.Geteuid() == 0 {
					return "running as root, whom file modes do not stop"
				}
				return ""
			},
		},
		{
			// The run stops before any post is read, so that no post is
			// checked against the wrong schema; nothing is fetched.
			name: "schema with a remote $ref",
			setup: func(t *testing.T, dir string) {
				advWrite(t, dir, ".postlint.yaml", "schema: post.schema.json\n")
				advWrite(t, dir, "post.schema.json", `{"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "https://example.com/post.json"}`)
			},
			exit: 2,
			stderr: []string{`postlint: schema .*post\.schema\.json: refusing to load https://example\.com/post\.json: ` +
				`a schema may only refer to files beside it`},
			posts: -1,
		},
		{
			name: "schema with a $ref out of the configuration's directory",
			setup: func(t *testing.T, dir string) {
				os.Mkdir(filepath.Join(dir, "blog"), 0o755)
				advWrite(t, dir, "blog/.postlint.yaml", "schema: post.schema.json\n")
				advWrite(t, dir, "blog/post.schema.json", `{"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "../secret.json"}`)
				advWrite(t, dir, "secret.json", `{"type": "object"}`)
			},
			args: []string{"--config", "blog/.postlint.yaml", "."},
			exit: 2,
			stderr: []string{`postlint: schema .*blog/post\.schema\.json: refusing to load file:///.*/secret\.json: ` +
				`it is outside .*/blog`},
			posts: -1,
		},
		{
			// A link beside the schema is placed by where it leads.
			name: "schema with a $ref through a symlink out of its directory",
			setup: func(t *testing.T, dir string) {
				os.Mkdir(filepath.Join(dir, "blog"), 0o755)
				advWrite(t, dir, "blog/.postlint.yaml", "schema: post.schema.json\n")
				advWrite(t, dir, "blog/post.schema.json", `{"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "defs.json"}`)
				advWrite(t, dir, "secret.json", `{"type": "object"}`)
				advSymlink(t, filepath.Join("..", "secret.json"), filepath.Join(dir, "blog", "defs.json"))
			},
			args: []string{"--config", "blog/.postlint.yaml", "."},
			exit: 2,
			stderr: []string{`postlint: schema .*blog/post\.schema\.json: refusing to load file:///.*/blog/defs\.json: ` +
				`it links to /.*/secret\.json, outside .*/blog`},
			posts: -1,
		},
		{
			name: "binary configuration file",
			setup: func(t *testing.T, dir string) {
				advWrite(t, dir, ".postlint.yaml", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
			},
			exit:   2,
			stderr: []string{`postlint: .*\.postlint\.yaml:1:1: not a YAML file: it contains NUL bytes`},
			posts:  -1,
		},
		{
			name: "configuration file of random bytes",
			setup: func(t *testing.T, dir string) {
				advWrite(t, dir, ".postlint.yaml", "\xff\xd8\xff\xe0\x10JFIF\x01\x01\x01\x48\x48\xff\xdb\x43\x08\x06\x06\x07\x06\x05")
			},
			exit:   2,
			stderr: []string{`postlint: .*\.postlint\.yaml:1:1: not valid YAML: .*`},
			posts:  -1,
		},
	}
}

// TestAdversarialRulePanic checks that a rule that panics is reported as
// a failure of that rule on that post, which makes the exit code 2, while
// the other rules and posts are still linted. No rule of the catalogue
// panics on purpose, so the run goes through lint.Run with a rule that
// does, and the exit code through exitCode.
func TestAdversarialRulePanic(t *testing.T) {
	dir := t.TempDir()
	advWrite(t, dir, "a.md", "# A\n")
	advWrite(t, dir, "b.md", "# B\n")
	panics := &rule.Rule{Name: "panics", Doc: "Panics\n\nOn every post.", Severity: rule.Error,
		Run: func(p *rule.Pass) error {
			var m map[string]int
			m[p.Post.Path]++ // a nil map: a runtime panic, as a bug would make
			return nil
		}}
	seen := &rule.Rule{Name: "seen", Doc: "Seen\n\nReports every post.", Severity: rule.Warning,
		Run: func(p *rule.Pass) error {
			p.Reportf(source.Span{Start: 0, End: 1}, "seen")
			return nil
		}}
	var res *lint.Result
	var err error
	use := advMeasure(func() {
		res, err = lint.Run([]string{dir}, lint.Options{Rules: []*rule.Rule{panics, seen}, WorkDir: dir})
	})
	t.Logf("rule panic: %v, peak heap +%.1f MiB", use.elapsed.Round(time.Millisecond), float64(use.peakHeap)/(1<<20))
	if err != nil {
		t.Fatal(err)
	}
	if res.Posts != 2 || len(res.Findings()) != 2 {
		t.Errorf("%d posts linted with %d findings, want 2 and 2 (the other rule still runs)", res.Posts, len(res.Findings()))
	}
	var lines []string
	rep := &report.Report{Findings: res.Findings()}
	for _, n := range res.Notices {
		lines = append(lines, fmt.Sprintf("%s: %s: %s", n.Level, n.Path, n.Message))
		rep.Notifications = append(rep.Notifications, report.Notification{Path: n.Path, Level: n.Level, Message: n.Message})
	}
	advCheckLines(t, "notices", strings.Join(lines, "\n"), []string{
		`error: a\.md: rule panics failed: panic: assignment to entry in nil map`,
		`error: b\.md: rule panics failed: panic: assignment to entry in nil map`,
	})
	if code := exitCode(rep, rule.Error); code != ExitFailure {
		t.Errorf("exit code %d, want %d", code, ExitFailure)
	}
	if use.elapsed > advTimeBound || use.peakHeap > advMemoryBound {
		t.Errorf("took %v and %d MiB", use.elapsed, use.peakHeap>>20)
	}
}

// advUsage is what a run cost.
type advUsage struct {
	elapsed time.Duration
	// peakHeap is the most the heap grew above where it started, as
	// sampled every millisecond; allocated counts every byte allocated.
	peakHeap, allocated uint64
}

// advMeasure runs fn and measures its time and memory. The heap is read
// through runtime/metrics, whose heap objects and heap allocs are
// MemStats.HeapAlloc and TotalAlloc, because ReadMemStats stops the world
// and would slow the run if polled every millisecond. HeapAlloc counts
// garbage not yet collected too, so the peak errs on the high side.
func advMeasure(fn func()) advUsage {
	const heap, allocs = "/memory/classes/heap/objects:bytes", "/gc/heap/allocs:bytes"
	runtime.GC()
	before := []metrics.Sample{{Name: heap}, {Name: allocs}}
	metrics.Read(before)
	var peak atomic.Uint64
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		s := []metrics.Sample{{Name: heap}}
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	start := time.Now()
	fn()
	elapsed := time.Since(start)
	close(stop)
	<-stopped
	after := []metrics.Sample{{Name: heap}, {Name: allocs}}
	metrics.Read(after)
	use := advUsage{elapsed: elapsed, allocated: after[1].Value.Uint64() - before[1].Value.Uint64()}
	if p, b := max(peak.Load(), after[0].Value.Uint64()), before[0].Value.Uint64(); p > b {
		use.peakHeap = p - b
	}
	return use
}

// advRace reports whether the test binary was built with the race
// detector.
func advRace() bool {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range info.Settings {
		if s.Key == "-race" && s.Value == "true" {
			return true
		}
	}
	return false
}

// advFindings decodes a JSON report: the posts linted, the findings as
// "path:line:col rule", and their messages.
func advFindings(t *testing.T, out []byte) (int, map[string]bool, []string) {
	t.Helper()
	var doc struct {
		Summary  struct{ Posts int }
		Findings []struct {
			Path, Rule, Message string
			Line, Column        int
		}
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("the report is not JSON: %v\n%.500s", err, out)
	}
	findings := make(map[string]bool)
	var messages []string
	for _, f := range doc.Findings {
		findings[fmt.Sprintf("%s:%d:%d %s", f.Path, f.Line, f.Column, f.Rule)] = true
		messages = append(messages, f.Message)
	}
	return doc.Summary.Posts, findings, messages
}

// advCheckLines checks that text has exactly one line per pattern, each
// matching its pattern whole.
func advCheckLines(t *testing.T, what, text string, patterns []string) {
	t.Helper()
	var lines []string
	if text != "" {
		lines = strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	}
	if len(lines) != len(patterns) {
		t.Errorf("%s has %d lines, want %d:\n%s", what, len(lines), len(patterns), text)
		return
	}
	for i, p := range patterns {
		if !regexp.MustCompile(`\A(?:` + p + `)\z`).MatchString(lines[i]) {
			t.Errorf("%s line %d:\n got %s\nwant %s", what, i+1, lines[i], p)
		}
	}
}

func advAnyMatch(pattern string, list []string) bool {
	re := regexp.MustCompile(pattern)
	for _, s := range list {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

func advKeys(m map[string]bool) string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	return strings.Join(keys, "\n")
}

// advWrite writes a file under dir, making its directory.
func advWrite(t *testing.T, dir, name, text string) {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// advWriteLarge writes a file of size bytes: head, then filler repeated.
func advWriteLarge(t *testing.T, path string, size int, head, filler string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(head); err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte(filler), (1<<20)/len(filler)+1)[:1<<20]
	for written := len(head); written < size; written += len(chunk) {
		if _, err := f.Write(chunk[:min(len(chunk), size-written)]); err != nil {
			t.Fatal(err)
		}
	}
}

func advSymlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
}

// advChmod sets a mode and restores a usable one at the end, so that the
// temporary directory can be removed.
func advChmod(t *testing.T, path string, mode os.FileMode) {
	t.Helper()
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(path, 0o755) })
}
