package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// fuzzInput is what the report fuzz targets build a report from: the
// strings a post and a rule put in a finding, the numbers of its range,
// and bits that choose how many findings, which rules and severities,
// fixes, notifications and roots.
type fuzzInput struct {
	path, message, fixText, notice string
	line, col, endLine, endCol     int
	bits                           uint
}

// addReportSeeds adds seeds that reach every branch of fuzzReport.
func addReportSeeds(f *testing.F) {
	for _, in := range []fuzzInput{
		{"content/posts/café au lait.md", `"TODO" left in prose`, "to", "cannot read: permission denied", 3, 5, 3, 9, 0},
		{"a%b:c,d e.md", trickyMessage, "\n", "skipped: a binary file", 5, 1, 6, 20, 0b1111_1111},
		{"../outside/x.md", "line\r\nbreak\x1b[31m", "", "", 0, 0, -1, -7, 0b1010_0101},
		{"/abs/path/ü.md", "::error::injected", "%0A", "rule x failed: panic: boom\ngoroutine 1", 1 << 40, -1 << 40, 2, 1, 0b0101_1010},
		{"\xff\xfe.md", "\xff", "\x00", "\t", 1, 1, 1, 1, 0b1100_0011},
		{"c:d/[x]?#.md", "%25", "a\rb", "%", 2, 3, 2, 3, 0b0011_1100},
	} {
		f.Add(in.path, in.message, in.fixText, in.notice, in.line, in.col, in.endLine, in.endCol, in.bits)
	}
}

// fuzzReport builds a report of well-formed findings as the runner makes
// them (a non-empty path and message, a catalogue rule or one the report
// does not list, a severity from info to error), with ranges made of any
// numbers, which printers must clamp, and with one to five related places
// on some findings.
func fuzzReport(in fuzzInput) *Report {
	if in.path == "" {
		in.path = "p.md"
	}
	if in.message == "" {
		in.message = "m"
	}
	rules := fixtureRules()
	r := &Report{Tool: fixtureTool(), Rules: rules, Posts: int(in.bits % 1000)}
	switch (in.bits >> 1) % 4 {
	case 1:
		r.WorkDir, r.SourceRoot = "/repo/site", "/repo"
	case 2:
		r.WorkDir, r.SourceRoot = "/elsewhere", "/repo"
	case 3:
		r.WorkDir = "/repo"
	}
	paths := []string{in.path, "dir/" + in.path, "/abs/" + in.path, "../" + in.path}
	n := 1 + int(in.bits>>3)%6
	for i := range n {
		name := "unknown-rule"
		if k := (int(in.bits) + i) % (len(rules) + 1); k < len(rules) {
			name = rules[k].Name
		}
		f := rule.Finding{
			Path:     paths[(int(in.bits>>5)+i)%len(paths)],
			Rule:     name,
			Severity: rule.Info + rule.Severity((int(in.bits)+i)%3),
			Message:  in.message,
			Range:    fuzzRange(in.line+i, in.col, in.endLine+i, in.endCol),
		}
		if (int(in.bits)>>i)&1 == 1 {
			f.Fix = &rule.Fix{Description: in.fixText, Edits: []rule.Edit{
				{Range: fuzzRange(in.line, in.col, in.endLine, in.endCol), NewText: in.fixText},
				{Range: fuzzRange(in.endLine, in.endCol, in.endLine+1, 1)},
			}}
		}
		if (int(in.bits)>>(i+1))&3 == 3 {
			for j := range 1 + int(in.bits>>4)%5 {
				f.Related = append(f.Related, rule.Related{
					Path:    paths[(i+j)%len(paths)],
					Range:   fuzzRange(in.endLine+j, in.endCol, in.line, in.col),
					Message: in.notice,
				})
			}
		}
		r.Findings = append(r.Findings, f)
	}
	if in.notice != "" {
		r.Notifications = append(r.Notifications,
			Notification{Path: paths[int(in.bits>>2)%len(paths)], Level: rule.Severity(in.bits % 4), Message: in.notice},
			Notification{Level: rule.Warning, Message: in.notice})
	}
	return r
}

func fuzzRange(line, col, endLine, endCol int) source.Range {
	return source.Range{Start: source.Position{Line: line, Column: col}, End: source.Position{Line: endLine, Column: endCol}}
}

// asJSON returns s as encoding/json writes it: each byte of invalid UTF-8
// becomes U+FFFD.
func asJSON(s string) string {
	var b strings.Builder
	for _, c := range s {
		b.WriteRune(c)
	}
	return b.String()
}

// FuzzJSON checks that the JSON report of any findings is one JSON
// document that the published report schema accepts, with every finding
// and notification in it as given and positions clamped to 1 or more.
func FuzzJSON(f *testing.F) {
	addReportSeeds(f)
	sch := fuzzSchema(f, "../../schema/report.schema.json")
	f.Fuzz(func(t *testing.T, path, message, fixText, notice string, line, col, endLine, endCol int, bits uint) {
		r := fuzzReport(fuzzInput{path, message, fixText, notice, line, col, endLine, endCol, bits})
		var buf bytes.Buffer
		if err := JSON(&buf, r); err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, buf.Bytes())
		}
		if err := sch.Validate(doc); err != nil {
			t.Fatalf("the report schema rejects the report: %v\n%s", err, buf.Bytes())
		}
		var got struct {
			Summary       jsonSummary        `json:"summary"`
			Findings      []jsonFinding      `json:"findings"`
			Notifications []jsonNotification `json:"notifications"`
		}
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Findings) != len(r.Findings) || len(got.Notifications) != len(r.Notifications) {
			t.Fatalf("%d findings and %d notifications, want %d and %d", len(got.Findings), len(got.Notifications), len(r.Findings), len(r.Notifications))
		}
		c := r.Count()
		if got.Summary != (jsonSummary{Posts: r.Posts, Errors: c.Errors, Warnings: c.Warnings, Infos: c.Infos}) {
			t.Fatalf("summary %+v for %+v", got.Summary, c)
		}
		for i, g := range got.Findings {
			w := r.Findings[i]
			if g.Path != asJSON(w.Path) || g.Message != asJSON(w.Message) || g.Rule != w.Rule || g.Severity != w.Severity.String() {
				t.Fatalf("finding %d is %+v, want %+v", i, g, w)
			}
			if want := toJSONRange(w.Range); g.jsonRange != want {
				t.Fatalf("finding %d at %+v, want %+v", i, g.jsonRange, want)
			}
			if len(g.Related) != len(w.Related) {
				t.Fatalf("finding %d has %d related places, want %d", i, len(g.Related), len(w.Related))
			}
			for j, rel := range g.Related {
				want := w.Related[j]
				if rel.Path != asJSON(want.Path) || rel.Message != asJSON(want.Message) || rel.jsonRange != toJSONRange(want.Range) {
					t.Fatalf("finding %d: related place %d is %+v, want %+v", i, j, rel, want)
				}
			}
		}
		for i, g := range got.Notifications {
			if w := r.Notifications[i]; g.Path != asJSON(w.Path) || g.Message != asJSON(w.Message) {
				t.Fatalf("notification %d is %+v, want %+v", i, g, w)
			}
		}
	})
}

// FuzzSARIF checks that the SARIF log of any findings is JSON that the
// SARIF 2.1.0 schema accepts (when the shared copy of it is here), and
// what GitHub needs beyond it: one result per finding with its rule,
// message and a region from 1:1 that does not end before it starts,
// unique fingerprints, and artifact URIs that are strict URI references
// naming the finding's file.
func FuzzSARIF(f *testing.F) {
	addReportSeeds(f)
	var sch *jsonschema.Schema
	if _, err := os.Stat(sarifSchemaPath); err == nil {
		sch = fuzzSchema(f, sarifSchemaPath)
	}
	f.Fuzz(func(t *testing.T, path, message, fixText, notice string, line, col, endLine, endCol int, bits uint) {
		r := fuzzReport(fuzzInput{path, message, fixText, notice, line, col, endLine, endCol, bits})
		var buf bytes.Buffer
		if err := SARIF(&buf, r); err != nil {
			t.Fatal(err)
		}
		var raw any
		if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, buf.Bytes())
		}
		if sch != nil {
			if err := sch.Validate(raw); err != nil {
				t.Fatalf("the SARIF schema rejects the log: %v\n%s", err, buf.Bytes())
			}
		}
		doc := decodeSARIF(t, buf.Bytes())
		if len(doc.Runs) != 1 || doc.Runs[0].Results == nil || len(*doc.Runs[0].Results) != len(r.Findings) {
			t.Fatalf("want one run with %d results:\n%s", len(r.Findings), buf.Bytes())
		}
		run := doc.Runs[0]
		fingerprints := make(map[string]bool)
		for i, res := range *run.Results {
			w := r.Findings[i]
			// The message may end with links to the related locations.
			if res.RuleID != w.Rule || !strings.HasPrefix(res.Message.Text, asJSON(w.Message)) ||
				len(w.Related) == 0 && res.Message.Text != asJSON(w.Message) || res.Level != sarifLevel(w.Severity) {
				t.Fatalf("result %d: rule %q, message %q, level %q; want %q, %q, %s", i, res.RuleID, res.Message.Text, res.Level, w.Rule, w.Message, w.Severity)
			}
			if res.RuleIndex != nil && run.Tool.Driver.Rules[*res.RuleIndex].ID != res.RuleID || res.RuleIndex == nil && w.Rule != "unknown-rule" {
				t.Fatalf("result %d: ruleIndex %v for %q", i, res.RuleIndex, res.RuleID)
			}
			if len(res.Locations) != 1 {
				t.Fatalf("result %d: %d locations", i, len(res.Locations))
			}
			loc := res.Locations[0].PhysicalLocation
			checkRegion(t, "fuzz", loc.Region)
			checkURI(t, r, w.Path, loc.ArtifactLocation.URI, loc.ArtifactLocation.URIBaseID)
			if len(res.RelatedLocations) != len(w.Related) {
				t.Fatalf("result %d: %d related locations, want %d", i, len(res.RelatedLocations), len(w.Related))
			}
			for j, rel := range res.RelatedLocations {
				if rel.ID != j+1 {
					t.Fatalf("result %d: related location %d has id %d", i, j, rel.ID)
				}
				checkRegion(t, "fuzz", rel.PhysicalLocation.Region)
				checkURI(t, r, w.Related[j].Path, rel.PhysicalLocation.ArtifactLocation.URI, rel.PhysicalLocation.ArtifactLocation.URIBaseID)
			}
			for _, m := range embeddedLink.FindAllStringSubmatch(strings.TrimPrefix(res.Message.Text, asJSON(w.Message)), -1) {
				if id, _ := strconv.Atoi(m[1]); id < 1 || id > len(w.Related) {
					t.Fatalf("result %d: message links to location %d: %q", i, id, res.Message.Text)
				}
			}
			fp := res.PartialFingerprints["postlint/v1"]
			if fp == "" || fingerprints[fp] {
				t.Fatalf("result %d: fingerprint %q missing or repeated", i, fp)
			}
			fingerprints[fp] = true
			for _, fix := range res.Fixes {
				for _, ch := range fix.ArtifactChanges {
					for _, rep := range ch.Replacements {
						checkRegion(t, "fuzz", &rep.DeletedRegion)
					}
				}
			}
		}
		inv := run.Invocations[0]
		if len(inv.ToolExecutionNotifications) != len(r.Notifications) {
			t.Fatalf("%d notifications, want %d", len(inv.ToolExecutionNotifications), len(r.Notifications))
		}
		failed := false
		for _, n := range r.Notifications {
			failed = failed || n.Level == rule.Error
		}
		if inv.ExecutionSuccessful == failed {
			t.Fatalf("executionSuccessful %v with notifications %+v", inv.ExecutionSuccessful, r.Notifications)
		}
	})
}

// checkURI checks that an artifact location names the file at path: a
// strict URI reference; relative to %SRCROOT%, or an absolute file URI
// when the file is outside the source root; and decoding to the path.
func checkURI(t *testing.T, r *Report, path, uri, base string) {
	t.Helper()
	if !isStrictURIReference(uri) {
		t.Fatalf("URI %q of %q is not a strict URI reference", uri, path)
	}
	u, err := url.Parse(uri)
	if err != nil {
		t.Fatalf("URI %q of %q: %v", uri, path, err)
	}
	switch {
	case base == "%SRCROOT%" && u.Scheme == "" && !strings.HasPrefix(uri, "/"):
		want := path
		if r.SourceRoot != "" {
			abs := path
			if !filepath.IsAbs(abs) {
				abs = filepath.Join(r.WorkDir, abs)
			}
			rel, _ := filepath.Rel(r.SourceRoot, abs)
			want = filepath.ToSlash(rel)
		}
		if u.Path != want {
			t.Fatalf("URI %q of %q decodes to %q, want %q", uri, path, u.Path, want)
		}
	case base == "" && u.Scheme == "file" && strings.HasPrefix(u.Path, "/"):
		abs := path
		if !filepath.IsAbs(abs) && r.SourceRoot != "" {
			abs = filepath.Join(r.WorkDir, abs)
		}
		if u.Path != filepath.ToSlash(filepath.Clean(abs)) && u.Path != filepath.ToSlash(abs) {
			t.Fatalf("URI %q of %q decodes to %q, want %q", uri, path, u.Path, abs)
		}
	default:
		t.Fatalf("URI %q (base %q) of %q is neither relative to %%SRCROOT%% nor an absolute file URI", uri, base, path)
	}
}

// command is the shape of one workflow command line.
var command = regexp.MustCompile(`^::(error|warning|notice)(?: ([^:]*))?::(.*)$`)

// FuzzGitHub checks that the workflow commands for any findings are one
// line each, free of control characters, a well-formed command whose
// properties and message unescape (as the runner does) to exactly the
// finding's file (relative to the repository root), position, title and
// text.
func FuzzGitHub(f *testing.F) {
	addReportSeeds(f)
	f.Fuzz(func(t *testing.T, path, message, fixText, notice string, line, col, endLine, endCol int, bits uint) {
		r := fuzzReport(fuzzInput{path, message, fixText, notice, line, col, endLine, endCol, bits})
		var buf bytes.Buffer
		if err := GitHub(&buf, r); err != nil {
			t.Fatal(err)
		}
		out := strings.TrimSuffix(buf.String(), "\n")
		lines := strings.Split(out, "\n")
		if len(lines) != len(r.Findings)+len(r.Notifications) || strings.Contains(out, "\r") {
			t.Fatalf("%d lines for %d findings and %d notifications:\n%q", len(lines), len(r.Findings), len(r.Notifications), out)
		}
		for i, l := range lines {
			if strings.ContainsFunc(l, isControl) {
				t.Fatalf("line %d holds a control character: %q", i, l)
			}
			m := command.FindStringSubmatch(l)
			if m == nil {
				t.Fatalf("line %d is not a workflow command: %q", i, l)
			}
			props := map[string]string{}
			if m[2] != "" {
				for _, p := range strings.Split(m[2], ",") {
					k, v, ok := strings.Cut(p, "=")
					if !ok || props[k] != "" {
						t.Fatalf("line %d: property %q in %q", i, p, l)
					}
					props[k] = unescapeCommand(v)
				}
			}
			data := unescapeCommand(m[3])
			if i >= len(r.Findings) {
				n := r.Notifications[i-len(r.Findings)]
				want, file := n.Message, ""
				if n.Path != "" {
					want = n.Path + ": " + n.Message
					file, _ = repoPath(r, n.Path)
					file = visible(file)
				}
				if m[1] != notificationLevel(n.Level) || data != visible(want) || props["file"] != file {
					t.Fatalf("line %d: %q is not notification %+v", i, l, n)
				}
				continue
			}
			f := r.Findings[i]
			rg := validRange(f.Range)
			want := map[string]string{
				"line": strconv.Itoa(rg.Start.Line), "endLine": strconv.Itoa(rg.End.Line),
				"title": "postlint (" + f.Rule + ")",
			}
			file, _ := repoPath(r, f.Path)
			want["file"] = visible(file)
			if rg.Start.Line == rg.End.Line {
				want["col"], want["endColumn"] = strconv.Itoa(rg.Start.Column), strconv.Itoa(rg.End.Column)
			}
			if fmt.Sprint(props) != fmt.Sprint(want) || m[1] != githubCommand(f.Severity) {
				t.Fatalf("line %d: properties %q, want %q (%q)", i, props, want, l)
			}
			if wantData := fmt.Sprintf("%s:%d:%d: %s", f.Path, rg.Start.Line, rg.Start.Column, f.Message) + annotationHint(f); data != visible(wantData) {
				t.Fatalf("line %d: message %q, want %q", i, data, wantData)
			}
		}
	})
}

// unescapeCommand undoes the toolkit's escaping of workflow command
// values, as the runner does.
func unescapeCommand(s string) string {
	return strings.NewReplacer("%25", "%", "%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",").Replace(s)
}

// FuzzText checks that the text format, with and without colour, prints
// one line per finding, with no control character but tab and, with
// colour, ESC, and the finding's position and rule, followed by at most
// four indented lines for its related places.
func FuzzText(f *testing.F) {
	addReportSeeds(f)
	ansi := regexp.MustCompile("\x1b\\[[0-9]+m")
	f.Fuzz(func(t *testing.T, path, message, fixText, notice string, line, col, endLine, endCol int, bits uint) {
		r := fuzzReport(fuzzInput{path, message, fixText, notice, line, col, endLine, endCol, bits})
		for _, color := range []bool{false, true} {
			var buf bytes.Buffer
			if err := Text(&buf, r, color); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if color {
				out = ansi.ReplaceAllString(out, "")
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			for i, l := range lines {
				if strings.ContainsFunc(l, isControl) {
					t.Fatalf("line %d holds a control character: %q", i, l)
				}
			}
			for i, f := range r.Findings {
				if len(lines) == 0 {
					t.Fatalf("no line for finding %d:\n%q", i, out)
				}
				start := validRange(f.Range).Start
				prefix := fmt.Sprintf("%s:%d:%d: %s: ", oneLine(f.Path), start.Line, start.Column, f.Severity)
				if lines[0] != prefix+oneLine(f.Message)+" ("+f.Rule+")" {
					t.Fatalf("finding %d: %q does not show %+v", i, lines[0], f)
				}
				lines = lines[1:]
				shown, more := shownRelated(f)
				n := len(shown) + min(more, 1)
				if len(lines) < n {
					t.Fatalf("finding %d: fewer than %d related lines:\n%q", i, n, out)
				}
				for _, l := range lines[:n] {
					if !strings.HasPrefix(l, "    related: ") && !strings.HasPrefix(l, "    and ") {
						t.Fatalf("finding %d: %q is not a related line", i, l)
					}
				}
				lines = lines[n:]
			}
			if len(lines) > 0 {
				t.Fatalf("lines left over:\n%q", lines)
			}
		}
	})
}

// fuzzSchema compiles the JSON Schema in the file at path once for a
// fuzz target, loading nothing else.
func fuzzSchema(tb testing.TB, path string) *jsonschema.Schema {
	tb.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		tb.Fatal(err)
	}
	text, err := os.ReadFile(abs)
	if err != nil {
		tb.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat = true
	c.Formats["uri-reference"] = isStrictURIReference
	c.LoadURL = func(s string) (io.ReadCloser, error) { return nil, fmt.Errorf("no external schema: %s", s) }
	u := "file://" + filepath.ToSlash(abs)
	if err := c.AddResource(u, bytes.NewReader(text)); err != nil {
		tb.Fatal(err)
	}
	sch, err := c.Compile(u)
	if err != nil {
		tb.Fatal(err)
	}
	return sch
}
