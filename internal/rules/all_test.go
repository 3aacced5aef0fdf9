package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule"
)

func TestCatalogueIsValid(t *testing.T) {
	if err := rule.Validate(All()); err != nil {
		t.Error(err)
	}
}
