package rules

import "testing"

func TestTrailingSpace(t *testing.T) {
	check(t, TrailingSpace, valid+"\nText.\nMore text.\n")
	check(t, TrailingSpace, valid+"\nText. \n",
		"9:6-9:7 line ends with a space")
	check(t, TrailingSpace, valid+"\nText.\t\t\n",
		"9:6-9:8 line ends with 2 tabs")
	check(t, TrailingSpace, valid+"\n日本語 \t\n",
		"9:4-9:6 line ends with spaces and tabs")
	check(t, TrailingSpace, valid+"\nFirst line.  \nsecond line.\n",
		"9:12-9:14 2 trailing spaces make an invisible line break; end the line with a backslash instead")
	check(t, TrailingSpace, valid+"\nLast line of a paragraph.  \n\nNext.\n",
		"9:26-9:28 line ends with 2 spaces")
	check(t, TrailingSpace, valid+"\n   \nText.\n",
		"9:1-9:4 line ends with 3 spaces")
	check(t, TrailingSpace, valid+"\nText.  \r\nMore.\r\n",
		"9:6-9:8 2 trailing spaces make an invisible line break; end the line with a backslash instead")
}

func TestTrailingSpaceSkipsCodeAndFrontMatter(t *testing.T) {
	src := "---\ntitle: x \n---\n\n```go\nfmt.Println() \n\n```\n\n    indented code  \n\n- item\n\n  ```\n  code in a list  \n  ```\n"
	check(t, TrailingSpace, src)
}

func TestTrailingSpaceFix(t *testing.T) {
	for src, want := range map[string]string{
		"Text. \n":                 "Text.\n",
		"Line one.  \nline two.\n": "Line one.\\\nline two.\n",
		"Line.  \r\n\r\nNext.\r\n": "Line.\r\n\r\nNext.\r\n",
		"A\t \nB \n":               "A\nB\n",
	} {
		if got := fixed(t, TrailingSpace, src); got != want {
			t.Errorf("fixing %q gave %q, want %q", src, got, want)
		}
		if again := fixed(t, TrailingSpace, want); again != want {
			t.Errorf("fixing %q again changed it to %q", want, again)
		}
	}
}
