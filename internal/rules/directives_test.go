package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestInvalidDirective(t *testing.T) { ruletest.RunWith(t, InvalidDirective, All()) }
func TestUnusedDirective(t *testing.T)  { ruletest.RunWith(t, UnusedDirective, All()) }
