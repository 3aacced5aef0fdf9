package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestDuplicateSentence(t *testing.T) { ruletest.Run(t, DuplicateSentence) }
