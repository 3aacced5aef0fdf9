package lint

import (
	"cmp"
	"iter"
	"slices"

	"github.com/postlint/postlint/internal/rule"
)

// newResult gathers the outcomes of a run, whose findings st holds, and
// the site rules' findings. Notices are in file order.
func newResult(outcomes []outcome, siteFindings []rule.Finding, st *store) *Result {
	res := &Result{loose: siteFindings, store: st}
	for _, o := range outcomes {
		if o.findings.blob.n > 0 {
			res.posts = append(res.posts, o.findings)
		}
		res.loose = append(res.loose, o.other...)
		res.Notices = append(res.Notices, o.notices...)
		if o.linted {
			res.Posts++
		}
	}
	slices.SortStableFunc(res.posts, func(a, b packedPost) int { return cmp.Compare(a.path, b.path) })
	res.loose = sortFindings(res.loose)
	return res
}

// All yields the run's findings sorted by path, line, column, rule and
// message, without exact repeats. It unpacks one post's findings at a
// time, so that printing a large site holds no more than that, and it
// may be called more than once. When findings cannot be read back, it
// stops and Err says why.
func (r *Result) All() iter.Seq[rule.Finding] {
	return func(yield func(rule.Finding) bool) {
		posts, loose := r.posts, r.loose
		var group []rule.Finding
		var buf []byte
		for len(posts) > 0 || len(loose) > 0 {
			var path string
			switch {
			case len(posts) == 0:
				path = loose[0].Path
			case len(loose) == 0:
				path = posts[0].path
			default:
				path = min(posts[0].path, loose[0].Path)
			}
			group = group[:0]
			for len(posts) > 0 && posts[0].path == path {
				data, err := r.store.get(posts[0].blob, &buf)
				if err != nil {
					r.err = err
					return
				}
				group = posts[0].appendTo(group, data)
				posts = posts[1:]
			}
			for len(loose) > 0 && loose[0].Path == path {
				group = append(group, loose[0])
				loose = loose[1:]
			}
			for _, f := range sortFindings(group) {
				if !yield(f) {
					return
				}
			}
		}
	}
}

// Findings returns All's findings as a slice.
func (r *Result) Findings() []rule.Finding {
	return slices.Collect(r.All())
}

// Err returns the error that stopped All early, if any.
func (r *Result) Err() error { return r.err }

// Close releases what the result keeps its findings in, once All is no
// longer needed: a run over many posts keeps them in a temporary file,
// which Close closes (and removes, where it could not be removed while
// open).
func (r *Result) Close() error {
	if r.store == nil {
		return nil
	}
	return r.store.close()
}
