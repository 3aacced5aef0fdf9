package rules

import "testing"

func TestFinalNewline(t *testing.T) {
	check(t, FinalNewline, valid+"\nText.\n")
	check(t, FinalNewline, valid+"\nText.\r\n")
	check(t, FinalNewline, "")
	check(t, FinalNewline, valid+"\nText.", "9:5-9:6 file does not end with a newline")
	check(t, FinalNewline, valid+"\nText 日本.", "9:8-9:9 file does not end with a newline")
	check(t, FinalNewline, valid+"\nText.\n\n", "10:1-11:1 file ends with 1 blank line; keep exactly one newline")
	check(t, FinalNewline, valid+"\nText.\r\n\r\n\r\n", "10:1-12:1 file ends with 2 blank lines; keep exactly one newline")
}

func TestFinalNewlineFix(t *testing.T) {
	for src, want := range map[string]string{
		"Text.":              "Text.\n",
		"A\r\nText.":         "A\r\nText.\r\n",
		"Text.\n\n\n":        "Text.\n",
		"Text.\r\n\r\n":      "Text.\r\n",
		"Text.\r\r":          "Text.\r",
		"---\ntitle: x\n---": "---\ntitle: x\n---\n",
	} {
		if got := fixed(t, FinalNewline, src); got != want {
			t.Errorf("fixing %q gave %q, want %q", src, got, want)
		}
		if again := fixed(t, FinalNewline, want); again != want {
			t.Errorf("fixing %q again changed it to %q", want, again)
		}
	}
}
