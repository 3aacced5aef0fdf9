package rules

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/rule"
)

// This file holds how missing-local-file finds the target of a link on
// disk: the forms it tries, and what it caches of the file system.

type fileKind uint8

const (
	unknownKind fileKind = iota
	noFile
	regularFile
	folder
)

// fileResolver finds the targets of local links, caching what it learns
// of the file system, since many posts link the same files.
type fileResolver struct {
	wd    string
	posts map[string]*rule.Summary // by absolute path
	kinds map[string]fileKind
	// listings holds the kinds of the entries of the folders listed so
	// far, by absolute path; nil for a folder that cannot be listed.
	listings map[string]map[string]fileKind
	// raw holds the anchors of the lines that read as headings in the
	// posts read so far, by absolute path.
	raw map[string]markdown.Anchors
	// prefixed holds the entries with ordering prefixes of the folders
	// listed so far.
	prefixed map[string]map[string]string
}

// rawAnchors returns the anchors of the lines of the post at file that
// read as headings, reading it on the first call: MDX gives a heading
// after a JSX block its anchor where the Markdown parser sees none (see
// rawHeadingAnchors). Only a fragment that misses reads its target, so
// most runs read nothing.
func (r *fileResolver) rawAnchors(file string) markdown.Anchors {
	if a, ok := r.raw[file]; ok {
		return a
	}
	var a markdown.Anchors
	if src, err := os.ReadFile(file); err == nil {
		a = rawHeadingAnchors(src)
	}
	r.raw[file] = a
	return a
}

func (r *fileResolver) abs(p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(r.wd, p)
}

// display returns the absolute path p relative to the working directory
// when it is below it, slash-separated.
func (r *fileResolver) display(p string) string {
	if rel, err := filepath.Rel(r.wd, p); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(p)
}

// kind returns what is at p. It lists p's folder once, so that trying
// many forms of many links costs one read of each folder; what a listing
// cannot tell (a symbolic link, a folder that cannot be listed) is asked
// of the file system, and only that answer is cached by path: caching
// every form tried took more memory than a large site's summaries.
func (r *fileResolver) kind(p string) fileKind {
	if dir, name := filepath.Split(p); name != "" {
		if entries := r.listing(filepath.Clean(dir)); entries != nil {
			k, listed := entries[name]
			if !listed {
				return noFile
			}
			if k != unknownKind {
				return k
			}
		}
	}
	if k, ok := r.kinds[p]; ok {
		return k
	}
	k := noFile
	if info, err := os.Stat(p); err == nil {
		k = regularFile
		if info.IsDir() {
			k = folder
		}
	}
	r.kinds[p] = k
	return k
}

// listing returns the kinds of the entries of dir, unknownKind for a
// symbolic link, or nil when dir cannot be listed.
func (r *fileResolver) listing(dir string) map[string]fileKind {
	if m, ok := r.listings[dir]; ok {
		return m
	}
	var m map[string]fileKind
	if entries, err := os.ReadDir(dir); err == nil {
		m = make(map[string]fileKind, len(entries))
		for _, e := range entries {
			switch t := e.Type(); {
			case t&fs.ModeSymlink != 0:
				m[e.Name()] = unknownKind
			case t.IsDir():
				m[e.Name()] = folder
			default:
				m[e.Name()] = regularFile
			}
		}
	}
	r.listings[dir] = m
	return m
}

// find returns the file or folder at p, or at p with ordering prefixes
// on any of its parts, and its kind: Nuxt Content orders pages by
// prefixes it drops from their URLs, so "/blog/v3" is blog/1.v3.md.
func (r *fileResolver) find(p string) (string, fileKind) {
	if k := r.kind(p); k != noFile {
		return p, k
	}
	dir, name := filepath.Split(p)
	dir = filepath.Clean(dir)
	if dir == p || name == "" {
		return "", noFile
	}
	realDir, k := r.find(dir)
	if k != folder {
		return "", noFile
	}
	if real := r.ordered(realDir)[name]; real != "" {
		f := filepath.Join(realDir, real)
		return f, r.kind(f)
	}
	return "", noFile
}

// ordered returns the entries of dir whose names have an ordering
// prefix ("1.v3.md"), by their names without it ("v3.md").
func (r *fileResolver) ordered(dir string) map[string]string {
	if m, ok := r.prefixed[dir]; ok {
		return m
	}
	var m map[string]string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		name := e.Name()
		i := 0
		for i < len(name) && asciiDigit(name[i]) {
			i++
		}
		if i > 0 && i+1 < len(name) && name[i] == '.' {
			if m == nil {
				m = make(map[string]string)
			}
			if _, dup := m[name[i+1:]]; !dup {
				m[name[i+1:]] = name
			}
		}
	}
	r.prefixed[dir] = m
	return m
}

// resolve returns the file or folder that one of bases names, trying the
// forms the rule's doc lists, and its kind: noFile when none exists.
func (r *fileResolver) resolve(bases []string, lang string) (string, fileKind) {
	for _, base := range bases {
		var forms []string
		forms = append(forms, base)
		if stem, ok := cutHTML(base); ok {
			forms = append(forms, stem+".md", stem+".markdown")
		}
		for _, ext := range pageExtensions {
			if lang != "" {
				forms = append(forms, base+"."+lang+ext)
			}
			forms = append(forms, base+ext)
		}
		for _, f := range forms {
			if found, k := r.find(f); k != noFile {
				return found, k
			}
		}
	}
	return "", noFile
}

// index returns dir's index post, or dir when it has none.
func (r *fileResolver) index(dir, lang string) string {
	for _, name := range indexNames {
		if lang != "" {
			ext := path.Ext(name)
			if f, k := r.find(filepath.Join(dir, strings.TrimSuffix(name, ext)+"."+lang+ext)); k == regularFile {
				return f
			}
		}
		if f, k := r.find(filepath.Join(dir, name)); k == regularFile {
			return f
		}
	}
	return dir
}

// cutHTML returns p without an .html or .htm extension.
func cutHTML(p string) (string, bool) {
	for _, ext := range []string{".html", ".htm"} {
		if stem, ok := strings.CutSuffix(p, ext); ok {
			return stem, true
		}
	}
	return "", false
}
