package config

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/postlint/postlint/internal/rule"
)

// Settings are what applies to one post: its schema and how each rule is
// set, after the overrides that match it.
type Settings struct {
	// Schema is the absolute path of the post schema, or "" for the
	// built-in one.
	Schema string
	Rules  map[string]RuleSetting
	// Key names the combination of overrides that made these settings;
	// posts with the same Key share them.
	Key string
}

// For returns the settings of the post at path (absolute, or relative to
// the working directory). A nil Config gives the defaults.
func (c *Config) For(path string) Settings {
	if c == nil {
		return Settings{}
	}
	s := Settings{Schema: c.Schema, Rules: c.Rules}
	rel, ok := c.rel(path)
	if !ok {
		return s
	}
	var key []string
	for i, o := range c.Overrides {
		if !matchAny(o.Files, rel) {
			continue
		}
		key = append(key, strconv.Itoa(i))
		if o.Schema != "" {
			s.Schema = o.Schema
		}
		s.Rules = mergeRules(s.Rules, o.Rules)
	}
	s.Key = strings.Join(key, ",")
	return s
}

// Excluded reports whether a walked file matches an exclude glob.
func (c *Config) Excluded(path string) bool {
	if c == nil || len(c.Exclude) == 0 {
		return false
	}
	rel, ok := c.rel(path)
	return ok && matchAny(c.Exclude, rel)
}

// rel returns path relative to the configuration's directory, with
// slashes, and whether it is inside it.
func (c *Config) rel(path string) (string, bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(c.Dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

func matchAny(globs []string, rel string) bool {
	for _, g := range globs {
		if matchGlob(g, rel) {
			return true
		}
	}
	return false
}

// mergeRules returns base with over's settings on top: a severity or
// options set in over replace those of base.
func mergeRules(base, over map[string]RuleSetting) map[string]RuleSetting {
	out := make(map[string]RuleSetting, len(base)+len(over))
	for name, s := range base {
		out[name] = s
	}
	for name, s := range over {
		merged := out[name]
		if s.Severity != nil {
			merged.Severity = s.Severity
		}
		if s.Options != nil {
			merged.Options = s.Options
		}
		out[name] = merged
	}
	return out
}

// Apply returns the catalogue with these settings' severities, and the
// configured options by rule name. Rules keep their defaults otherwise.
func (s Settings) Apply(catalogue []*rule.Rule) ([]*rule.Rule, map[string]any) {
	rules := make([]*rule.Rule, len(catalogue))
	options := map[string]any{}
	for i, r := range catalogue {
		rules[i] = r
		set, ok := s.Rules[r.Name]
		if !ok {
			continue
		}
		if set.Severity != nil && *set.Severity != r.Severity {
			changed := *r
			changed.Severity = *set.Severity
			rules[i] = &changed
		}
		if set.Options != nil {
			options[r.Name] = set.Options
		}
	}
	return rules, options
}
