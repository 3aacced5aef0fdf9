package lint

import (
	"reflect"
	"slices"
	"testing"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// TestPackRoundTrips packs findings of every shape and wants them back
// exactly, nil and empty slices told apart.
func TestPackRoundTrips(t *testing.T) {
	l, err := NewLinter([]*rule.Rule{{Name: "alpha", Severity: rule.Warning}, {Name: "beta", Severity: rule.Off}}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	place := func(n int) (source.Span, source.Range) {
		return source.Span{Start: n, End: n + 300}, source.Range{
			Start: source.Position{Line: n, Column: 70},
			End:   source.Position{Line: n + 2, Column: 1}}
	}
	span, rng := place(1 << 20)
	fs := []rule.Finding{
		{Path: "a.md", Rule: "alpha", Severity: rule.Warning, Message: "plain", Span: span, Range: rng},
		{Path: "a.md", Rule: "beta", Severity: rule.Error, Message: "ünïcode ✓ and \x00"},
		{Path: "a.md", Rule: "not-in-the-catalogue", Severity: rule.Info, Message: "",
			Span: source.Span{Start: -1, End: -1}, Range: source.Range{Start: source.Position{Line: -1, Column: -5}}},
		{Path: "a.md", Rule: "alpha", Message: "fix without edits", Fix: &rule.Fix{Description: "do it"}},
		{Path: "a.md", Rule: "alpha", Message: "fix with no edits", Fix: &rule.Fix{Edits: []rule.Edit{}}},
		{Path: "a.md", Rule: "alpha", Message: "fix", Fix: &rule.Fix{Description: "replace", Edits: []rule.Edit{
			{Span: span, Range: rng, NewText: "new"}, {NewText: ""}}}},
		{Path: "a.md", Rule: "alpha", Message: "no related", Related: []rule.Related{}},
		{Path: "a.md", Rule: "beta", Message: "related", Related: []rule.Related{
			{Path: "b.md", Span: span, Range: rng, Message: "there"}, {Path: "c.md"}}},
	}
	other := rule.Finding{Path: "elsewhere.md", Rule: "alpha", Message: "about another post"}
	for _, limit := range []int64{-1, 0} { // in memory, in a temporary file
		st := newStore(limit)
		p, loose := l.pack("a.md", slices.Insert(slices.Clone(fs), 2, other), st)
		if p.blob.inFile != (limit == 0) {
			t.Errorf("limit %d: in the file = %v", limit, p.blob.inFile)
		}
		var buf []byte
		data, err := st.get(p.blob, &buf)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.appendTo(nil, data); !reflect.DeepEqual(got, fs) {
			t.Errorf("limit %d: unpacked\n%+v\nwant\n%+v", limit, got, fs)
		}
		if !reflect.DeepEqual(loose, []rule.Finding{other}) {
			t.Errorf("apart: %+v, want the finding about elsewhere.md", loose)
		}
		if empty, loose := l.pack("a.md", nil, st); empty.blob.n != 0 || loose != nil {
			t.Errorf("pack(nil) = %+v, %+v; want no data", empty, loose)
		}
		if err := st.close(); err != nil {
			t.Error(err)
		}
	}
}

// TestPackSummaryRoundTrips packs a summary with every field set, and
// one with none.
func TestPackSummaryRoundTrips(t *testing.T) {
	span, rng := source.Span{Start: 4, End: 9}, source.Range{Start: source.Position{Line: 2, Column: 8}, End: source.Position{Line: 2, Column: 13}}
	full := &rule.Summary{Path: "posts/a.md", File: "/site/posts/a.md",
		Title: rule.NewValue("Hello", span, rng),
		Slug:  rule.Value{Text: "hello"}, Date: rule.NewValue("2024-01-02", span, source.Range{}),
		Tags:    []rule.Value{rule.NewValue("Go", source.Span{}, rng), {Text: ""}},
		Draft:   true,
		Links:   []rule.Link{{Value: rule.NewValue("../b.md#x", span, rng)}, {Value: rule.Value{Text: "c.png"}, Image: true}},
		Anchors: markdown.Anchors{"intro": true, "usage": true}.List(),
	}
	var u summaryUnpacker
	for _, s := range []*rule.Summary{full, {Path: "b.md", File: "b.md"}, full} {
		if got := u.unpack(packSummary(s), s.Path, s.File); !reflect.DeepEqual(got, s) {
			t.Errorf("unpacked\n%+v\nwant\n%+v", got, s)
		}
	}
	if len(u.tags) != 2 {
		t.Errorf("%d tag texts kept, want 2 (Go and the empty one): %q", len(u.tags), u.tags)
	}
}

// TestResultAllMergesInPathOrder gives posts out of order, a path twice
// and loose findings before, between and after the posts'.
func TestResultAllMergesInPathOrder(t *testing.T) {
	l, err := NewLinter([]*rule.Rule{{Name: "r", Severity: rule.Warning}}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	at := func(path string, line int, msg string) rule.Finding {
		return rule.Finding{Path: path, Rule: "r", Severity: rule.Warning, Message: msg,
			Range: source.Range{Start: source.Position{Line: line, Column: 1}, End: source.Position{Line: line, Column: 2}}}
	}
	st := newStore(-1)
	post := func(path string, fs ...rule.Finding) outcome {
		var o outcome
		o.findings, o.other = l.pack(path, fs, st)
		o.linted = true
		return o
	}
	outcomes := []outcome{
		post("c.md", at("c.md", 3, "c3"), at("c.md", 1, "c1")),
		post("a.md", at("a.md", 2, "a2"), at("a.md", 2, "a2")), // an exact repeat
		post("b.md"),
		post("c.md", at("c.md", 2, "c2 from a second outcome")),
	}
	site := []rule.Finding{at("0.md", 1, "site 0"), at("c.md", 2, "site c2"), at("d.md", 1, "site d"), at("b.md", 5, "site b")}
	res := newResult(outcomes, site, st)
	var got []string
	for f := range res.All() {
		got = append(got, f.Message)
	}
	want := []string{"site 0", "a2", "site b", "c1", "c2 from a second outcome", "site c2", "c3", "site d"}
	if !slices.Equal(got, want) {
		t.Errorf("All() = %q\nwant %q", got, want)
	}
	if res.Posts != 4 {
		t.Errorf("Posts = %d, want 4", res.Posts)
	}
	for range res.All() {
		break // stopping early is allowed
	}
	if again := res.Findings(); len(again) != len(want) {
		t.Errorf("a second pass yields %d findings, want %d", len(again), len(want))
	}
}
