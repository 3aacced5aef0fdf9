package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestClichePosts(t *testing.T) { ruletest.Run(t, Cliche) }
