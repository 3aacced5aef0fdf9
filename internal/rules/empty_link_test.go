package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestEmptyLink(t *testing.T) { ruletest.Run(t, EmptyLink) }
