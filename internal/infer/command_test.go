package infer

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestCommand(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.md":                    "---\ntitle: A\ndate: 2024-01-01\n---\nbody\n",
		"sub/b.markdown":          "---\ntitle: B\n---\nbody\n",
		"none.md":                 "no front matter\n",
		"broken.md":               "---\ntitle: [unclosed\n---\n",
		"skip.txt":                "---\nignored: true\n---\n",
		".hidden/c.md":            "---\nhidden: true\n---\n",
		"node_modules/d.md":       "---\nmodule: true\n---\n",
		"vendor/e.md":             "---\nvendored: true\n---\n",
		"sub/node_modules/f.md":   "---\nmodule: true\n---\n",
		"sub/.git/g.md":           "---\ngit: true\n---\n",
		"sub/mdx/page.mdx":        "---\nmdx: true\n---\n",
		"sub/deeper/Upper.MD":     "---\ntitle: C\n---\n",
		"sub/deeper/notapost.yml": "title: x\n",
	})
	var stdout, stderr bytes.Buffer
	code, err := Command([]string{dir}, &stdout, &stderr)
	if err != nil || code != 0 {
		t.Fatalf("code %d, err %v", code, err)
	}
	var s map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &s); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, stdout.String())
	}
	props := s["properties"].(map[string]any)
	if len(props) != 2 || props["title"] == nil || props["date"] == nil {
		t.Errorf("properties %v", props)
	}
	want := "inferred from 3 posts; skipped 1 without front matter; skipped 1 whose front matter does not decode\n"
	if stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}

	// --ext and --output.
	out := filepath.Join(t.TempDir(), "schema.json")
	stdout.Reset()
	stderr.Reset()
	code, err = Command([]string{"--ext", "mdx", "--output", out, filepath.Join(dir, "sub")}, &stdout, &stderr)
	if err != nil || code != 0 || stdout.Len() != 0 {
		t.Fatalf("code %d, err %v, stdout %q", code, err, stdout.String())
	}
	if text, err := os.ReadFile(out); err != nil || !strings.Contains(string(text), `"mdx"`) {
		t.Errorf("output file: %v\n%s", err, text)
	}
}

func TestCommandErrors(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code, err := Command([]string{filepath.Join(t.TempDir(), "missing")}, &stdout, &stderr); code != 2 || err == nil {
		t.Errorf("missing path: code %d, err %v", code, err)
	}
	if code, err := Command([]string{"--nope"}, &stdout, &stderr); code != 2 || err == nil {
		t.Errorf("bad flag: code %d, err %v", code, err)
	}
	if code, err := Command([]string{"-h"}, &stdout, &stderr); code != 0 || err != nil || !strings.Contains(stdout.String(), "usage: postlint schema infer") {
		t.Errorf("-h: code %d, err %v, stdout %q", code, err, stdout.String())
	}
}

func TestCommandOutliers(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"odd.md": "---\ntitle: Odd\nextra: 1\n---\n"}
	for _, name := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"} {
		files[name+".md"] = "---\ntitle: " + name + "\n---\n"
	}
	writeFiles(t, dir, files)
	var stdout, stderr bytes.Buffer
	if code, err := Command([]string{dir}, &stdout, &stderr); code != 0 || err != nil {
		t.Fatalf("code %d, err %v", code, err)
	}
	want := "1 outlier (accepted by the schema; check them):\n" +
		filepath.ToSlash(filepath.Join(dir, "odd.md")) + ": /extra: rare key \"extra\": in 1 of 12 posts\n"
	if !strings.HasSuffix(stderr.String(), want) {
		t.Errorf("stderr:\n%s\nwant suffix:\n%s", stderr.String(), want)
	}
}
