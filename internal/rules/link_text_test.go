package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestLinkText(t *testing.T) { ruletest.Run(t, LinkText) }
