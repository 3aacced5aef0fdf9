package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestRepeatedWordPosts(t *testing.T) { ruletest.Run(t, RepeatedWord) }
