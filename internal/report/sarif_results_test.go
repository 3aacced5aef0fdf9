package report

import (
	"runtime"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/rule"
)

// rootedFixture is the fixture run from /repo/site with /repo as the
// source root, plus a finding in a file outside the root.
func rootedFixture() *Report {
	r := fixture()
	r.SourceRoot, r.WorkDir = "/repo", "/repo/site"
	return r
}

func TestSARIFSourceRoot(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("uses Unix absolute paths")
	}
	r := rootedFixture()
	r.Findings = append(r.Findings, rule.Finding{Path: "../../elsewhere/x y.md", Rule: "placeholder",
		Severity: rule.Error, Message: "m", Range: rng(1, 1, 1, 2)})
	doc := decodeSARIF(t, writeSARIF(t, r))
	run := doc.Runs[0]
	if got := run.OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file:///repo/" {
		t.Errorf("%%SRCROOT%% uri = %q, want file:///repo/", got)
	}
	results := *run.Results
	loc := results[0].Locations[0].PhysicalLocation.ArtifactLocation
	if want := "site/content/posts/caf%C3%A9%20au%20lait.md"; loc.URI != want || loc.URIBaseID != "%SRCROOT%" {
		t.Errorf("location = %+v, want uri %q relative to %%SRCROOT%%", loc, want)
	}
	if rel := results[7].RelatedLocations[3].PhysicalLocation.ArtifactLocation; rel.URI != "site/content/posts/hello.md" || rel.URIBaseID != "%SRCROOT%" {
		t.Errorf("related location = %+v, want it relative to %%SRCROOT%% as the result's", rel)
	}
	outside := results[len(results)-1].Locations[0].PhysicalLocation.ArtifactLocation
	if outside.URI != "file:///elsewhere/x%20y.md" || outside.URIBaseID != "" {
		t.Errorf("location outside the root = %+v, want an absolute file URI without a base id", outside)
	}
	note := string(run.Invocations[0].ToolExecutionNotifications[0])
	if !strings.Contains(note, `"uri": "site/content/posts/secret.md"`) {
		t.Errorf("notification location not relative to the root: %s", note)
	}
}

func TestSARIFWithoutSourceRoot(t *testing.T) {
	run := decodeSARIF(t, writeSARIF(t, fixture())).Runs[0]
	root := run.OriginalURIBaseIDs["%SRCROOT%"]
	if root.URI != "" || root.Description == nil || root.Description.Text == "" {
		t.Errorf("%%SRCROOT%% = %+v, want a description and no uri", root)
	}
	loc := (*run.Results)[0].Locations[0].PhysicalLocation.ArtifactLocation
	if loc.URI != "content/posts/caf%C3%A9%20au%20lait.md" {
		t.Errorf("uri = %q", loc.URI)
	}
}

func TestSARIFResults(t *testing.T) {
	doc := decodeSARIF(t, writeSARIF(t, fixture()))
	run := doc.Runs[0]
	results := *run.Results
	levels := make([]string, len(results))
	for i, res := range results {
		levels[i] = res.Level
	}
	if got := strings.Join(levels, " "); got != "error note warning warning warning note warning warning" {
		t.Errorf("levels = %s", got)
	}
	// The two trailing-space results share rule, file and message: the
	// occurrence suffix tells them apart.
	fp3, fp4 := results[3].PartialFingerprints["postlint/v1"], results[4].PartialFingerprints["postlint/v1"]
	if !strings.HasSuffix(fp3, ":1") || fp4 != strings.TrimSuffix(fp3, ":1")+":2" || len(fp3) != 32+2 {
		t.Errorf("fingerprints %q, %q; want the same 32-digit hash with :1 and :2", fp3, fp4)
	}
	if results[1].Message.Text != trickyMessage {
		t.Errorf("message = %q", results[1].Message.Text)
	}
	del := results[3].Fixes[0].ArtifactChanges[0].Replacements[0]
	if del.InsertedContent != nil || del.DeletedRegion != (sarifRegion{7, 14, 7, 16}) {
		t.Errorf("deletion = %+v", del)
	}
	ins := results[6].Fixes[0].ArtifactChanges[0].Replacements[0]
	if ins.InsertedContent == nil || ins.InsertedContent.Text != "\n" || ins.DeletedRegion != (sarifRegion{13, 25, 13, 25}) {
		t.Errorf("insertion = %+v", ins)
	}
	if len(results[0].RelatedLocations) != 0 {
		t.Errorf("a finding without related places has related locations: %+v", results[0].RelatedLocations)
	}
	if inv := run.Invocations[0]; inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 {
		t.Errorf("invocation = %+v, want unsuccessful with one notification", inv)
	}
	if inv := decodeSARIF(t, writeSARIF(t, clean())).Runs[0].Invocations[0]; !inv.ExecutionSuccessful {
		t.Error("a clean run is not successful")
	}
}

// TestSARIFRelated checks the related locations of the duplicate-title
// result and the links to them that end its message.
func TestSARIFRelated(t *testing.T) {
	f := fixture().Findings[7]
	res := (*decodeSARIF(t, writeSARIF(t, fixture())).Runs[0].Results)[7]
	want := f.Message + ` (also: [content/archive/hello.md:2](1), [content/drafts/\[wip\] hello.md:2](2), ` +
		`[content/posts/café au lait.md:2](3) and 1 more)`
	if res.Message.Text != want {
		t.Errorf("message:\ngot  %q\nwant %q", res.Message.Text, want)
	}
	// The fingerprint is the message's without the links.
	loc := res.Locations[0].PhysicalLocation.ArtifactLocation
	if fp := fingerprint(map[string]int{}, f.Rule, loc.URI, f.Message); res.PartialFingerprints["postlint/v1"] != fp {
		t.Errorf("fingerprint %q, want %q", res.PartialFingerprints["postlint/v1"], fp)
	}
	if len(res.RelatedLocations) != 4 {
		t.Fatalf("got %d related locations, want 4", len(res.RelatedLocations))
	}
	for i, uri := range []string{"content/archive/hello.md", "content/drafts/%5Bwip%5D%20hello.md",
		"content/posts/caf%C3%A9%20au%20lait.md", "content/posts/hello.md"} {
		rel := res.RelatedLocations[i]
		al := rel.PhysicalLocation.ArtifactLocation
		if rel.ID != i+1 || al.URI != uri || al.URIBaseID != "%SRCROOT%" ||
			*rel.PhysicalLocation.Region != (sarifRegion{2, 8, 2, 15}) || rel.Message.Text != `the same title "Hello"` {
			t.Errorf("related location %d = %+v, %+v, want id %d at %s 2:8-2:15", i, rel, *rel.PhysicalLocation.Region, i+1, uri)
		}
	}
}

func TestSARIFRules(t *testing.T) {
	rules := decodeSARIF(t, writeSARIF(t, clean())).Runs[0].Tool.Driver.Rules
	hi := rules[1]
	if hi.ID != "heading-increment" || hi.Name != "HeadingIncrement" ||
		hi.ShortDescription.Text != "Title of heading-increment" ||
		hi.FullDescription.Text != "Body paragraph about heading-increment, wrapped." ||
		hi.Help.Text != "Body paragraph about heading-increment,\nwrapped.\n\nMore." ||
		hi.Help.Markdown != "# Title of heading-increment\n\n"+hi.Help.Text ||
		hi.HelpURI != "https://github.com/postlint/postlint/blob/main/docs/rules.md#heading-increment" ||
		hi.DefaultConfiguration.Level != "warning" || hi.DefaultConfiguration.Enabled != nil {
		t.Errorf("heading-increment descriptor = %+v", hi)
	}
	want := map[string]string{"placeholder": "error", "sentence-length": "note", "bare-url": "none"}
	for _, r := range rules {
		if level, ok := want[r.ID]; ok && r.DefaultConfiguration.Level != level {
			t.Errorf("%s: level %q, want %q", r.ID, r.DefaultConfiguration.Level, level)
		}
		if off := r.ID == "bare-url"; off != (r.DefaultConfiguration.Enabled != nil && !*r.DefaultConfiguration.Enabled) {
			t.Errorf("%s: enabled = %v", r.ID, r.DefaultConfiguration.Enabled)
		}
	}
}

func TestSARIFHelpers(t *testing.T) {
	for in, want := range map[string]string{"heading-increment": "HeadingIncrement", "x": "X", "front-matter-syntax": "FrontMatterSyntax"} {
		if got := upperCamel(in); got != want {
			t.Errorf("upperCamel(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"1.2.3": "1.2.3", "v1.2.3-rc.1+dirty": "1.2.3-rc.1+dirty", "(devel)": "", "1.2": ""} {
		if got := semanticVersion(in); got != want {
			t.Errorf("semanticVersion(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"a b/é.md": "a%20b/%C3%A9.md", "c:d.md": "c%3Ad.md", "50%#1?.md": "50%25%231%3F.md"} {
		if got := escapePath(in); got != want || !isStrictURIReference(got) {
			t.Errorf("escapePath(%q) = %q, want %q", in, got, want)
		}
	}
	if long := truncate(strings.Repeat("é", 2000), maxDescription); len([]rune(long)) != maxDescription || !strings.HasSuffix(long, "…") {
		t.Errorf("truncate gave %d characters", len([]rune(long)))
	}
	if got := validRange(rng(0, 0, 0, 0)); got != rng(1, 1, 1, 1) {
		t.Errorf("validRange of a zero range = %+v", got)
	}
	if got := validRange(rng(3, 5, 2, 1)); got != rng(3, 5, 3, 5) {
		t.Errorf("validRange of an inverted range = %+v", got)
	}
}

func TestSARIFRuleNames(t *testing.T) {
	for _, r := range decodeSARIF(t, writeSARIF(t, clean())).Runs[0].Tool.Driver.Rules {
		want := upperCamel(r.ID)
		if strings.EqualFold(want, r.ID) {
			want = "" // a name equal to the id, but for case, is omitted
		}
		if r.Name != want {
			t.Errorf("rule %s: name %q, want %q", r.ID, r.Name, want)
		}
	}
}
