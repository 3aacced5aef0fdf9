package rules

import (
	"strings"
	"testing"
)

// withLine returns the valid front matter with one line replaced (or, with a
// value of "", removed) and a short body.
func withLine(key, line string) string {
	var out []string
	replaced := false
	for _, l := range strings.Split(strings.TrimSuffix(valid, "\n"), "\n") {
		if strings.HasPrefix(l, key+":") {
			replaced = true
			if line != "" {
				out = append(out, line)
			}
			continue
		}
		if l == "---" && len(out) > 0 && !replaced && line != "" {
			out = append(out, line)
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n") + "\n\nText.\n"
}

func TestFrontMatterSchemaValid(t *testing.T) {
	check(t, FrontMatterSchema, valid+"\nText.\n")
	check(t, FrontMatterSchema, withLine("date", "date: 2022-12-10T10:30:00+01:00"))
	check(t, FrontMatterSchema, withLine("date", `date: "2022-12-10"`))
	check(t, FrontMatterSchema, withLine("excerpt", "description: A description that is long enough to pass the fifty character floor."))
	check(t, FrontMatterSchema, withLine("draft", "draft: false"))
	check(t, FrontMatterSchema, withLine("author", "author: {name: Ann Example, url: https://ann.example.com}"))
}

func TestFrontMatterSchemaInvalid(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"invalid date", withLine("date", "date: 2022-13-45"),
			[]string{`3:7-3:17 date "2022-13-45" is not a valid date (YYYY-MM-DD or RFC 3339 date-time)`}},
		{"unquoted date that is not a day", withLine("date", "date: 2022-12-1"),
			[]string{`3:7-3:16 date "2022-12-1" is not a valid date (YYYY-MM-DD or RFC 3339 date-time)`}},
		{"date-time without a zone", withLine("date", "date: 2022-12-10 10:30:00"),
			[]string{`3:7-3:26 date "2022-12-10 10:30:00" is not a valid date (YYYY-MM-DD or RFC 3339 date-time); write it as 2022-12-10T10:30:00Z, with your time zone in place of Z`}},
		{"date as a number", withLine("date", "date: 20221210"),
			[]string{`3:7-3:15 date is a number; expected a string`}},
		{"http cover", withLine("cover", "cover: http://images.example.com/cover.jpg"),
			[]string{`4:8-4:43 cover "http://images.example.com/cover.jpg" must be an absolute https URL`}},
		{"malformed cover", withLine("cover", "cover: https://"),
			[]string{`4:8-4:16 cover "https://" must be an absolute https URL`}},
		{"relative cover", withLine("cover", "cover: /images/cover.jpg"),
			[]string{`4:8-4:25 cover "/images/cover.jpg" must be an absolute https URL`}},
		{"empty tags", withLine("tags", "tags: []"),
			[]string{`5:7-5:9 tags is empty; the schema requires at least 1 item`}},
		{"missing tags", withLine("tags", ""),
			[]string{`1:1-1:4 missing required key "tags"`}},
		{"tags not a list", withLine("tags", "tags: serverless"),
			[]string{`5:7-5:17 tags is a string; expected a list`}},
		{"duplicate tags", withLine("tags", `tags: [DevOps, Cloud, DevOps]`),
			[]string{`5:23-5:29 tags lists "DevOps" twice (items 1 and 3); remove the repeat`}},
		{"blank tag", withLine("tags", `tags: [DevOps, " Cloud"]`),
			[]string{`5:16-5:24 tags item 2 " Cloud" must not be blank or start or end with spaces`}},
		{"over-long excerpt", withLine("excerpt", "excerpt: "+strings.Repeat("word ", 40)+"end"),
			[]string{`6:10-6:213 excerpt has 203 characters; the schema allows at most 160`}},
		{"empty excerpt", withLine("excerpt", "excerpt: ''"),
			[]string{`6:10-6:12 excerpt is empty; the schema requires at least 50 characters`}},
		{"no excerpt", withLine("excerpt", ""),
			[]string{`1:1-1:4 missing required key "excerpt" (or "description" or "summary")`}},
		{"whitespace title", withLine("title", `title: "   "`),
			[]string{`2:8-2:13 title "   " must not be blank`}},
		{"draft as yes/no", withLine("draft", "draft: no"),
			[]string{`7:8-7:10 draft is the text "no"; write true or false (YAML 1.2 reads no as text, not as a boolean)`}},
		{"author without name", withLine("author", "author: {url: https://ann.example.com}"),
			[]string{`7:1-7:7 author is missing required key "name"`}},
		{"author of the wrong type", withLine("author", "author: 42"),
			[]string{`7:9-7:11 author is a number; expected a string or a mapping`}},
		{"several failures, in source order", strings.Replace(withLine("tags", "tags: []"), "date: 2022-12-10", "date: 2022-13-45", 1),
			[]string{
				`3:7-3:17 date "2022-13-45" is not a valid date (YYYY-MM-DD or RFC 3339 date-time)`,
				`5:7-5:9 tags is empty; the schema requires at least 1 item`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, FrontMatterSchema, tt.src, tt.want...)
		})
	}
}

func TestFrontMatterSchemaColumnsCountCodePoints(t *testing.T) {
	src := "---\ntitle: 🚀 日本語のタイトル\ndate: 2022-12-10\ntags: [日本語, 🚀, 日本語]\nexcerpt: Serverless technology has become popular, but there is confusion about it.\n---\n"
	check(t, FrontMatterSchema, src,
		`4:16-4:19 tags lists "日本語" twice (items 1 and 3); remove the repeat`)
}

func TestFrontMatterSchemaCRLF(t *testing.T) {
	src := strings.ReplaceAll(withLine("date", "date: 2022-13-45"), "\n", "\r\n")
	check(t, FrontMatterSchema, src,
		`3:7-3:17 date "2022-13-45" is not a valid date (YYYY-MM-DD or RFC 3339 date-time)`)
}

func TestFrontMatterSchemaBOM(t *testing.T) {
	check(t, FrontMatterSchema, "\xEF\xBB\xBF"+withLine("cover", "cover: http://x.example.com/a.png"),
		`4:8-4:34 cover "http://x.example.com/a.png" must be an absolute https URL`)
}

func TestFrontMatterSchemaTOML(t *testing.T) {
	src := "+++\ntitle = \"Is serverless truly serverless?\"\ndate = 2022-12-10\ncover = \"http://x.example.com/a.png\"\ntags = []\nexcerpt = \"Serverless technology has become popular, but there is confusion.\"\n+++\n\nText.\n"
	check(t, FrontMatterSchema, src,
		`4:9-4:37 cover "http://x.example.com/a.png" must be an absolute https URL`,
		`5:8-5:10 tags is empty; the schema requires at least 1 item`)
}

func TestFrontMatterSchemaTOMLTables(t *testing.T) {
	src := "+++\ntitle = \"Is serverless truly serverless?\"\ndate = 2022-12-10T10:30:00Z\ntags = [\"a\"]\nexcerpt = \"Serverless technology has become popular, but there is confusion.\"\n\n[author]\nurl = \"https://ann.example.com\"\n+++\n"
	check(t, FrontMatterSchema, src, `7:1-7:9 author is missing required key "name"`)
}

func TestFrontMatterSchemaJSON(t *testing.T) {
	src := "{\n  \"title\": \"Is serverless truly serverless?\",\n  \"date\": \"2022-13-45\",\n  \"tags\": [\"a\", \"a\"],\n  \"excerpt\": \"Serverless technology has become popular, but there is confusion.\"\n}\n\nText.\n"
	check(t, FrontMatterSchema, src,
		`3:11-3:23 date "2022-13-45" is not a valid date (YYYY-MM-DD or RFC 3339 date-time)`,
		`4:17-4:20 tags lists "a" twice (items 1 and 2); remove the repeat`)
}

func TestFrontMatterSchemaSkipsBrokenFrontMatter(t *testing.T) {
	check(t, FrontMatterSchema, "---\ntitle: [\n---\n")
	check(t, FrontMatterSchema, "# No front matter\n")
}
