package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestMissingLocalFile(t *testing.T) { ruletest.RunSite(t, MissingLocalFile) }

func TestMissingLocalFileRootsMustExist(t *testing.T) {
	opts := &missingLocalFileOptions{Roots: []string{"testdata/missing-local-file/no-such-root"}}
	if err := opts.Prepare(); err == nil {
		t.Error("Prepare accepted a root that does not exist")
	}
}
