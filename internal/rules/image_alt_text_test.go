package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestImageAltText(t *testing.T) { ruletest.Run(t, ImageAltText) }
