package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestHeadingIncrement(t *testing.T) { ruletest.Run(t, HeadingIncrement) }
