package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestDuplicateHeading(t *testing.T) { ruletest.Run(t, DuplicateHeading) }
