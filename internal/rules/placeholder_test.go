package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestPlaceholderPosts(t *testing.T) { ruletest.Run(t, Placeholder) }
