package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestDuplicateSlug(t *testing.T) { ruletest.RunSite(t, DuplicateSlug) }
