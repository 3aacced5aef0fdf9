package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// SARIF constants: the schema URL GitHub documents, the format version,
// the base id of relative artifact URIs and the fingerprint key.
const (
	sarifSchema      = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion     = "2.1.0"
	sarifSourceRoot  = "%SRCROOT%"
	sarifFingerprint = "postlint/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	Invocations        []sarifInvocation                `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds"`
	Results            json.RawMessage                  `json:"results"` // streamMarker
	ColumnKind         string                           `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string                `json:"name"`
	Version         string                `json:"version,omitempty"`
	SemanticVersion string                `json:"semanticVersion,omitempty"`
	InformationURI  string                `json:"informationUri,omitempty"`
	Rules           []sarifRuleDescriptor `json:"rules"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
}

// sarifLocation is a location object. ID, from 1, and Message are set
// only in a result's relatedLocations.
type sarifLocation struct {
	ID               int                   `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

// sarifArtifactLocation is an artifactLocation: a file, or in
// originalUriBaseIds a base directory, which may be only described.
type sarifArtifactLocation struct {
	URI         string        `json:"uri,omitempty"`
	URIBaseID   string        `json:"uriBaseId,omitempty"`
	Description *sarifMessage `json:"description,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifFix struct {
	Description     *sarifMessage         `json:"description,omitempty"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion   `json:"deletedRegion"`
	InsertedContent *sarifMessage `json:"insertedContent,omitempty"`
}

// SARIF writes r to w as a SARIF 2.1.0 log with exactly one run, in the
// form GitHub code scanning accepts: every rule in tool.driver.rules,
// results with repository-relative locations, fingerprints and fixes, and
// one invocation that carries the run's notifications. Results is [] when
// there are no findings.
//
// A finding's related places become the result's relatedLocations, with
// ids from 1, located as the result is. Code scanning shows a related
// location only through a link to its id embedded in the message, so the
// message names the first three as links, as in
// "... (also: [b.md:3](1), [c.md:7](2) and 2 more)"; the fingerprint is
// computed from the message without them.
func SARIF(w io.Writer, r *Report) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:            r.Tool.Name,
			Version:         r.Tool.Version,
			SemanticVersion: semanticVersion(r.Tool.Version),
			InformationURI:  r.Tool.InformationURI,
			Rules:           sarifRules(r),
		}},
		Invocations:        []sarifInvocation{sarifInvocationOf(r)},
		OriginalURIBaseIDs: map[string]sarifArtifactLocation{sarifSourceRoot: sourceRootLocation(r.SourceRoot)},
		Results:            streamMarker,
		ColumnKind:         "unicodeCodePoints",
	}
	log := sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}
	return writeStreamed(w, log, sarifResults(r))
}

// sarifResults yields the results of r's findings.
func sarifResults(r *Report) iter.Seq[sarifResult] {
	return func(yield func(sarifResult) bool) {
		index := make(map[string]int, len(r.Rules))
		for i, rl := range r.Rules {
			index[rl.Name] = i
		}
		// A fingerprint hashes the path, so that its count is per post:
		// seen starts again with each post's findings, which come together.
		seen := make(map[string]int)
		last := ""
		for f := range r.All() {
			if f.Path != last {
				clear(seen)
				last = f.Path
			}
			if !yield(toSARIFResult(r, index, seen, f)) {
				return
			}
		}
	}
}

// toSARIFResult returns the result of the finding f.
func toSARIFResult(r *Report, index map[string]int, seen map[string]int, f rule.Finding) sarifResult {
	loc := artifactLocation(r, f.Path)
	res := sarifResult{
		RuleID:  f.Rule,
		Level:   sarifLevel(f.Severity),
		Message: sarifMessage{Text: f.Message},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
			ArtifactLocation: loc,
			Region:           toSARIFRegion(f.Range),
		}}},
		PartialFingerprints: map[string]string{sarifFingerprint: fingerprint(seen, f.Rule, loc.URI, f.Message)},
	}
	if i, ok := index[f.Rule]; ok {
		res.RuleIndex = &i
	}
	if len(f.Related) > 0 {
		res.RelatedLocations = sarifRelated(r, f.Related)
		res.Message.Text += alsoHint(f, func(i int, path string, line int) string {
			return fmt.Sprintf("[%s:%d](%d)", escapeLinkText(path), line, i+1)
		})
	}
	if fix := toSARIFFix(f.Fix, loc); fix != nil {
		res.Fixes = []sarifFix{*fix}
	}
	return res
}

// fingerprint returns the postlint/v1 fingerprint of a result: the first
// 16 bytes of the SHA-256 of its rule, URI and message, in hex, then ":n"
// where n counts the results with the same hash so far, from 1. It has no
// line number, so that it survives edits elsewhere in the post.
func fingerprint(seen map[string]int, ruleName, uri, message string) string {
	sum := sha256.Sum256([]byte(ruleName + "\x00" + uri + "\x00" + message))
	h := hex.EncodeToString(sum[:16])
	seen[h]++
	return fmt.Sprintf("%s:%d", h, seen[h])
}

// sarifRelated returns the related locations of a result, with ids from 1
// in the order of related.
func sarifRelated(r *Report, related []rule.Related) []sarifLocation {
	out := make([]sarifLocation, len(related))
	for i, rel := range related {
		out[i] = sarifLocation{ID: i + 1, PhysicalLocation: sarifPhysicalLocation{
			ArtifactLocation: artifactLocation(r, rel.Path),
			Region:           toSARIFRegion(rel.Range),
		}}
		if rel.Message != "" {
			out[i].Message = &sarifMessage{Text: rel.Message}
		}
	}
	return out
}

// linkTextEscaper escapes what SARIF's plain text embedded links do not
// allow unescaped in link text (SARIF 2.1.0 section 3.11.6).
var linkTextEscaper = strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`)

// escapeLinkText escapes s for the text of an embedded link.
func escapeLinkText(s string) string { return linkTextEscaper.Replace(s) }

func toSARIFRegion(r source.Range) *sarifRegion {
	r = validRange(r)
	return &sarifRegion{StartLine: r.Start.Line, StartColumn: r.Start.Column, EndLine: r.End.Line, EndColumn: r.End.Column}
}

func toSARIFFix(fix *rule.Fix, loc sarifArtifactLocation) *sarifFix {
	if fix == nil || len(fix.Edits) == 0 {
		return nil // a fix without replacements is not valid SARIF
	}
	change := sarifArtifactChange{ArtifactLocation: loc}
	for _, e := range fix.Edits {
		rep := sarifReplacement{DeletedRegion: *toSARIFRegion(e.Range)}
		if e.NewText != "" {
			rep.InsertedContent = &sarifMessage{Text: e.NewText}
		}
		change.Replacements = append(change.Replacements, rep)
	}
	out := &sarifFix{ArtifactChanges: []sarifArtifactChange{change}}
	if fix.Description != "" {
		out.Description = &sarifMessage{Text: fix.Description}
	}
	return out
}

func sarifInvocationOf(r *Report) sarifInvocation {
	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, n := range r.Notifications {
		if n.Level == rule.Error {
			inv.ExecutionSuccessful = false
		}
		sn := sarifNotification{Level: notificationLevel(n.Level), Message: sarifMessage{Text: n.Message}}
		if n.Path != "" {
			sn.Locations = []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: artifactLocation(r, n.Path)}}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sn)
	}
	return inv
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s rule.Severity) string {
	switch s {
	case rule.Error:
		return "error"
	case rule.Warning:
		return "warning"
	case rule.Info:
		return "note"
	default:
		return "none"
	}
}
