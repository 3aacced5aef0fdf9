package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestBareURL(t *testing.T) { ruletest.Run(t, BareURL) }
