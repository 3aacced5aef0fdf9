package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestDuplicateTitle(t *testing.T) { ruletest.RunSite(t, DuplicateTitle) }
