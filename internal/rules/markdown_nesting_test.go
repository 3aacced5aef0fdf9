package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestMarkdownNesting(t *testing.T) { ruletest.Run(t, MarkdownNesting) }
