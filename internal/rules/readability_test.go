package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestReadability(t *testing.T) { ruletest.Run(t, Readability) }
