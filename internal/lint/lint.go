// Package lint runs rules over posts: it expands the paths it is given,
// parses and checks each post in a bounded pool of workers, and returns
// the findings de-duplicated and sorted.
package lint

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/postlint/postlint/internal/directive"
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/schema"
)

// Options configure a run.
type Options struct {
	// LinterFor, when set, returns the linter for the post at path (as
	// found: given or walked). Otherwise every post gets the linter of
	// Rules, RuleOptions and Schema.
	LinterFor func(path string) (*Linter, error)
	// Rules are the rules to run; rules whose Severity is Off are skipped.
	Rules []*rule.Rule
	// RuleOptions holds configured options by rule name; a rule without
	// an entry runs with its defaults.
	RuleOptions map[string]any
	Schema      *schema.Schema
	// Extensions select the files found by walking directories; nil means
	// DefaultExtensions.
	Extensions []string
	// Exclude, when set, skips walked files for which it returns true;
	// files named in paths are always linted.
	Exclude func(path string) bool
	// MaxFileSize is the size in bytes beyond which a post is reported and
	// not parsed; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// WorkDir is the absolute directory that paths are shown relative to.
	WorkDir string
	// Jobs bounds how many posts are linted at once; 0 means one per CPU.
	Jobs int
	// Start, when set, is called once the paths are expanded, before any
	// post is read, with the number of files the run will lint.
	Start func(files int)
	// Progress, when set, is called each time a file is done with how
	// many of the total files found are done. The workers call it
	// concurrently, so done may arrive out of order.
	Progress func(done, total int)
	// Now is the time site rules take as the present; zero means the
	// time the run starts.
	Now time.Time
	// SiteRoot, when set, is a directory of posts that the site rules
	// compare the run's posts with: the posts under it that the run does
	// not lint are summarized, but not linted, and a site rule's finding
	// on one of them is dropped (its place may still be a related place
	// of a finding on a linted post). See siteContext.
	SiteRoot string
}

// DefaultMaxFileSize is the largest post linted unless configured: above
// any real post (the largest of thousands measured is 850 KB), and small
// enough to lint in well under two seconds, which 4 MiB of prose takes
// two to five seconds over.
const DefaultMaxFileSize = 1 << 20

// Notice is a problem with the run rather than with a post. Level Error
// means some input was not linted.
type Notice struct {
	Path    string
	Level   rule.Severity
	Message string
}

// Result is the outcome of a run. All yields its findings.
type Result struct {
	Notices []Notice
	// Posts counts the posts that were linted.
	Posts int
	// posts holds the posts' findings, packed, by path; loose holds the
	// site rules' findings and any other finding about a path not its
	// post's, sorted.
	posts []packedPost
	loose []rule.Finding
	// store holds the packed findings; err is what stopped All.
	store *store
	err   error
}

// outcome is what linting one file produced.
type outcome struct {
	findings packedPost
	// other holds findings about another path than the post's.
	other   []rule.Finding
	notices []Notice
	linted  bool
	// summary is the post's packed summary for the site rules when
	// summarized, that is when its linter runs some; suppressed is the
	// summary's Suppressed function, which is not packed.
	summary    blob
	summarized bool
	suppressed func(rule string, line int) bool
	// file is where the post was read from.
	file string
	// linter is the linter that linted the post.
	linter *Linter
}

// Run lints the posts at paths. It returns an error only for a path that
// does not exist; everything else that goes wrong is a notice.
func Run(paths []string, opts Options) (*Result, error) {
	if opts.Extensions == nil {
		opts.Extensions = DefaultExtensions
	}
	linterFor := opts.LinterFor
	if linterFor == nil {
		linter, err := NewLinter(opts.Rules, opts.RuleOptions, opts.Schema)
		if err != nil {
			return nil, err
		}
		linterFor = func(string) (*Linter, error) { return linter, nil }
	}
	files, notices, err := expand(paths, opts.Extensions, opts.WorkDir, opts.Exclude)
	if err != nil {
		return nil, err
	}
	if opts.Start != nil {
		opts.Start(len(files))
	}
	outcomes := make([]outcome, len(files))
	st := newStore(spillAfter)
	var done atomic.Int64 // files done, for opts.Progress
	var g errgroup.Group
	g.SetLimit(cmp.Or(opts.Jobs, runtime.GOMAXPROCS(0)))
	for i, f := range files {
		g.Go(func() error {
			l, err := linterFor(f.path)
			if err != nil {
				return err
			}
			outcomes[i] = l.file(f, cmp.Or(opts.MaxFileSize, DefaultMaxFileSize), st)
			outcomes[i].linter = l
			if opts.Progress != nil {
				opts.Progress(int(done.Add(1)), len(files))
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		st.close()
		return nil, err
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	var context []*rule.Summary
	if opts.SiteRoot != "" && slices.ContainsFunc(outcomes, func(o outcome) bool { return o.summarized }) {
		var contextNotices []Notice
		if context, contextNotices, err = siteContext(opts, files); err != nil {
			st.close()
			return nil, err
		}
		notices = append(notices, contextNotices...)
	}
	siteFindings, siteNotices := runSite(outcomes, st, context, now)
	res := newResult(outcomes, siteFindings, st)
	res.Notices = append(append(notices, siteNotices...), res.Notices...)
	slices.SortStableFunc(res.Notices, func(a, b Notice) int { return cmp.Compare(a.Path, b.Path) })
	return res, nil
}

// Linter runs a set of rules with their options. It is prepared once per
// run and safe for concurrent use.
type Linter struct {
	rules []enabledRule
	// site holds the enabled site rules, which run after the post pass.
	site   []enabledRule
	schema *schema.Schema
	// known holds the names of every rule of the catalogue, enabled or
	// not, for checking directives; names lists them in order.
	known, enabled map[string]bool
	names          []string
	// index maps a rule's name to its place in names, for packing.
	index map[string]int
	// invalid and unused are the directive rules, nil when off.
	invalid, unused *rule.Rule
}

type enabledRule struct {
	rule    *rule.Rule
	options any
}

// NewLinter prepares the rules whose severity is not Off, with the
// configured options or their defaults.
func NewLinter(rules []*rule.Rule, options map[string]any, s *schema.Schema) (*Linter, error) {
	l := &Linter{schema: s, known: make(map[string]bool, len(rules)), enabled: make(map[string]bool, len(rules)),
		index: make(map[string]int, len(rules))}
	for _, r := range rules {
		l.known[r.Name] = true
		l.index[r.Name] = len(l.names)
		l.names = append(l.names, r.Name)
		if r.Severity == rule.Off {
			continue
		}
		l.enabled[r.Name] = true
		switch r.Name {
		case invalidDirective:
			l.invalid = r
		case unusedDirective:
			l.unused = r
		}
		opts, ok := options[r.Name]
		if !ok {
			var err error
			if opts, err = r.DefaultOptions(); err != nil {
				return nil, fmt.Errorf("rule %s: %w", r.Name, err)
			}
		}
		if r.Site != nil {
			l.site = append(l.site, enabledRule{rule: r, options: opts})
			continue
		}
		l.rules = append(l.rules, enabledRule{rule: r, options: opts})
	}
	return l, nil
}

func (l *Linter) file(f file, maxSize int64, st *store) outcome {
	src, err := readFile(f.path, maxSize)
	if err != nil {
		return outcome{notices: []Notice{{Path: f.display, Level: rule.Error, Message: err.Error()}}}
	}
	return l.source(f.display, f.path, src, st)
}

// readFile reads a post of at most maxSize bytes; a larger one is an
// error that says how to lint it.
func readFile(path string, maxSize int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %v", unwrapPathError(err))
	}
	defer f.Close()
	// Read into a buffer of the file's size (and one byte more, to see
	// the end, or a file grown since), not one grown from 512 bytes.
	size := int64(512)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = min(info.Size(), maxSize) + 1
	}
	src, err := readAll(io.LimitReader(f, maxSize+1), size)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %v", unwrapPathError(err))
	}
	if int64(len(src)) > maxSize {
		size := "larger"
		if info, err := f.Stat(); err == nil {
			size = humanSize(info.Size())
		}
		return nil, fmt.Errorf("not linted: the file is %s, over max-file-size (%s); raise max-file-size in .postlint.yaml to lint it", size, humanSize(maxSize))
	}
	return src, nil
}

// readAll reads r to its end into a buffer of capacity size at first, as
// os.ReadFile does.
func readAll(r io.Reader, size int64) ([]byte, error) {
	b := make([]byte, 0, size)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // grow
		}
	}
}

// humanSize writes a size in KiB or MiB.
func humanSize(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// source lints the post src named name, read from file, and keeps its
// findings and summary in st.
func (l *Linter) source(name, file string, src []byte, st *store) outcome {
	if isBinary(src) {
		return outcome{notices: []Notice{{Path: name, Level: rule.Warning, Message: "skipped: a binary file (it contains NUL bytes)"}}}
	}
	p := post.Parse(name, src)
	findings, notices, s := l.lintPost(p)
	o := outcome{notices: notices, linted: true, linter: l, file: file}
	o.findings, o.other = l.pack(name, findings, st)
	if len(l.site) > 0 {
		o.summary, o.summarized = st.put(packSummary(summarize(p, file))), true
		if s != nil {
			o.suppressed = s.Suppressed
		}
	}
	return o
}

// isBinary reports whether a file's contents look binary: a NUL byte in
// the first 8000 bytes, as git decides.
func isBinary(src []byte) bool {
	return bytes.IndexByte(src[:min(len(src), 8000)], 0) >= 0
}

// Lint lints one post given as text, such as standard input, named name.
func (l *Linter) Lint(name string, src []byte) *Result {
	st := newStore(-1)
	o := l.source(name, name, src, st)
	siteFindings, siteNotices := runSite([]outcome{o}, st, nil, time.Now())
	res := newResult([]outcome{o}, siteFindings, st)
	res.Notices = append(res.Notices, siteNotices...)
	return res
}

// Post runs the rules on one parsed post and resolves the findings'
// positions. A rule that fails or panics becomes a notice; the other
// rules still run.
func (l *Linter) Post(p *post.Post) (findings []rule.Finding, notices []Notice) {
	findings, notices, _ = l.lintPost(p)
	return findings, notices
}

// lintPost is Post that also returns the post's suppressor, nil when it
// has no postlint comments, for the site rules' findings.
func (l *Linter) lintPost(p *post.Post) (findings []rule.Finding, notices []Notice, s *directive.Suppressor) {
	for _, r := range l.rules {
		pass := &rule.Pass{Rule: r.rule, Post: p, Schema: l.schema, Options: r.options, Report: func(f rule.Finding) {
			f.Range = p.Lines.Range(f.Span)
			if f.Fix != nil {
				for i := range f.Fix.Edits {
					f.Fix.Edits[i].Range = p.Lines.Range(f.Fix.Edits[i].Span)
				}
			}
			findings = append(findings, f)
		}}
		if err := runRule(pass); err != nil {
			notices = append(notices, Notice{Path: p.Path, Level: rule.Error, Message: err.Error()})
		}
	}
	findings, s = l.applyDirectives(p, findings)
	return findings, notices, s
}

// runRule runs one rule, turning a panic into an error that names it.
func runRule(pass *rule.Pass) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("rule %s failed: panic: %v", pass.Rule.Name, r)
		}
	}()
	if err := pass.Rule.Run(pass); err != nil {
		return fmt.Errorf("rule %s failed: %w", pass.Rule.Name, err)
	}
	return nil
}
