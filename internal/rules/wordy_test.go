package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestWordyPosts(t *testing.T) { ruletest.Run(t, Wordy) }
