package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestLinkFragment(t *testing.T) { ruletest.Run(t, LinkFragment) }
