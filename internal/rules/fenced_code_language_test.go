package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestFencedCodeLanguage(t *testing.T) { ruletest.Run(t, FencedCodeLanguage) }
