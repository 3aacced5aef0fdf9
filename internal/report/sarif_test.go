package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sarifSchemaPath is the OASIS SARIF 2.1.0 schema (errata 01, draft-04),
// kept in the shared folder beside the repository.
const sarifSchemaPath = "../../../shared/schemas/sarif-2.1.0.json"

// sarifDoc is the part of a SARIF log that the Go checks read.
type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name, SemanticVersion string
				Rules                 []struct {
					ID, Name, HelpURI string
					ShortDescription  struct{ Text string }
					FullDescription   struct{ Text string }
					Help              struct{ Text, Markdown string }
					// DefaultConfiguration keeps "enabled" absent apart
					// from false.
					DefaultConfiguration struct {
						Level   string
						Enabled *bool
					}
				}
			}
		}
		Invocations []struct {
			ExecutionSuccessful        bool
			ToolExecutionNotifications []json.RawMessage
		}
		OriginalURIBaseIDs map[string]struct {
			URI         string
			Description *struct{ Text string }
		} `json:"originalUriBaseIds"`
		Results *[]struct {
			RuleID              string
			RuleIndex           *int
			Level               string
			Message             struct{ Text string }
			Locations           []sarifDocLocation
			RelatedLocations    []sarifDocLocation
			PartialFingerprints map[string]string
			Fixes               []struct {
				ArtifactChanges []struct {
					Replacements []struct {
						DeletedRegion   sarifRegion
						InsertedContent *struct{ Text string }
					}
				}
			}
		}
		ColumnKind string
	}
}

// sarifDocLocation is a location or a related location of a result.
type sarifDocLocation struct {
	ID               int
	PhysicalLocation struct {
		ArtifactLocation struct{ URI, URIBaseID string }
		Region           *sarifRegion
	}
	Message *struct{ Text string }
}

func writeSARIF(t *testing.T, r *Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := SARIF(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func decodeSARIF(t *testing.T, data []byte) sarifDoc {
	t.Helper()
	var doc sarifDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestSARIFGolden(t *testing.T) {
	checkGolden(t, "findings.sarif", writeSARIF(t, fixture()))
	checkGolden(t, "clean.sarif", writeSARIF(t, clean()))
}

func TestSARIFSchema(t *testing.T) {
	if _, err := os.Stat(sarifSchemaPath); err != nil {
		t.Skipf("no SARIF schema: %v", err)
	}
	sch := compileSchema(t, sarifSchemaPath)
	for _, golden := range []string{"findings.sarif", "clean.sarif"} {
		validateFile(t, sch, filepath.Join("testdata", golden))
	}
	rooted := writeSARIF(t, rootedFixture())
	var doc any
	if err := json.Unmarshal(rooted, &doc); err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(doc); err != nil {
		t.Errorf("SARIF with a source root: %#v", err)
	}
	// The schema must be able to reject what the printer guards against.
	bad := strings.Replace(string(rooted), `"startLine": 3`, `"startLine": 0`, 1)
	if err := json.Unmarshal([]byte(bad), &doc); err != nil {
		t.Fatal(err)
	}
	if sch.Validate(doc) == nil {
		t.Error("schema accepted startLine 0")
	}
}

// TestSARIFGitHub checks what GitHub code scanning needs beyond the schema.
func TestSARIFGitHub(t *testing.T) {
	for _, golden := range []string{"findings.sarif", "clean.sarif"} {
		data, err := os.ReadFile(filepath.Join("testdata", golden))
		if err != nil {
			t.Fatal(err)
		}
		checkSARIF(t, golden, decodeSARIF(t, data))
	}
	checkSARIF(t, "rooted", decodeSARIF(t, writeSARIF(t, rootedFixture())))
}

func checkSARIF(t *testing.T, name string, doc sarifDoc) {
	t.Helper()
	if doc.Version != "2.1.0" || doc.Schema != "https://json.schemastore.org/sarif-2.1.0.json" {
		t.Errorf("%s: version %q, $schema %q", name, doc.Version, doc.Schema)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("%s: %d runs, want 1", name, len(doc.Runs))
	}
	run := doc.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("%s: columnKind %q", name, run.ColumnKind)
	}
	if run.Results == nil {
		t.Fatalf("%s: no results array", name)
	}
	if len(run.Invocations) != 1 {
		t.Errorf("%s: %d invocations, want 1", name, len(run.Invocations))
	}
	if _, ok := run.OriginalURIBaseIDs["%SRCROOT%"]; !ok {
		t.Errorf("%s: no %%SRCROOT%% in originalUriBaseIds", name)
	}
	rules := run.Tool.Driver.Rules
	if len(rules) != len(fixtureRules()) {
		t.Errorf("%s: %d rules, want %d", name, len(rules), len(fixtureRules()))
	}
	for _, r := range rules {
		if r.Help.Text == "" || r.ShortDescription.Text == "" || r.FullDescription.Text == "" {
			t.Errorf("%s: rule %s lacks help or a description", name, r.ID)
		}
	}
	fingerprints := make(map[string]bool)
	for i, res := range *run.Results {
		if res.RuleIndex == nil || *res.RuleIndex >= len(rules) || rules[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("%s: result %d: ruleId %q does not match ruleIndex %v", name, i, res.RuleID, res.RuleIndex)
		}
		if res.Message.Text == "" || len(res.Locations) != 1 {
			t.Errorf("%s: result %d: no message or not one location", name, i)
			continue
		}
		loc := res.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || strings.Contains(loc.ArtifactLocation.URI, ":") {
			t.Errorf("%s: result %d: location %+v is not relative to %%SRCROOT%%", name, i, loc.ArtifactLocation)
		}
		checkRegion(t, name, loc.Region)
		checkRelated(t, fmt.Sprintf("%s: result %d", name, i), res.Message.Text, res.RelatedLocations)
		fp := res.PartialFingerprints["postlint/v1"]
		if fp == "" || fingerprints[fp] {
			t.Errorf("%s: result %d: fingerprint %q missing or repeated", name, i, fp)
		}
		fingerprints[fp] = true
		for _, fix := range res.Fixes {
			for _, ch := range fix.ArtifactChanges {
				for _, rep := range ch.Replacements {
					checkRegion(t, name, &rep.DeletedRegion)
				}
			}
		}
	}
}

// embeddedLink matches the destination of an embedded link to a
// location of the result: "](3)".
var embeddedLink = regexp.MustCompile(`\]\((\d+)\)`)

// checkRelated checks a result's related locations: ids 1, 2, 3 and on,
// relative to %SRCROOT%, with a region and a message; and that every
// embedded link of the result's message refers to one of them.
func checkRelated(t *testing.T, name, message string, related []sarifDocLocation) {
	t.Helper()
	for i, rel := range related {
		if rel.ID != i+1 {
			t.Errorf("%s: related location %d has id %d, want %d", name, i, rel.ID, i+1)
		}
		if loc := rel.PhysicalLocation.ArtifactLocation; loc.URIBaseID != "%SRCROOT%" || strings.Contains(loc.URI, ":") {
			t.Errorf("%s: related location %+v is not relative to %%SRCROOT%%", name, loc)
		}
		if rel.Message == nil || rel.Message.Text == "" {
			t.Errorf("%s: related location %d has no message", name, i)
		}
		checkRegion(t, name, rel.PhysicalLocation.Region)
	}
	for _, m := range embeddedLink.FindAllStringSubmatch(message, -1) {
		if id, _ := strconv.Atoi(m[1]); id < 1 || id > len(related) {
			t.Errorf("%s: message links to location %d, which is not a related location: %q", name, id, message)
		}
	}
}

func checkRegion(t *testing.T, name string, r *sarifRegion) {
	t.Helper()
	switch {
	case r == nil:
		t.Errorf("%s: a result has no region", name)
	case r.StartLine < 1 || r.StartColumn < 1:
		t.Errorf("%s: region %+v starts before 1:1", name, *r)
	case r.EndLine < r.StartLine || r.EndLine == r.StartLine && r.EndColumn < r.StartColumn:
		t.Errorf("%s: region %+v ends before it starts", name, *r)
	}
}
