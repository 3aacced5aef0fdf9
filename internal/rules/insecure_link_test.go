package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestInsecureLink(t *testing.T) { ruletest.Run(t, InsecureLink) }
