package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestTerms(t *testing.T) { ruletest.Run(t, Terms) }
