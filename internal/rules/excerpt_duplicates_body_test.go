package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestExcerptDuplicatesBody(t *testing.T) { ruletest.Run(t, ExcerptDuplicatesBody) }
