package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/postlint/postlint/internal/fix"
	"github.com/postlint/postlint/internal/lint"
)

// fix applies the fixes of fixable rules to the posts at paths and writes
// them, or with --diff prints what it would change. It reports whether
// any post changed (or would).
func (e *environment) fix(r *run, paths []string) (bool, error) {
	opts := r.options()
	opts.SiteRoot = "" // site rules have no fixes: no need to read the rest of the site
	res, err := lint.Run(paths, opts)
	if err != nil {
		return false, err
	}
	defer res.Close()
	var posts []string
	for f := range res.All() { // in path order
		if f.Fix != nil && (len(posts) == 0 || posts[len(posts)-1] != f.Path) {
			posts = append(posts, f.Path)
		}
	}
	if err := res.Err(); err != nil {
		return false, err
	}
	fixes, changed := 0, 0
	for _, display := range posts {
		path := display
		if !filepath.IsAbs(path) {
			path = filepath.Join(r.workDir, filepath.FromSlash(display))
		}
		l, err := r.profiles.linterFor(path)
		if err != nil {
			return false, err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return false, err
		}
		fixed, n := l.Fix(display, src)
		if n == 0 || string(fixed) == string(src) {
			continue
		}
		if r.flags.diff {
			if _, err := e.stdout.Write(fix.UnifiedDiff(display, display, src, fixed)); err != nil {
				return false, err
			}
		} else if err := fix.WriteFile(path, fixed); err != nil {
			return false, err
		}
		fixes += n
		changed++
	}
	verb := "fixed"
	if r.flags.diff {
		verb = "would fix"
	}
	if changed > 0 && !r.flags.quiet {
		fmt.Fprintf(e.stderr, "postlint: %s %d %s in %d %s\n", verb, fixes, plural(fixes, "problem", "problems"), changed, plural(changed, "post", "posts"))
	}
	return changed > 0, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
