package report

import (
	"encoding/json"
	"io"

	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// jsonVersion is the version of the JSON report format, written as its
// "version" field and described by schema/report.schema.json. It changes
// only when a field is removed or changes meaning.
const jsonVersion = 1

type jsonReport struct {
	Version       int                `json:"version"`
	Tool          jsonTool           `json:"tool"`
	Summary       jsonSummary        `json:"summary"`
	Findings      json.RawMessage    `json:"findings"` // streamMarker
	Notifications []jsonNotification `json:"notifications"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonSummary struct {
	Posts    int `json:"posts"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

type jsonFinding struct {
	Path string `json:"path"`
	jsonRange
	Rule     string        `json:"rule"`
	Severity string        `json:"severity"`
	Message  string        `json:"message"`
	Related  []jsonRelated `json:"related,omitempty"`
	Fix      *jsonFix      `json:"fix,omitempty"`
}

// jsonRelated is another place a finding involves, located as the
// finding is.
type jsonRelated struct {
	Path string `json:"path"`
	jsonRange
	Message string `json:"message"`
}

// jsonRange is embedded so that its fields sit beside the others.
type jsonRange struct {
	Line      int `json:"line"`
	Column    int `json:"column"`
	EndLine   int `json:"endLine"`
	EndColumn int `json:"endColumn"`
}

type jsonFix struct {
	Description string     `json:"description"`
	Edits       []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	jsonRange
	Text string `json:"text"`
}

type jsonNotification struct {
	Path    string `json:"path,omitempty"`
	Level   string `json:"level"`
	Message string `json:"message"`
}

// JSON writes r to w as one pretty-printed JSON document described by
// schema/report.schema.json: the tool, a summary, the findings and the
// notifications. Both lists are [] rather than null when empty. A finding
// with related places lists them all under "related"; the key is absent
// otherwise.
func JSON(w io.Writer, r *Report) error {
	c := r.Count()
	doc := jsonReport{
		Version:       jsonVersion,
		Tool:          jsonTool{Name: r.Tool.Name, Version: r.Tool.Version},
		Summary:       jsonSummary{Posts: r.Posts, Errors: c.Errors, Warnings: c.Warnings, Infos: c.Infos},
		Findings:      streamMarker,
		Notifications: make([]jsonNotification, 0, len(r.Notifications)),
	}
	for _, n := range r.Notifications {
		doc.Notifications = append(doc.Notifications, jsonNotification{
			Path:    n.Path,
			Level:   notificationLevel(n.Level),
			Message: n.Message,
		})
	}
	return writeStreamed(w, doc, func(yield func(jsonFinding) bool) {
		for f := range r.All() {
			if !yield(toJSONFinding(f)) {
				return
			}
		}
	})
}

func toJSONFinding(f rule.Finding) jsonFinding {
	return jsonFinding{
		Path:      f.Path,
		jsonRange: toJSONRange(f.Range),
		Rule:      f.Rule,
		Severity:  f.Severity.String(),
		Message:   f.Message,
		Related:   toJSONRelated(f.Related),
		Fix:       toJSONFix(f.Fix),
	}
}

func toJSONRange(r source.Range) jsonRange {
	r = validRange(r)
	return jsonRange{Line: r.Start.Line, Column: r.Start.Column, EndLine: r.End.Line, EndColumn: r.End.Column}
}

func toJSONRelated(related []rule.Related) []jsonRelated {
	if len(related) == 0 {
		return nil
	}
	out := make([]jsonRelated, len(related))
	for i, rel := range related {
		out[i] = jsonRelated{Path: rel.Path, jsonRange: toJSONRange(rel.Range), Message: rel.Message}
	}
	return out
}

func toJSONFix(fix *rule.Fix) *jsonFix {
	if fix == nil {
		return nil
	}
	out := &jsonFix{Description: fix.Description, Edits: make([]jsonEdit, 0, len(fix.Edits))}
	for _, e := range fix.Edits {
		out.Edits = append(out.Edits, jsonEdit{jsonRange: toJSONRange(e.Range), Text: e.NewText})
	}
	return out
}

// notificationLevel names a notification's level: "error" for rule.Error,
// "warning" for anything less.
func notificationLevel(s rule.Severity) string {
	if s == rule.Error {
		return "error"
	}
	return "warning"
}
