package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// Finding is one finding of either tool, reduced to what the comparison
// needs. Rule is always postlint's name.
type Finding struct {
	Path    string // relative to the corpus root, slash-separated
	Line    int    // 1-based
	Column  int    // 1-based; 0 when the tool gives none
	Rule    string // postlint's rule name
	Message string // as the tool words it
}

// readPostlint reads a postlint JSON report and keeps the findings of the
// compared rules.
func readPostlint(r io.Reader, root string) ([]Finding, error) {
	var doc struct {
		Findings []struct {
			Path    string `json:"path"`
			Line    int    `json:"line"`
			Column  int    `json:"column"`
			Rule    string `json:"rule"`
			Message string `json:"message"`
		} `json:"findings"`
	}
	if err := json.NewDecoder(r).Decode(&doc); err != nil {
		return nil, fmt.Errorf("not a postlint JSON report: %w", err)
	}
	var out []Finding
	for _, f := range doc.Findings {
		if _, ok := pairByRule(f.Rule); !ok {
			continue
		}
		out = append(out, Finding{Path: normalize(f.Path, root), Line: f.Line, Column: f.Column, Rule: f.Rule, Message: f.Message})
	}
	return out, nil
}

// readMarkdownlint reads the array written by markdownlint-cli2-formatter-json
// and keeps the findings of the compared rules, renamed to postlint's names.
// The message is worded as markdownlint-cli2's default formatter words it.
func readMarkdownlint(r io.Reader, root string) ([]Finding, error) {
	var results []struct {
		FileName        string   `json:"fileName"`
		LineNumber      int      `json:"lineNumber"`
		RuleNames       []string `json:"ruleNames"`
		RuleDescription string   `json:"ruleDescription"`
		ErrorDetail     *string  `json:"errorDetail"`
		ErrorContext    *string  `json:"errorContext"`
		ErrorRange      []int    `json:"errorRange"`
	}
	if err := json.NewDecoder(r).Decode(&results); err != nil {
		return nil, fmt.Errorf("not a markdownlint-cli2-formatter-json report: %w", err)
	}
	var out []Finding
	for _, res := range results {
		if len(res.RuleNames) == 0 {
			continue
		}
		p, ok := pairByMD(res.RuleNames[0])
		if !ok {
			continue
		}
		msg := strings.Join(res.RuleNames, "/") + " " + res.RuleDescription
		if res.ErrorDetail != nil && *res.ErrorDetail != "" {
			msg += " [" + *res.ErrorDetail + "]"
		}
		if res.ErrorContext != nil && *res.ErrorContext != "" {
			msg += fmt.Sprintf(" [Context: %q]", *res.ErrorContext)
		}
		col := 0
		if len(res.ErrorRange) > 0 {
			col = res.ErrorRange[0]
		}
		out = append(out, Finding{Path: normalize(res.FileName, root), Line: res.LineNumber, Column: col, Rule: p.Rule, Message: msg})
	}
	return out, nil
}

// normalize returns path relative to root with forward slashes. Relative
// paths are taken to be relative to root already.
func normalize(path, root string) string {
	path = filepath.FromSlash(strings.ReplaceAll(path, `\`, "/"))
	if filepath.IsAbs(path) && root != "" {
		if rel, err := filepath.Rel(root, path); err == nil && !strings.HasPrefix(rel, "..") {
			path = rel
		}
	}
	return filepath.ToSlash(filepath.Clean(path))
}
