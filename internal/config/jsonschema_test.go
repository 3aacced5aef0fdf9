package config

import (
	"flag"
	"os"
	"testing"

	"github.com/postlint/postlint/internal/rules"
)

var update = flag.Bool("update", false, "rewrite schema/config.schema.json")

// TestSchemaFileIsCurrent fails when schema/config.schema.json no longer
// matches the rule catalogue; -update rewrites it.
func TestSchemaFileIsCurrent(t *testing.T) {
	const path = "../../schema/config.schema.json"
	want := JSONSchema(rules.All())
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("%s is stale: run go test ./internal/config -update", path)
	}
}
