// Package gitignore decides which paths of a tree its .gitignore files
// exclude, with git's rules (gitignore(5)).
//
// A Matcher reads the .gitignore file of each directory of the tree when
// first asked about a path in it, and, when the tree is inside a git work
// tree but below its top, those of the directories from the top down to
// the tree's root, since their patterns reach into it. It does not read
// $GIT_DIR/info/exclude or the file named by core.excludesFile: those are
// one clone's or one user's settings, and which posts are linted should
// not change from machine to machine or in CI.
//
// Like git, it matches bytes, case-sensitively (core.ignoreCase is not
// read), and skips patterns that cannot match: an unclosed "[", an
// unknown "[:class:]", a trailing backslash. Unlike git, it never
// excludes the root itself, which was named on the command line; patterns
// from above still apply to the paths under it.
package gitignore

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// Matcher answers whether paths under a root are ignored by the
// .gitignore files of the tree. It is safe for concurrent use.
type Matcher struct {
	root    string // cleaned, as given
	absRoot string
	top     string // absolute; the work tree's top, or root outside one
	rootRel string // root relative to top, slash-separated; "" if the same

	mu   sync.Mutex
	dirs map[string]*dir // by path relative to top, slash-separated
}

// dir is what is known of one directory.
type dir struct {
	ignored bool     // excluded itself or below an excluded directory
	rules   *ruleSet // the patterns that apply inside it, deepest first
}

// ruleSet is the patterns of one .gitignore file, chained to those of the
// .gitignore files above it.
type ruleSet struct {
	base     string // the file's directory relative to top; "" for top
	patterns []pattern
	parent   *ruleSet
}

// New returns a Matcher for the tree at root, the directory being walked.
// It looks for the work tree's top (the nearest directory at or above root
// holding .git) but reads no .gitignore file yet.
func New(root string) *Matcher {
	m := &Matcher{root: filepath.Clean(root), dirs: make(map[string]*dir)}
	m.absRoot = m.root
	if abs, err := filepath.Abs(m.root); err == nil {
		m.absRoot = abs
	}
	m.top = m.absRoot
	if top, ok := workTreeTop(m.absRoot); ok {
		if rel, err := filepath.Rel(top, m.absRoot); err == nil && rel != "." {
			m.top, m.rootRel = top, filepath.ToSlash(rel)
		}
	}
	return m
}

// workTreeTop returns the nearest directory at or above dir that holds
// .git (a directory, or a file in a linked work tree or submodule).
func workTreeTop(dir string) (string, bool) {
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Ignored reports whether path (a path under root, as filepath.WalkDir
// yields it) is ignored; isDir says whether it is a directory. A path
// below an ignored directory is ignored, whatever its own patterns say.
// It reads each directory's .gitignore once, lazily, as the walk enters
// the directory. The root itself and paths outside it are not ignored.
func (m *Matcher) Ignored(path string, isDir bool) bool {
	rel, ok := m.relative(path)
	if !ok || rel == "" {
		return false
	}
	if m.rootRel != "" {
		rel = m.rootRel + "/" + rel
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if isDir {
		return m.dir(rel).ignored
	}
	parent := m.dir(parentOf(rel))
	return parent.ignored || parent.rules.match(rel, false)
}

// relative returns path relative to root, slash-separated; ok is false
// if path is not root or below it.
func (m *Matcher) relative(path string) (rel string, ok bool) {
	path = filepath.Clean(path)
	switch {
	case path == m.root:
		return "", true
	case m.root == ".":
		if !filepath.IsAbs(path) && path != ".." && !strings.HasPrefix(path, ".."+string(filepath.Separator)) {
			return filepath.ToSlash(path), true
		}
	case len(path) > len(m.root) && path[:len(m.root)] == m.root:
		if os.IsPathSeparator(m.root[len(m.root)-1]) {
			return filepath.ToSlash(path[len(m.root):]), true
		}
		if os.IsPathSeparator(path[len(m.root)]) {
			return filepath.ToSlash(path[len(m.root)+1:]), true
		}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	rel, err = filepath.Rel(m.absRoot, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	if rel == "." {
		return "", true
	}
	return filepath.ToSlash(rel), true
}

// dir returns what is known of the directory at rel (relative to top),
// working it out and reading its .gitignore the first time. The caller
// holds m.mu.
func (m *Matcher) dir(rel string) *dir {
	if d, ok := m.dirs[rel]; ok {
		return d
	}
	d := &dir{}
	if rel != "" {
		parent := m.dir(parentOf(rel))
		d.rules = parent.rules
		// Root and the directories above it are never excluded.
		below := len(rel) > len(m.rootRel)
		d.ignored = parent.ignored || below && parent.rules.match(rel, true)
	}
	if !d.ignored {
		// A directory's .gitignore that cannot be read (most have none)
		// adds no patterns.
		data, err := os.ReadFile(filepath.Join(m.top, filepath.FromSlash(rel), ".gitignore"))
		if err == nil {
			if patterns := parse(data); len(patterns) > 0 {
				d.rules = &ruleSet{base: rel, patterns: patterns, parent: d.rules}
			}
		}
	}
	m.dirs[rel] = d
	return d
}

// match reports whether the .gitignore files of rs and above exclude
// path (relative to top): the deepest file with a matching pattern
// decides, and in it the last matching pattern.
func (rs *ruleSet) match(path string, isDir bool) bool {
	for ; rs != nil; rs = rs.parent {
		rel := path
		if rs.base != "" {
			rel = path[len(rs.base)+1:]
		}
		for i := len(rs.patterns) - 1; i >= 0; i-- {
			if p := &rs.patterns[i]; p.match(rel, isDir) {
				return !p.negate
			}
		}
	}
	return false
}

func parentOf(rel string) string {
	if i := strings.LastIndexByte(rel, '/'); i >= 0 {
		return rel[:i]
	}
	return ""
}
