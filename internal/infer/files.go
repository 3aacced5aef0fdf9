package infer

import "github.com/postlint/postlint/internal/lint"

// DefaultExtensions are the extensions of the posts found in directories,
// as the linter finds them.
var DefaultExtensions = lint.DefaultExtensions

// Files returns the posts named by paths, found as the linter finds them
// (see lint.Files).
func Files(paths, extensions []string) ([]string, error) {
	return lint.Files(paths, extensions)
}
