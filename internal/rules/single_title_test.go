package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestSingleTitle(t *testing.T) { ruletest.Run(t, SingleTitle) }
