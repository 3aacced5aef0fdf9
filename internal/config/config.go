// Package config reads .postlint.yaml: it finds the file, decodes it with
// positions, checks every key, rule name and option, and answers which
// schema and rule settings apply to a post.
package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/postlint/postlint/internal/rule"
)

// FileNames are the names a configuration file may have, in the order
// they are looked for.
var FileNames = []string{".postlint.yaml", ".postlint.yml"}

// Config is a decoded configuration.
type Config struct {
	// Path is the file it came from; Dir is its directory, against which
	// the schema paths and globs are resolved.
	Path, Dir string
	// Schema is the absolute path of the post schema, or "" for the
	// built-in one.
	Schema string
	// Extensions select the files found by walking directories; nil
	// means the default.
	Extensions []string
	// Exclude holds globs (relative to Dir) of walked files to skip.
	Exclude []string
	// FailOn is the fail-on level as written, or "".
	FailOn string
	// MaxFileSize is the size in bytes beyond which a post is reported
	// and not parsed, or 0 for the default.
	MaxFileSize int64
	// SiteRoot is the absolute path of the directory whose posts the
	// site rules compare the linted posts with, or "" when they compare
	// only the linted posts with each other.
	SiteRoot string
	// Rules holds the settings of rules by name.
	Rules map[string]RuleSetting
	// Overrides apply, in order, to the files their globs match.
	Overrides []Override
}

// RuleSetting is how the configuration sets one rule: a severity, options,
// or both.
type RuleSetting struct {
	// Severity is nil when the rule keeps its default.
	Severity *rule.Severity
	// Options holds the rule's options with the configured ones decoded
	// over the defaults and prepared, or nil when none are configured.
	Options any
}

// Override is an "overrides" entry.
type Override struct {
	Files  []string
	Schema string
	Rules  map[string]RuleSetting
}

// Error is a mistake in a configuration file, at a position in it.
type Error struct {
	Path         string
	Line, Column int
	Message      string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Message)
}

// Find looks for a configuration file in dir and its parents and returns
// its path, or "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		for _, name := range FileNames {
			path := filepath.Join(dir, name)
			info, err := os.Stat(path)
			if err == nil && info.Mode().IsRegular() {
				return path, nil
			}
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return "", err
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// maxConfigSize bounds what Load reads: a configuration is a few
// kilobytes, and a path like /dev/zero must not exhaust memory.
const maxConfigSize = 1 << 20

// readLimited reads at most limit bytes of the file at path; a larger
// file is an error.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err == nil && int64(len(src)) > limit {
		err = fmt.Errorf("larger than %d KiB: not a configuration file", limit>>10)
	}
	return src, err
}

// Load reads and checks the configuration file at path against the rule
// catalogue.
func Load(path string, catalogue []*rule.Rule) (*Config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	src, err := readLimited(abs, maxConfigSize)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	return Parse(path, src, catalogue)
}
