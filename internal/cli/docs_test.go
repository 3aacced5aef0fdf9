package cli

import (
	"flag"
	"os"
	"testing"

	"github.com/postlint/postlint/internal/rules"
)

var update = flag.Bool("update", false, "rewrite docs/rules.md")

// TestRulesDocIsCurrent fails when docs/rules.md no longer matches the
// rules' documentation; -update rewrites it.
func TestRulesDocIsCurrent(t *testing.T) {
	const path = "../../docs/rules.md"
	want := RulesMarkdown(rules.All())
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is stale: run go test ./internal/cli -update", path)
	}
}
