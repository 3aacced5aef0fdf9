package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestUndefinedReference(t *testing.T) { ruletest.Run(t, UndefinedReference) }
