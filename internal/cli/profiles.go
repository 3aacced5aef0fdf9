package cli

import (
	"sync"

	"github.com/postlint/postlint/internal/config"
	"github.com/postlint/postlint/internal/lint"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/schema"
)

// profiles builds the linter for each combination of settings that the
// configuration gives posts, once, and shares it between the posts that
// have it. It is safe for concurrent use.
type profiles struct {
	cfg        *config.Config
	catalogue  []*rule.Rule
	flagSchema string // --schema, which wins over the configuration

	mu      sync.Mutex
	linters map[string]*lint.Linter
	schemas map[string]*schema.Schema
}

func newProfiles(cfg *config.Config, catalogue []*rule.Rule, flagSchema string) *profiles {
	return &profiles{cfg: cfg, catalogue: catalogue, flagSchema: flagSchema,
		linters: map[string]*lint.Linter{}, schemas: map[string]*schema.Schema{}}
}

// linterFor returns the linter for the post at path.
func (p *profiles) linterFor(path string) (*lint.Linter, error) {
	settings := p.cfg.For(path)
	p.mu.Lock()
	defer p.mu.Unlock()
	if l, ok := p.linters[settings.Key]; ok {
		return l, nil
	}
	s, err := p.schema(settings.Schema)
	if err != nil {
		return nil, err
	}
	rules, options := settings.Apply(p.catalogue)
	l, err := lint.NewLinter(rules, options, s)
	if err != nil {
		return nil, err
	}
	p.linters[settings.Key] = l
	return l, nil
}

// schema compiles a schema file once; --schema replaces the configured
// one, and "" means the built-in schema.
func (p *profiles) schema(path string) (*schema.Schema, error) {
	if p.flagSchema != "" {
		path = p.flagSchema
	}
	if s, ok := p.schemas[path]; ok {
		return s, nil
	}
	s, err := loadSchema(path)
	if err != nil {
		return nil, err
	}
	p.schemas[path] = s
	return s, nil
}

// rules returns the catalogue with the base configuration's severities,
// before any override.
func (p *profiles) rules() []*rule.Rule {
	var base config.Settings
	if p.cfg != nil {
		base.Rules = p.cfg.Rules
	}
	rules, _ := base.Apply(p.catalogue)
	return rules
}
