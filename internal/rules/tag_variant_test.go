package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestTagVariant(t *testing.T) { ruletest.RunSite(t, TagVariant) }
