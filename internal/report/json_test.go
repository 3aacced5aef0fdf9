package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

func TestJSONGolden(t *testing.T) {
	for golden, r := range map[string]*Report{"findings.json": fixture(), "clean.json": clean()} {
		var buf bytes.Buffer
		if err := JSON(&buf, r); err != nil {
			t.Fatal(err)
		}
		checkGolden(t, golden, buf.Bytes())
	}
}

func TestJSONSchema(t *testing.T) {
	sch := compileSchema(t, "../../schema/report.schema.json")
	for _, golden := range []string{"findings.json", "clean.json"} {
		validateFile(t, sch, filepath.Join("testdata", golden))
	}
	// The schema must be able to reject: a finding at line 0, an unknown
	// severity, a missing list and an unexpected key.
	for _, bad := range []func(doc map[string]any){
		func(doc map[string]any) { finding(doc, 0)["line"] = 0 },
		func(doc map[string]any) { finding(doc, 0)["severity"] = "fatal" },
		func(doc map[string]any) { delete(doc, "notifications") },
		func(doc map[string]any) { finding(doc, 0)["col"] = 1 },
		func(doc map[string]any) { finding(doc, 3)["fix"].(map[string]any)["edits"] = nil },
		func(doc map[string]any) { delete(related(doc, 7, 0), "path") },
		func(doc map[string]any) { related(doc, 7, 0)["endColumn"] = 0 },
		func(doc map[string]any) { finding(doc, 7)["related"] = []any{} },
	} {
		doc := decodeFile(t, filepath.Join("testdata", "findings.json"))
		bad(doc)
		if err := sch.Validate(doc); err == nil {
			b, _ := json.Marshal(doc)
			t.Errorf("schema accepted an invalid report: %s", b)
		}
	}
}

func TestJSONEmptyLists(t *testing.T) {
	var buf bytes.Buffer
	if err := JSON(&buf, &Report{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"findings": []`, `"notifications": []`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("output lacks %s:\n%s", want, buf.String())
		}
	}
}

func TestJSONFix(t *testing.T) {
	var doc struct {
		Findings []struct {
			Rule string
			Fix  *struct {
				Description string
				Edits       []map[string]any
			}
		}
	}
	var buf bytes.Buffer
	if err := JSON(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for i, f := range doc.Findings {
		if got, want := f.Fix != nil, fixture().Findings[i].Fix != nil; got != want {
			t.Errorf("finding %d (%s): fix present = %v, want %v", i, f.Rule, got, want)
		}
	}
	if got := doc.Findings[5].Fix.Edits[0]; fmt.Sprint(got) != "map[column:10 endColumn:21 endLine:12 line:12 text:to]" {
		t.Errorf("wordy edit = %v", got)
	}
}

func TestJSONRelated(t *testing.T) {
	var doc struct {
		Findings []map[string]json.RawMessage
	}
	var buf bytes.Buffer
	if err := JSON(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for i, f := range doc.Findings {
		if _, ok := f["related"]; ok != (i == 7) {
			t.Errorf("finding %d: related present = %v", i, ok)
		}
	}
	var related []map[string]any
	if err := json.Unmarshal(doc.Findings[7]["related"], &related); err != nil {
		t.Fatal(err)
	}
	if len(related) != 4 {
		t.Fatalf("got %d related places, want all 4: %v", len(related), related)
	}
	want := `map[column:8 endColumn:15 endLine:2 line:2 message:the same title "Hello" path:content/drafts/[wip] hello.md]`
	if got := fmt.Sprint(related[1]); got != want {
		t.Errorf("related[1] = %s, want %s", got, want)
	}
}

// compileSchema compiles the JSON Schema in the file at path, letting no
// reference reach the network.
func compileSchema(t *testing.T, path string) *jsonschema.Schema {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat = true
	c.Formats["uri-reference"] = isStrictURIReference
	c.LoadURL = func(s string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("schema refers to %s; tests load no external schemas", s)
	}
	f, err := os.Open(abs)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	url := "file://" + filepath.ToSlash(abs)
	if err := c.AddResource(url, f); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compile %s: %v", path, err)
	}
	return sch
}

func decodeFile(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return doc
}

func validateFile(t *testing.T, sch *jsonschema.Schema, path string) {
	t.Helper()
	if err := sch.Validate(decodeFile(t, path)); err != nil {
		t.Errorf("%s: %#v", path, err)
	}
}

func finding(doc map[string]any, i int) map[string]any {
	return doc["findings"].([]any)[i].(map[string]any)
}

// related returns the jth related place of finding i.
func related(doc map[string]any, i, j int) map[string]any {
	return finding(doc, i)["related"].([]any)[j].(map[string]any)
}

// isStrictURIReference reports whether v, if a string, is an RFC 3986
// URI reference made only of unreserved and reserved characters and
// well-formed percent escapes. The library's own check accepts spaces
// and non-ASCII letters, which the format forbids.
func isStrictURIReference(v any) bool {
	s, ok := v.(string)
	if !ok {
		return true
	}
	// A colon before the first "/", "?" or "#" must end a scheme.
	first := s[:strings.IndexAny(s+"/", "/?#")]
	if scheme, _, found := strings.Cut(first, ":"); found && !isScheme(scheme) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("-._~:/?#[]@!$&'()*+,;=", c) >= 0:
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			i += 2
		default:
			return false
		}
	}
	return true
}

func isScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !letter && (i == 0 || !('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return s != ""
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
