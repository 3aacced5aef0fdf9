package report

import (
	"bytes"
	"encoding/json"
	"io"
	"slices"
	"testing"
)

// TestEachPrintsAsFindings prints the golden reports once from Findings
// and once from Each and wants the same bytes in every format.
func TestEachPrintsAsFindings(t *testing.T) {
	printers := map[string]func(io.Writer, *Report) error{
		"text":    func(w io.Writer, r *Report) error { return Text(w, r, true) },
		"json":    JSON,
		"sarif":   SARIF,
		"github":  GitHub,
		"summary": func(w io.Writer, r *Report) error { return JobSummary(w, r, nil) },
	}
	for name, print := range printers {
		for _, r := range []*Report{fixture(), clean(), escapingFixture()} {
			var want, got bytes.Buffer
			if err := print(&want, r); err != nil {
				t.Fatal(err)
			}
			streamed := *r
			streamed.Each, streamed.Findings = slices.Values(r.Findings), nil
			if err := print(&got, &streamed); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("%s from Each differs from Findings:\n%s", name, lineDiff(want.String(), got.String()))
			}
		}
	}
}

// TestWriteStreamedIndents streams arrays at two depths, empty and not.
func TestWriteStreamedIndents(t *testing.T) {
	type inner struct {
		A    int             `json:"a"`
		List json.RawMessage `json:"list"`
	}
	for _, tc := range []struct {
		doc   any
		items []map[string]int
		want  string
	}{
		{map[string]any{"list": streamMarker}, nil, "{\n  \"list\": []\n}\n"},
		{map[string]any{"list": streamMarker, "z": 1}, []map[string]int{{"x": 1}, {"y": 2}},
			"{\n  \"list\": [\n    {\n      \"x\": 1\n    },\n    {\n      \"y\": 2\n    }\n  ],\n  \"z\": 1\n}\n"},
		{[]inner{{A: 1, List: streamMarker}}, []map[string]int{{"x": 1}},
			"[\n  {\n    \"a\": 1,\n    \"list\": [\n      {\n        \"x\": 1\n      }\n    ]\n  }\n]\n"},
	} {
		var buf bytes.Buffer
		if err := writeStreamed(&buf, tc.doc, slices.Values(tc.items)); err != nil {
			t.Fatal(err)
		}
		if buf.String() != tc.want {
			t.Errorf("got\n%s\nwant\n%s", buf.String(), tc.want)
		}
		// What json.Encoder writes with the items in place.
		var whole bytes.Buffer
		items, _ := json.Marshal(tc.items)
		if tc.items == nil {
			items = []byte("[]")
		}
		raw := bytes.Replace(mustEncode(t, tc.doc), streamMarker, items, 1)
		if err := json.Indent(&whole, raw, "", "  "); err != nil {
			t.Fatal(err)
		}
		if whole.String()+"\n" != buf.String() {
			t.Errorf("streamed\n%s\nencoded whole\n%s", buf.String(), whole.String())
		}
	}
}

func mustEncode(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestWriteStreamedWithoutMarker fails rather than drop the array.
func TestWriteStreamedWithoutMarker(t *testing.T) {
	err := writeStreamed(io.Discard, map[string]int{"a": 1}, slices.Values([]int{1}))
	if err == nil {
		t.Fatalf("err = %v, want an error", err)
	}
}
