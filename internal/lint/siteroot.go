package lint

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"golang.org/x/sync/errgroup"

	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/rule"
)

// siteContext is the step between the post pass and the site rules when
// Options.SiteRoot is set: it walks the site root as Run walks a
// directory (Extensions, Exclude, .gitignore, hidden and dependency
// directories skipped) and summarizes each post found there that the
// run did not lint, so that the site rules compare the run's posts with
// the whole site. No rule runs on these posts, and only their summaries
// are kept.
//
// A site root that does not exist or is not a directory is an error. A
// root that cannot be read is an error notice, since the site rules would
// silently see none of it. A post of the site root that cannot be read
// (or is too large, or binary) is left out without a notice: it is not
// being linted, and a run that lints it reports it.
func siteContext(opts Options, linted []file) ([]*rule.Summary, []Notice, error) {
	root := opts.SiteRoot
	shown := displayPath(root, opts.WorkDir)
	info, err := os.Stat(root)
	if err != nil {
		return nil, nil, fmt.Errorf("site-root %s: %w", shown, unwrapPathError(err))
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("site-root %s is not a directory", shown)
	}
	found, walkNotices, err := expand([]string{root}, opts.Extensions, opts.WorkDir, opts.Exclude)
	if err != nil {
		return nil, nil, err
	}
	var notices []Notice
	for _, n := range walkNotices {
		if n.Path == shown {
			n.Message = "site-root " + n.Message
			notices = append(notices, n)
		}
	}
	seen := make(map[string]bool, 2*len(linted))
	for _, f := range linted {
		seen[absPath(f.path)] = true
		seen[f.display] = true
	}
	var todo []file
	for _, f := range found {
		if !seen[absPath(f.path)] && !seen[f.display] {
			todo = append(todo, f)
		}
	}
	summaries := make([]*rule.Summary, len(todo))
	maxSize := cmp.Or(opts.MaxFileSize, DefaultMaxFileSize)
	var g errgroup.Group
	g.SetLimit(cmp.Or(opts.Jobs, runtime.GOMAXPROCS(0)))
	for i, f := range todo {
		g.Go(func() error {
			summaries[i] = summarizeFile(f, maxSize)
			return nil
		})
	}
	_ = g.Wait() // the workers return no error
	out := summaries[:0]
	for _, s := range summaries {
		if s != nil {
			out = append(out, s)
		}
	}
	return out, notices, nil
}

// summarizeFile reads and parses the post f only to summarize it, or
// returns nil when it cannot be read, is too large or is binary.
func summarizeFile(f file, maxSize int64) *rule.Summary {
	src, err := readFile(f.path, maxSize)
	if err != nil || isBinary(src) {
		return nil
	}
	return summarize(post.Parse(f.display, src), f.path)
}

// absPath returns path made absolute, or path itself when that fails.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}
