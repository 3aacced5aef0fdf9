package rules

import "testing"

func TestFrontMatterMissing(t *testing.T) {
	const msg = "post has no front matter; start the file with a --- line, the title, date and tags, and a closing --- line"
	check(t, FrontMatterMissing, valid+"\nText.\n")
	check(t, FrontMatterMissing, "+++\ntitle = \"x\"\n+++\n")
	check(t, FrontMatterMissing, "{\n  \"title\": \"x\"\n}\n\nText.\n")
	check(t, FrontMatterMissing, "---\ntitle: unclosed\n") // front-matter-syntax reports it
	check(t, FrontMatterMissing, "# Is serverless truly serverless?\n\nText.\n", "1:1-1:1 "+msg)
	check(t, FrontMatterMissing, "", "1:1-1:1 "+msg)
	check(t, FrontMatterMissing, "title: x\n---\n", "1:1-1:1 "+msg)
}
