package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestFutureDate(t *testing.T) { ruletest.RunSite(t, FutureDate) }
