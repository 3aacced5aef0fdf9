package lint

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/postlint/postlint/internal/gitignore"
	"github.com/postlint/postlint/internal/rule"
)

// DefaultExtensions are the file name extensions of posts found by walking
// directories.
var DefaultExtensions = []string{".md", ".markdown"}

// skippedDirs are never walked into: dependencies and tool folders.
var skippedDirs = map[string]bool{"node_modules": true, "vendor": true}

// file is one post to lint: where to read it and how to name it.
type file struct {
	path    string // as given or found, for reading
	display string // relative to the working directory, slash-separated
}

// expand turns the command line's paths into the posts to lint. Files are
// always taken, even ignored ones; directories are walked for files with
// one of extensions, skipping hidden directories, node_modules, vendor and
// what the tree's .gitignore files exclude (package gitignore), and not
// following symbolic links to directories; exclude, when not nil, skips
// walked files too. A path that does not exist is an error; a directory
// that cannot be read is a notice.
func expand(paths []string, extensions []string, workDir string, exclude func(string) bool) ([]file, []Notice, error) {
	var files []file
	var notices []Notice
	seen := make(map[string]bool)
	add := func(path string) {
		clean := filepath.Clean(path)
		if !seen[clean] {
			seen[clean] = true
			files = append(files, file{path: clean, display: displayPath(clean, workDir)})
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", root, unwrapPathError(err))
		}
		if !info.IsDir() {
			add(root)
			continue
		}
		ignore := gitignore.New(root)
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				notices = append(notices, Notice{Path: displayPath(path, workDir), Level: rule.Error,
					Message: "cannot read: " + unwrapPathError(err).Error()})
				return nil
			}
			if d.IsDir() {
				if path != root && (strings.HasPrefix(d.Name(), ".") || skippedDirs[d.Name()] || ignore.Ignored(path, true)) {
					return filepath.SkipDir
				}
				return nil
			}
			if !hasExtension(d.Name(), extensions) || ignore.Ignored(path, false) || exclude != nil && exclude(path) {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if target, err := os.Stat(path); err != nil || !target.Mode().IsRegular() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			add(path)
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	slices.SortFunc(files, func(a, b file) int { return strings.Compare(a.display, b.display) })
	return files, notices, nil
}

func hasExtension(name string, extensions []string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range extensions {
		if ext == strings.ToLower(e) {
			return true
		}
	}
	return false
}

// displayPath names path relative to workDir when it is inside it, with
// forward slashes.
func displayPath(path, workDir string) string {
	if abs, err := filepath.Abs(path); err == nil && workDir != "" {
		if rel, err := filepath.Rel(workDir, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(filepath.Clean(path))
}

// unwrapPathError drops the path from an fs.PathError, which callers
// print themselves.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Files returns the posts that a run over paths would lint, walking
// directories as Run does, slash-separated and sorted. Directories that
// cannot be read are left out; a path that does not exist is an error.
func Files(paths, extensions []string) ([]string, error) {
	files, _, err := expand(paths, extensions, "", nil)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = filepath.ToSlash(f.path)
	}
	return out, nil
}
