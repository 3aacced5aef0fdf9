package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/schema"
	"github.com/postlint/postlint/internal/source"
	"github.com/postlint/postlint/internal/suggest"
	schemafiles "github.com/postlint/postlint/schema"
)

// topLevelKeys are the keys a configuration file may have.
var topLevelKeys = []string{"schema", "extensions", "exclude", "fail-on", "max-file-size", "site-root", "rules", "overrides"}

// parser checks one configuration file and collects its mistakes.
type parser struct {
	path      string
	fm        *frontmatter.FrontMatter
	lines     *source.LineIndex
	catalogue map[string]*rule.Rule
	names     []string
	errs      []error
}

// Parse decodes and checks a configuration file's contents; path names it
// in errors and gives the directory paths in it are relative to.
func Parse(path string, src []byte, catalogue []*rule.Rule) (*Config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	cfg := &Config{Path: path, Dir: filepath.Dir(abs), Rules: map[string]RuleSetting{}}
	p := &parser{path: path, lines: source.NewLineIndex(src), catalogue: map[string]*rule.Rule{}}
	for _, r := range catalogue {
		p.catalogue[r.Name] = r
		p.names = append(p.names, r.Name)
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, &Error{Path: path, Line: 1, Column: 1, Message: "not a YAML file: it contains NUL bytes"}
	}
	p.fm = frontmatter.DecodeYAML(src, p.lines)
	for _, prob := range p.fm.Problems {
		msg := strings.Replace(prob.Message, "front matter is not valid YAML", "not valid YAML", 1)
		p.failAt(prob.Span, "%s", strings.Replace(msg, "front matter", "the configuration", 1))
	}
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	top, ok := p.fm.Value.(map[string]any)
	if !ok && p.fm.Value != nil {
		p.fail("", "the configuration must be a mapping of keys such as rules: and schema:")
		return nil, errors.Join(p.errs...)
	}
	for _, key := range sortedKeys(top) {
		ptr := frontmatter.Pointer(key)
		value := top[key]
		switch key {
		case "schema":
			cfg.Schema = p.schemaPath(ptr, value, cfg.Dir)
		case "extensions":
			cfg.Extensions = p.extensions(ptr, value)
		case "exclude":
			cfg.Exclude = p.globs(ptr, value)
		case "fail-on":
			cfg.FailOn = p.failOn(ptr, value)
		case "rules":
			cfg.Rules = p.rules(ptr, value)
		case "max-file-size":
			cfg.MaxFileSize = p.size(ptr, value)
		case "site-root":
			cfg.SiteRoot = p.siteRoot(ptr, value, cfg.Dir)
		case "overrides":
			cfg.Overrides = p.overrides(ptr, value, cfg.Dir)
		default:
			p.unknownKey(ptr, key, topLevelKeys, "configuration key")
		}
	}
	if len(p.errs) == 0 && p.fm.Value != nil {
		p.checkSchema()
	}
	if len(p.errs) > 0 {
		slices.SortStableFunc(p.errs, func(a, b error) int {
			ea, eb := a.(*Error), b.(*Error)
			if ea.Line != eb.Line {
				return ea.Line - eb.Line
			}
			return ea.Column - eb.Column
		})
		return nil, errors.Join(p.errs...)
	}
	return cfg, nil
}

var (
	configSchemaOnce sync.Once
	configSchema     *schema.Schema
	configSchemaErr  error
)

// checkSchema validates the file against the embedded configuration
// schema, which says the same as the checks above; it catches what they
// might miss.
func (p *parser) checkSchema() {
	configSchemaOnce.Do(func() {
		configSchema, configSchemaErr = schema.Compile("config", schemafiles.ConfigID, schemafiles.Config)
	})
	if configSchemaErr != nil {
		p.errs = append(p.errs, &Error{Path: p.path, Line: 1, Column: 1, Message: configSchemaErr.Error()})
		return
	}
	for _, f := range configSchema.Validate(p.fm) {
		p.failAt(f.Span, "%s", f.Message)
	}
}

func (p *parser) failAt(s source.Span, format string, args ...any) {
	pos := p.lines.Position(s.Start)
	p.errs = append(p.errs, &Error{Path: p.path, Line: pos.Line, Column: pos.Column, Message: fmt.Sprintf(format, args...)})
}

// fail reports a mistake in the value at pointer.
func (p *parser) fail(pointer, format string, args ...any) {
	s, ok := p.fm.ValueSpan(pointer)
	if !ok || pointer == "" {
		s = source.Span{}
	}
	p.failAt(s, format, args...)
}

// failKey reports a mistake in the key that names pointer.
func (p *parser) failKey(pointer, format string, args ...any) {
	if s, ok := p.fm.KeySpan(pointer); ok {
		p.failAt(s, format, args...)
		return
	}
	p.fail(pointer, format, args...)
}

func (p *parser) unknownKey(pointer, key string, known []string, what string) {
	msg := fmt.Sprintf("unknown %s %q", what, key)
	if best := suggest.Closest(key, known); best != "" {
		msg += fmt.Sprintf("; did you mean %q?", best)
	} else {
		msg += fmt.Sprintf(" (known: %s)", strings.Join(known, ", "))
	}
	p.failKey(pointer, "%s", msg)
}

func (p *parser) schemaPath(ptr string, v any, dir string) string {
	s, ok := v.(string)
	if !ok || strings.TrimSpace(s) == "" {
		p.fail(ptr, "schema must be the path of a JSON Schema file")
		return ""
	}
	if filepath.IsAbs(s) {
		return s
	}
	return filepath.Join(dir, filepath.FromSlash(s))
}

// siteRoot decodes the site-root directory, relative to dir. Whether it
// exists is checked when a run walks it.
func (p *parser) siteRoot(ptr string, v any, dir string) string {
	s, ok := v.(string)
	if !ok || strings.TrimSpace(s) == "" {
		p.fail(ptr, "site-root must be the path of a directory, such as content")
		return ""
	}
	if filepath.IsAbs(s) {
		return filepath.Clean(s)
	}
	return filepath.Join(dir, filepath.FromSlash(s))
}

func (p *parser) extensions(ptr string, v any) []string {
	list := p.strings(ptr, v, "extensions")
	for i, e := range list {
		if !strings.HasPrefix(e, ".") || len(e) < 2 || strings.ContainsAny(e, "/\\*") {
			p.fail(frontmatter.Pointer("extensions", fmt.Sprint(i)), "extension %q must look like .md", e)
		}
	}
	return list
}

func (p *parser) globs(ptr string, v any) []string {
	list := p.strings(ptr, v, strings.TrimPrefix(ptr, "/"))
	for i, g := range list {
		if err := checkGlob(g); err != nil {
			p.fail(ptr+"/"+fmt.Sprint(i), "bad glob %q: %v", g, err)
		}
	}
	return list
}

// strings decodes a list of strings, or one string as a list of one.
func (p *parser) strings(ptr string, v any, name string) []string {
	if s, ok := v.(string); ok {
		return []string{s}
	}
	list, ok := v.([]any)
	if !ok {
		p.fail(ptr, "%s must be a list of strings", name)
		return nil
	}
	out := make([]string, 0, len(list))
	for i, e := range list {
		s, ok := e.(string)
		if !ok {
			p.fail(ptr+"/"+fmt.Sprint(i), "%s must be a list of strings", name)
			continue
		}
		out = append(out, s)
	}
	return out
}

var failLevels = []string{"error", "warning", "info", "none"}

func (p *parser) failOn(ptr string, v any) string {
	s, _ := v.(string)
	if !slices.Contains(failLevels, s) {
		p.fail(ptr, "fail-on must be one of %s, not %s", strings.Join(failLevels, ", "), describe(v))
		return ""
	}
	return s
}

// describe shows a decoded value in a message.
func describe(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
