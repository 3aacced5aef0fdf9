package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestParagraphLength(t *testing.T) { ruletest.Run(t, ParagraphLength) }
