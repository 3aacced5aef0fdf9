package infer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/postlint/postlint/internal/gitignore"
)

// DefaultExtensions are the extensions of the posts found in directories,
// as the linter finds them.
var DefaultExtensions = []string{".md", ".markdown"}

// skippedDirs are never walked into, as by the linter.
var skippedDirs = map[string]bool{"node_modules": true, "vendor": true}

// Files returns the posts named by paths with the linter's rules: a file
// is always taken; a directory is walked for files with one of extensions,
// skipping hidden directories, node_modules, vendor and what .gitignore
// files exclude, and not following symbolic links to directories. The
// result is sorted, slash-separated and without repeats. A path that does
// not exist is an error.
func Files(paths, extensions []string) ([]string, error) {
	var files []string
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return nil, fmt.Errorf("%s: %w", root, err)
		}
		if !info.IsDir() {
			files = append(files, filepath.ToSlash(filepath.Clean(root)))
			continue
		}
		ignore := gitignore.New(root)
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return nil // an unreadable directory has no posts to learn from
			case d.IsDir():
				if path != root && (strings.HasPrefix(d.Name(), ".") || skippedDirs[d.Name()] || ignore.Ignored(path, true)) {
					return filepath.SkipDir
				}
				return nil
			case !hasExtension(d.Name(), extensions) || ignore.Ignored(path, false):
				return nil
			case d.Type()&fs.ModeSymlink != 0:
				if target, err := os.Stat(path); err != nil || !target.Mode().IsRegular() {
					return nil
				}
			case !d.Type().IsRegular():
				return nil
			}
			files = append(files, filepath.ToSlash(filepath.Clean(path)))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(files)
	return slices.Compact(files), nil
}

func hasExtension(name string, extensions []string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return slices.ContainsFunc(extensions, func(e string) bool { return ext == strings.ToLower(e) })
}
