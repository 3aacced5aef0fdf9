package rules

import "testing"

func TestFrontMatterSyntax(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"valid", valid + "\nText.\n", nil},
		{"no front matter is another rule's business", "# Title\n", nil},
		{"yaml syntax error", "---\ntitle: Kubernetes: the hard way\ndate: 2022-12-10\n---\n",
			[]string{`2:1-2:32 front matter is not valid YAML: mapping values are not allowed in this context (quote a value that contains ": ")`}},
		{"unclosed block", "---\ntitle: x\ndate: 2022-12-10\n\nText.\n",
			[]string{`1:1-1:4 front matter opened on line 1 is never closed; add a closing "---" line`}},
		{"duplicate key", "---\ntitle: x\ntags: [a]\ntags: [b]\n---\n",
			[]string{`4:1-4:5 key "tags" appears twice; it was first set on line 3`}},
		{"byte order mark", "\xEF\xBB\xBF---\ntitle: x\n---\n",
			[]string{`1:1-1:1 the file starts with a UTF-8 byte order mark; remove it, or site generators may not see the front matter`}},
		{"blank line before", "\n---\ntitle: x\n---\n",
			[]string{`2:1-2:4 front matter must start on line 1; remove the 1 blank line before it`}},
		{"crlf syntax error", "---\r\ntitle: x\r\ntags: [a\r\n---\r\n",
			[]string{`3:1-3:9 front matter is not valid YAML: did not find expected ',' or ']'`}},
		{"toml syntax error", "+++\ntitle = \"x\"\ndate = 2022-13-45\n+++\n",
			[]string{`3:1-3:18 front matter is not valid TOML: invalid datetime: "2022-13-45"`}},
		{"json syntax error", "{\n  \"title\": \"x\",\n  \"date\": 2022-12-10\n}\n\nText.\n",
			[]string{`3:15-3:21 front matter is not valid JSON: invalid character '-' after object key:value pair`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, FrontMatterSyntax, tt.src, tt.want...)
		})
	}
}
