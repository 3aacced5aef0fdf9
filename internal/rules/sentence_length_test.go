package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestSentenceLength(t *testing.T) { ruletest.Run(t, SentenceLength) }
