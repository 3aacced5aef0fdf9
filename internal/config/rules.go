package config

import (
	"fmt"
	"strings"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/rule"
)

// rules decodes a "rules" mapping: each rule name maps to a severity
// ("off", "info", "warning", "error") or to a mapping of "severity" and
// the rule's options.
func (p *parser) rules(ptr string, v any) map[string]RuleSetting {
	settings := map[string]RuleSetting{}
	m, ok := v.(map[string]any)
	if !ok {
		if v != nil {
			p.fail(ptr, "rules must map rule names to a severity or to options")
		}
		return settings
	}
	for _, name := range sortedKeys(m) {
		rulePtr := ptr + "/" + frontmatter.Pointer(name)[1:]
		r, known := p.catalogue[name]
		if !known {
			p.unknownKey(rulePtr, name, p.names, "rule")
			continue
		}
		if s, ok := p.rule(rulePtr, r, m[name]); ok {
			settings[name] = s
		}
	}
	return settings
}

func (p *parser) rule(ptr string, r *rule.Rule, v any) (RuleSetting, bool) {
	var s RuleSetting
	switch v := v.(type) {
	case string:
		sev, ok := p.severity(ptr, r, v)
		s.Severity = sev
		return s, ok
	case bool:
		if !v {
			off := rule.Off
			s.Severity = &off
			return s, true
		}
	case map[string]any:
		return p.ruleMapping(ptr, r, v)
	}
	p.fail(ptr, "rule %s must be set to off, info, warning or error, or to a mapping of severity and options", r.Name)
	return s, false
}

func (p *parser) severity(ptr string, r *rule.Rule, v any) (*rule.Severity, bool) {
	name, _ := v.(string)
	sev, err := rule.ParseSeverity(name)
	if err != nil {
		p.fail(ptr, "severity of %s must be off, info, warning or error, not %s", r.Name, describe(v))
		return nil, false
	}
	return &sev, true
}

func (p *parser) ruleMapping(ptr string, r *rule.Rule, m map[string]any) (RuleSetting, bool) {
	var s RuleSetting
	ok := true
	options := map[string]any{}
	for _, key := range sortedKeys(m) {
		if key == "severity" {
			s.Severity, ok = p.severity(ptr+"/severity", r, m[key])
			continue
		}
		options[key] = m[key]
	}
	if len(options) == 0 {
		return s, ok
	}
	if s.Severity == nil && r.Severity == rule.Off {
		p.failKey(ptr, "rule %s is off by default; give it a severity to turn it on: %s: { severity: warning, ... }", r.Name, r.Name)
		return s, false
	}
	opts, err := decodeOptions(r, options, func(key string) string { return ptr + "/" + frontmatter.Pointer(key)[1:] })
	if err != nil {
		var oe *optionError
		if asOptionError(err, &oe) {
			if oe.key {
				p.failKey(oe.pointer, "%s", oe.msg)
			} else {
				p.fail(oe.pointer, "%s", oe.msg)
			}
		} else {
			p.fail(ptr, "rule %s: %v", r.Name, err)
		}
		return s, false
	}
	s.Options = opts
	return s, ok
}

// overrides decodes the "overrides" list.
func (p *parser) overrides(ptr string, v any, dir string) []Override {
	list, ok := v.([]any)
	if !ok {
		p.fail(ptr, "overrides must be a list of entries with files: and rules: or schema:")
		return nil
	}
	var out []Override
	for i, e := range list {
		itemPtr := fmt.Sprintf("%s/%d", ptr, i)
		m, ok := e.(map[string]any)
		if !ok {
			p.fail(itemPtr, "an override must be a mapping with files: and rules: or schema:")
			continue
		}
		var o Override
		for _, key := range sortedKeys(m) {
			keyPtr := itemPtr + "/" + frontmatter.Pointer(key)[1:]
			switch key {
			case "files":
				o.Files = p.globs(keyPtr, m[key])
			case "schema":
				o.Schema = p.schemaPath(keyPtr, m[key], dir)
			case "rules":
				o.Rules = p.rules(keyPtr, m[key])
			default:
				p.unknownKey(keyPtr, key, []string{"files", "schema", "rules"}, "override key")
			}
		}
		if len(o.Files) == 0 {
			p.fail(itemPtr, "an override needs files: globs that say which posts it applies to")
		}
		out = append(out, o)
	}
	return out
}

// optionNames lists a rule's options for messages.
func optionNames(r *rule.Rule) string {
	fields := optionFields(r)
	if len(fields) == 0 {
		return "it has none"
	}
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	return "its options are " + strings.Join(names, ", ")
}
