package cli

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/postlint/postlint/internal/config"
	"github.com/postlint/postlint/internal/fix"
	"github.com/postlint/postlint/internal/lint"
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/rules"
	"github.com/postlint/postlint/internal/schema"
	"github.com/postlint/postlint/internal/source"
)

// fixCorpus is the folder of real blogs that sits beside the repository
// in development; a user's clone does not have it.
const fixCorpus = "../../../shared/corpus"

// TestFixCorpus runs --fix over a copy of the corpus, with a few extra
// posts in CRLF and CR line endings and a few unusual file modes, and
// checks design section 7: every change is one the rules' fixes make
// (replayed here through the internal API), front matter and line ends
// stay as they were, modes are kept, no temporary file is left, and a
// second --fix changes nothing.
func TestFixCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("the corpus fix test is slow; skipped with -short")
	}
	corpus, err := filepath.Abs(fixCorpus)
	if err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(corpus); err != nil || !info.IsDir() {
		t.Skipf("%s is not here", fixCorpus)
	}
	started := time.Now()

	root := t.TempDir()
	errs := &fcErrors{t: t, counts: map[string]int{}}
	defer errs.summary()
	copied := fcCopyTree(t, corpus, root)
	if copied < 1000 {
		t.Fatalf("copied %d files, want the whole corpus", copied)
	}
	t.Chdir(root)
	if cfg, err := config.Find(root); err != nil || cfg != "" {
		t.Fatalf("config.Find(%s) = %q, %v; the expected fixes assume the defaults", root, cfg, err)
	}

	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	linter, err := lint.NewLinter(rules.All(), nil, s)
	if err != nil {
		t.Fatal(err)
	}

	// What postlint should do to each post: its fixes replayed pass by
	// pass, as Linter.Fix does, on the original text.
	expected := map[string]*fcExpectation{}
	posts := fcPosts(t, root)
	sources := make([][]byte, len(posts))
	for i, name := range posts {
		sources[i] = fcRead(t, name)
	}
	for i, e := range fcExpectAll(linter, posts, sources) {
		expected[posts[i]] = e
	}

	// Posts in the other line end styles, made from a few posts that have
	// fixes: as they are, and without their final line end (and the LF
	// post without it).
	var fixable []string
	for name, e := range expected {
		if e.fixes > 0 && !bytes.ContainsRune(e.orig, '\r') && bytes.Count(e.orig, []byte("\n")) > 3 {
			fixable = append(fixable, name)
		}
	}
	slices.Sort(fixable)
	var variants []fcVariant
	var variantSources [][]byte
	for i, name := range fixable {
		if i%max(1, len(fixable)/12) != 0 {
			continue
		}
		lf := expected[name].orig
		ext := filepath.Ext(name)
		base := strings.TrimSuffix(name, ext)
		for _, style := range []string{"\n", "\r\n", "\r"} {
			suffix := map[string]string{"\n": ".lf", "\r\n": ".crlf", "\r": ".cr"}[style]
			for _, strip := range []bool{false, true} {
				if style == "\n" && !strip {
					continue // the post itself
				}
				src := lf
				if strip {
					src = bytes.TrimRight(src, "\n")
				}
				v := fcVariant{of: name, name: base + suffix + map[bool]string{true: "-nonl"}[strip] + ext, style: style, stripped: strip}
				converted := bytes.ReplaceAll(src, []byte("\n"), []byte(style))
				if err := os.WriteFile(v.name, converted, 0o644); err != nil {
					t.Fatal(err)
				}
				variants = append(variants, v)
				variantSources = append(variantSources, converted)
			}
		}
	}
	for i, e := range fcExpectAll(linter, fcNames(variants), variantSources) {
		expected[variants[i].name] = e
	}

	// Unusual modes, on posts that will be fixed and on some that will not.
	var willChange, willStay []string
	for name, e := range expected {
		if e.fixes > 0 {
			willChange = append(willChange, name)
		} else {
			willStay = append(willStay, name)
		}
	}
	slices.Sort(willChange)
	slices.Sort(willStay)
	modes := []fs.FileMode{0o600, 0o640, 0o400, 0o755, 0o604, 0o660}
	for i, m := range modes {
		for _, list := range [][]string{willChange, willStay} {
			if len(list) > 0 {
				if err := os.Chmod(list[i*len(list)/len(modes)], m); err != nil {
					t.Fatal(err)
				}
			}
		}
	}

	before := fcSnapshot(t, root)
	planned := time.Since(started)

	// The first --fix.
	stdout, stderr, code := fcMain(t, "--fix", "--fail-on", "none", "--format", "json", ".")
	if code != ExitClean {
		t.Errorf("first --fix: exit %d, want %d; stderr:\n%s", code, ExitClean, stderr)
	}
	report := fcReport(t, "first --fix", stdout)
	after := fcSnapshot(t, root)
	firstTook := time.Since(started) - planned

	// Every file the walk does not take, and every post without fixes,
	// must be as it was; every post with fixes must be what its fixes make.
	var changedFiles, fixesApplied, corpusFiles, corpusFixes int
	isVariant := map[string]bool{}
	for _, v := range variants {
		isVariant[v.name] = true
	}
	var modesSeen []fs.FileMode
	for _, name := range slices.Sorted(maps.Keys(before)) {
		b := before[name]
		a, ok := after[name]
		if !ok {
			errs.add("gone", "%s: gone after --fix", name)
			continue
		}
		if a.mode != b.mode {
			errs.add("mode", "%s: mode %v after --fix, want %v", name, a.mode, b.mode)
		}
		e := expected[name]
		if e == nil {
			if !bytes.Equal(a.data, b.data) {
				errs.add("not a post", "%s: not a post, but changed by --fix", name)
			}
			continue
		}
		if !bytes.Equal(b.data, e.orig) {
			t.Fatalf("%s: changed between planning and fixing", name)
		}
		for _, p := range e.problems {
			errs.add("replay", "%s: %s", name, p)
		}
		if !bytes.Equal(a.data, e.fixed) {
			errs.add("content", "%s: --fix wrote %d bytes, the replayed fixes give %d; first difference at %s",
				name, len(a.data), len(e.fixed), fcFirstDiff(a.data, e.fixed))
			continue
		}
		if !bytes.Equal(a.data, b.data) {
			changedFiles++
			fixesApplied += e.fixes
			if !isVariant[name] {
				corpusFiles++
				corpusFixes += e.fixes
			}
			fcCheckKept(errs, name, e)
			if a.mode != 0o444 {
				modesSeen = append(modesSeen, a.mode)
			}
		}
	}
	for name := range after {
		if _, ok := before[name]; !ok {
			errs.add("new file", "%s: left behind by --fix", name)
		}
	}

	// The summary on standard error counts what the fixes did.
	want := fmt.Sprintf("postlint: fixed %d %s in %d %s\n", fixesApplied, plural(fixesApplied, "problem", "problems"),
		changedFiles, plural(changedFiles, "post", "posts"))
	if changedFiles == 0 {
		want = ""
	}
	if stderr != want {
		t.Errorf("first --fix: stderr %q, want %q", stderr, want)
	}
	if report.Summary.Posts < 1000 {
		t.Errorf("first --fix: report covers %d posts, want the whole corpus", report.Summary.Posts)
	}
	for _, f := range report.Findings {
		if filepath.IsAbs(f.Path) || strings.HasPrefix(f.Path, "..") || strings.Contains(f.Path, `\`) {
			t.Errorf("report names %q; want a slash-separated path relative to the working directory", f.Path)
		} else if _, ok := after[f.Path]; !ok {
			t.Errorf("report names %q, which is not a file of the tree", f.Path)
		}
	}
	leftFixable, left := map[string]int{}, 0
	for _, f := range report.Findings {
		if f.Fix != nil {
			leftFixable[f.Rule]++
			left++
		}
	}
	if len(leftFixable) > 0 {
		t.Logf("fixable findings left after --fix, by rule: %v", leftFixable)
	}

	// The line end variants are fixed like the posts they come from.
	for _, v := range variants {
		fcCheckVariant(errs, v, expected[v.of], expected[v.name])
	}

	// The second --fix changes nothing.
	secondStarted := time.Now()
	stdout2, stderr2, code2 := fcMain(t, "--fix", "--fail-on", "none", "--format", "json", ".")
	fcReport(t, "second --fix", stdout2)
	if code2 != ExitClean {
		t.Errorf("second --fix: exit %d, want %d; stderr:\n%s", code2, ExitClean, stderr2)
	}
	if stderr2 != "" {
		t.Errorf("second --fix: stderr %q, want nothing", stderr2)
	}
	again := fcSnapshot(t, root)
	for _, name := range slices.Sorted(maps.Keys(after)) {
		a := after[name]
		b, ok := again[name]
		switch {
		case !ok:
			errs.add("gone 2", "%s: gone after the second --fix", name)
		case !bytes.Equal(a.data, b.data):
			errs.add("second fix", "%s: changed by the second --fix; first difference at %s", name, fcFirstDiff(a.data, b.data))
		case a.mode != b.mode:
			errs.add("mode 2", "%s: mode %v after the second --fix, want %v", name, b.mode, a.mode)
		}
	}
	for name := range again {
		if _, ok := after[name]; !ok {
			errs.add("new file 2", "%s: left behind by the second --fix", name)
		}
	}

	if changedFiles == 0 {
		t.Error("--fix changed no post; the corpus has fixable findings")
	}
	slices.Sort(modesSeen)
	t.Logf("copied %d files and added %d line end variants: %d posts", copied, len(variants), len(expected))
	t.Logf("--fix changed %d posts with %d fixes, %d corpus posts with %d fixes of them (%d fixable findings left); modes kept on fixed posts include %v",
		changedFiles, fixesApplied, corpusFiles, corpusFixes, left, slices.Compact(modesSeen))
	t.Logf("time: copy and replay %v, first --fix %v, second --fix %v, total %v", planned.Round(time.Millisecond),
		firstTook.Round(time.Millisecond), time.Since(secondStarted).Round(time.Millisecond), time.Since(started).Round(time.Millisecond))
}

// fcExpectation is what the fixes of one post should do.
type fcExpectation struct {
	orig, fixed []byte
	fixes       int
	// origin maps each byte of fixed to the offset in orig it was copied
	// from, or -1 for a byte that a fix wrote.
	origin   []int
	passes   int
	problems []string
}

// fcExpect replays the fixes of the post src named name: each pass lints
// the text, applies the fixes with fix.Apply, and checks the result
// against the fixes chosen by hand (in source order, skipping a fix that
// overlaps an earlier one), tracking where every byte comes from.
func fcExpect(l *lint.Linter, name string, src []byte) *fcExpectation {
	e := &fcExpectation{orig: src, fixed: src, origin: make([]int, len(src))}
	for i := range e.origin {
		e.origin[i] = i
	}
	if bytes.IndexByte(src[:min(len(src), 8000)], 0) >= 0 {
		return e // lint.Run skips binary files
	}
	for pass := 1; pass <= 10; pass++ {
		cur := e.fixed
		p := post.Parse(name, cur)
		findings, notices := l.Post(p)
		for _, n := range notices {
			e.problems = append(e.problems, fmt.Sprintf("pass %d: notice: %s", pass, n.Message))
		}
		var fixes []*rule.Fix
		for _, f := range findings {
			if f.Fix != nil {
				fixes = append(fixes, f.Fix)
			}
		}
		if len(fixes) == 0 {
			break
		}
		got, n := fix.Apply(cur, fixes)
		chosen := fcChoose(cur, fixes)
		want, origin := fcApply(cur, e.origin, chosen)
		if n != len(chosen) || !bytes.Equal(got, want) {
			e.problems = append(e.problems, fmt.Sprintf("pass %d: fix.Apply applied %d fixes, want %d; first difference at %s",
				pass, n, len(chosen), fcFirstDiff(got, want)))
			break
		}
		if n == 0 || bytes.Equal(got, cur) {
			break
		}
		for _, c := range chosen {
			for _, ed := range c.Edits {
				if ed.Span.Start < p.BodyOffset {
					e.problems = append(e.problems, fmt.Sprintf("pass %d: fix %q edits %d:%d, inside the front matter (body at %d)",
						pass, c.Description, ed.Span.Start, ed.Span.End, p.BodyOffset))
				}
			}
		}
		e.fixed, e.origin, e.fixes, e.passes = got, origin, e.fixes+n, pass
	}
	return e
}

// fcExpectAll runs fcExpect on the posts, one per CPU at a time.
func fcExpectAll(l *lint.Linter, names []string, sources [][]byte) []*fcExpectation {
	out := make([]*fcExpectation, len(names))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				out[i] = fcExpect(l, names[i], sources[i])
			}
		})
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

func fcNames(variants []fcVariant) []string {
	names := make([]string, len(variants))
	for i, v := range variants {
		names[i] = v.name
	}
	return names
}

// fcChoose picks the fixes that apply: in the order of their first edit,
// each whose edits stay in the file and overlap neither each other nor
// an earlier chosen fix (touching is not overlapping).
func fcChoose(src []byte, fixes []*rule.Fix) []*rule.Fix {
	type sorted struct {
		fix   *rule.Fix
		edits []rule.Edit
	}
	var all []sorted
	for _, f := range fixes {
		if len(f.Edits) == 0 {
			continue
		}
		edits := slices.Clone(f.Edits)
		slices.SortFunc(edits, func(a, b rule.Edit) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
		all = append(all, sorted{&rule.Fix{Description: f.Description, Edits: edits}, edits})
	}
	slices.SortStableFunc(all, func(a, b sorted) int { return cmp.Compare(a.edits[0].Span.Start, b.edits[0].Span.Start) })
	var chosen []*rule.Fix
	end := -1
next:
	for _, s := range all {
		at := end
		for _, ed := range s.edits {
			if ed.Span.Start < at || ed.Span.End < ed.Span.Start || ed.Span.End > len(src) {
				continue next
			}
			at = ed.Span.End
		}
		chosen, end = append(chosen, s.fix), at
	}
	return chosen
}

// fcApply applies the edits of chosen, which do not overlap and are in
// order, and carries origin along.
func fcApply(src []byte, origin []int, chosen []*rule.Fix) ([]byte, []int) {
	var out []byte
	var outOrigin []int
	at := 0
	for _, f := range chosen {
		for _, ed := range f.Edits {
			out = append(out, src[at:ed.Span.Start]...)
			outOrigin = append(outOrigin, origin[at:ed.Span.Start]...)
			out = append(out, ed.NewText...)
			for range len(ed.NewText) {
				outOrigin = append(outOrigin, -1)
			}
			at = ed.Span.End
		}
	}
	out = append(out, src[at:]...)
	outOrigin = append(outOrigin, origin[at:]...)
	return out, outOrigin
}

// fcCheckKept checks what fixes must keep: the front matter bytes, the
// kind of every line end they did not touch, and the file's line end
// styles (a fix writes no line end of a kind the file did not have).
func fcCheckKept(errs *fcErrors, name string, e *fcExpectation) {
	errs.t.Helper()
	body := post.Parse(name, e.orig).BodyOffset
	if !bytes.HasPrefix(e.fixed, e.orig[:body]) {
		errs.add("front matter", "%s: front matter (bytes 0 to %d) changed; first difference at %s", name, body, fcFirstDiff(e.orig[:body], e.fixed))
	}
	for i, o := range e.origin {
		if o < 0 {
			continue
		}
		if got, want := fcLineEnd(e.fixed, i), fcLineEnd(e.orig, o); got != want {
			errs.add("line end kept", "%s: the line end byte at offset %d (%d in the original) was %s and is now %s", name, i, o, want, got)
			return
		}
	}
	origKinds, fixedKinds := fcLineEnds(e.orig), fcLineEnds(e.fixed)
	for kind, n := range fixedKinds {
		if origKinds[kind] == 0 {
			errs.add("line end style", "%s: the fixes wrote %d %s line ends into a file with %v", name, n, kind, origKinds)
		}
	}
}

// fcLineEnd names the kind of line end that the byte at i belongs to.
func fcLineEnd(b []byte, i int) string {
	switch {
	case b[i] == '\n' && i > 0 && b[i-1] == '\r', b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n':
		return "CRLF"
	case b[i] == '\n':
		return "LF"
	case b[i] == '\r':
		return "CR"
	}
	return "none"
}

// fcLineEnds counts the line ends of b by kind.
func fcLineEnds(b []byte) map[string]int {
	kinds := map[string]int{}
	for i := 0; i < len(b); i++ {
		if k := fcLineEnd(b, i); k != "none" {
			kinds[k]++
			if k == "CRLF" {
				i++
			}
		}
	}
	return kinds
}

// fcVariant is a post written in another line end style.
type fcVariant struct {
	of, name string
	style    string // "\r\n" or "\r"
	stripped bool   // without its final line end
}

// fcCheckVariant checks that a post in another line end style is fixed
// as the post it was made from, line ends aside.
func fcCheckVariant(errs *fcErrors, v fcVariant, lf, other *fcExpectation) {
	errs.t.Helper()
	want := lf.fixed
	if v.stripped {
		// The LF post, stripped and fixed, ends with one line end.
		want = append(bytes.TrimRight(want, "\n"), '\n')
	}
	want = bytes.ReplaceAll(want, []byte("\n"), []byte(v.style))
	if !bytes.Equal(other.fixed, want) {
		errs.add("variant", "%s: fixed differently from %s (with %q line ends): first difference at %s",
			v.name, v.of, v.style, fcFirstDiff(other.fixed, want))
	}
}

// fcErrors reports the first few failures of each kind, and then only
// how many there were, so that one bug does not bury the others.
type fcErrors struct {
	t      *testing.T
	counts map[string]int
}

const fcErrorsShown = 5

func (e *fcErrors) add(kind, format string, args ...any) {
	e.t.Helper()
	e.counts[kind]++
	if e.counts[kind] <= fcErrorsShown {
		e.t.Errorf(format, args...)
	}
}

func (e *fcErrors) summary() {
	e.t.Helper()
	for _, kind := range slices.Sorted(maps.Keys(e.counts)) {
		if n := e.counts[kind]; n > fcErrorsShown {
			e.t.Errorf("%s: %d failures in all, %d shown", kind, n, fcErrorsShown)
		}
	}
}

// fcFileState is one file of a tree.
type fcFileState struct {
	data []byte
	mode fs.FileMode
}

// fcSnapshot reads every file under root, named relative to it with
// forward slashes, and fails on anything but directories and regular
// files, and on temporary files of fix.WriteFile.
func fcSnapshot(t *testing.T, root string) map[string]fcFileState {
	t.Helper()
	files := map[string]fcFileState{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && strings.Contains(d.Name(), ".postlint-") {
			t.Errorf("temporary file left behind: %s", path)
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if !info.Mode().IsRegular() {
			t.Errorf("%s: not a regular file (%v)", path, info.Mode())
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		files[filepath.ToSlash(rel)] = fcFileState{data: data, mode: info.Mode()}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// fcCopyTree copies the regular files under src to dst with their modes,
// creating writable directories, and returns how many it copied.
func fcCopyTree(t *testing.T, src, dst string) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := os.WriteFile(target, data, 0o600); err != nil {
			return err
		}
		n++
		return os.Chmod(target, info.Mode().Perm())
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// fcPosts lists the posts that postlint's walk of root takes, relative to
// root with forward slashes; root has no .gitignore.
func fcPosts(t *testing.T, root string) []string {
	t.Helper()
	var posts []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules" || d.Name() == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Name() == ".gitignore" {
			t.Fatalf("%s: the walk here ignores .gitignore files", path)
		}
		ext := strings.ToLower(filepath.Ext(path))
		if d.Type().IsRegular() && slices.Contains(lint.DefaultExtensions, ext) {
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			posts = append(posts, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return posts
}

func fcRead(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// fcMain runs postlint with args.
func fcMain(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Main(args, strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), code
}

// fcJSONReport is the part of the JSON report that the test reads.
type fcJSONReport struct {
	Summary struct {
		Posts int `json:"posts"`
	} `json:"summary"`
	Findings []struct {
		Path string          `json:"path"`
		Rule string          `json:"rule"`
		Fix  json.RawMessage `json:"fix"`
	} `json:"findings"`
	Notifications []struct {
		Path    string `json:"path"`
		Message string `json:"message"`
	} `json:"notifications"`
}

func fcReport(t *testing.T, what, stdout string) *fcJSONReport {
	t.Helper()
	var r fcJSONReport
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("%s: the report is not JSON: %v", what, err)
	}
	for _, n := range r.Notifications {
		t.Errorf("%s: notification: %s: %s", what, n.Path, n.Message)
	}
	return &r
}

// fcFirstDiff describes where a and b first differ.
func fcFirstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	line := source.NewLineIndex(a).Position(i).Line
	ctx := func(x []byte) string {
		return strconv.Quote(string(x[max(0, i-20):min(len(x), i+20)]))
	}
	return fmt.Sprintf("byte %d (line %d): %s vs %s", i, line, ctx(a), ctx(b))
}
