package rules

import (
	"testing"

	"github.com/postlint/postlint/internal/rule/ruletest"
)

func TestFrontMatterSyntaxPosts(t *testing.T)  { ruletest.Run(t, FrontMatterSyntax) }
func TestFrontMatterMissingPosts(t *testing.T) { ruletest.Run(t, FrontMatterMissing) }
func TestFrontMatterSchemaPosts(t *testing.T)  { ruletest.Run(t, FrontMatterSchema) }
func TestFinalNewlinePosts(t *testing.T)       { ruletest.Run(t, FinalNewline) }
func TestTrailingSpacePosts(t *testing.T)      { ruletest.Run(t, TrailingSpace) }
