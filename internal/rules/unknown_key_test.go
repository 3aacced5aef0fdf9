package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestUnknownKey(t *testing.T) { ruletest.Run(t, UnknownKey) }
