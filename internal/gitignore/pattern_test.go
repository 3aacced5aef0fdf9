package gitignore

import (
	"os"
	"path/filepath"
	"testing"
)

// A trailing slash on a case's path marks a directory.
var patternCases = []struct {
	name, gitignore, path string
	want                  bool
}{
	// Blank lines, comments, trailing spaces, escapes.
	{"blank and comment lines", "\n# foo\n\n", "foo", false},
	{"comment is not a pattern", "# foo", "# foo", false},
	{"escaped hash", `\#foo`, "#foo", true},
	{"hash inside is literal", "a#b", "a#b", true},
	{"leading space is kept", " foo", "foo", false},
	{"leading space matches", " foo", " foo", true},
	{"trailing spaces trimmed", "foo   ", "foo", true},
	{"escaped trailing space kept", `foo\ `, "foo ", true},
	{"escaped trailing space is not trimmed", `foo\ `, "foo", false},
	{"escaped space then spaces", `foo\   `, "foo ", true},
	{"trailing tab is not trimmed", "foo\t", "foo", false},
	{"CRLF line ends", "*.md\r\nx\r\n", "a.md", true},
	{"byte order mark", "\uFEFF*.md", "a.md", true},
	{"escaped bang", `\!important.md`, "!important.md", true},
	{"escaped star", `\*.md`, "*.md", true},
	{"escaped star is literal", `\*.md`, "a.md", false},
	{"escaped question mark", `a\?`, "ab", false},
	{"case sensitive", "*.MD", "a.md", false},

	// Negation and order.
	{"negation re-includes", "*.md\n!keep.md", "keep.md", false},
	{"negation leaves others", "*.md\n!keep.md", "other.md", true},
	{"last match wins", "!keep.md\n*.md", "keep.md", true},
	{"last match wins again", "foo\n!foo\nfoo", "foo", true},
	{"negation alone excludes nothing", "!foo", "foo", false},
	{"bare bang is skipped", "!\nfoo", "foo", true},

	// Directories only.
	{"dir-only matches a dir", "drafts/", "drafts/", true},
	{"dir-only skips a file", "drafts/", "drafts", false},
	{"dir-only at any depth", "drafts/", "posts/drafts/", true},
	{"file under an excluded dir", "drafts/", "drafts/a.md", true},
	{"deep file under an excluded dir", "drafts/", "posts/drafts/2024/a.md", true},
	{"bare slash is skipped", "/", "a", false},
	{"anchored dir-only", "doc/frotz/", "doc/frotz/", true},
	{"anchored dir-only not deeper", "doc/frotz/", "a/doc/frotz/", false},

	// Anchoring.
	{"no slash matches at any depth", "foo", "a/b/foo", true},
	{"no slash glob at any depth", "*.md", "a/b/c.md", true},
	{"leading slash anchors", "/drafts", "drafts", true},
	{"leading slash not deeper", "/drafts", "posts/drafts", false},
	{"middle slash anchors", "posts/drafts", "posts/drafts", true},
	{"middle slash not deeper", "posts/drafts", "x/posts/drafts", false},
	{"star does not cross a slash", "doc/*.md", "doc/x/a.md", false},
	{"star within an element", "doc/*.md", "doc/a.md", true},
	{"star element anchors", "*/b", "a/b", true},
	{"star element anchors not deeper", "*/b", "x/a/b", false},
	{"escaped slash is a slash", `a\/b`, "a/b", true},
	{"excluded dir pattern excludes its files", "foo/*", "foo/bar/baz.md", true},

	// Wildcards and sets.
	{"star matches a leading dot", "*rc", ".bashrc", true},
	{"question mark", "a?c", "abc", true},
	{"question mark needs a character", "a?c", "ac", false},
	{"question mark does not match a slash", "x/a?b", "x/a/b", false},
	{"question mark matches a byte, as in git", "?.md", "é.md", false},
	{"two question marks match a two-byte character", "??.md", "é.md", true},
	{"set", "[abc].md", "b.md", true},
	{"set miss", "[abc].md", "d.md", false},
	{"range", "post-[0-9][0-9].md", "post-42.md", true},
	{"negated range with bang", "[!a-c].md", "d.md", true},
	{"negated range miss", "[!a-c].md", "a.md", false},
	{"negated range with caret", "[^a].md", "b.md", true},
	{"bracket first is literal", "[]].md", "].md", true},
	{"dash last is literal", "[a-].md", "-.md", true},
	{"escaped bracket in set", `[\]x].md`, "].md", true},
	{"posix class", "[[:digit:]]*", "2024-post.md", true},
	{"posix class miss", "[[:digit:]]*", "post.md", false},
	{"set does not match a slash", "a[/]b", "a/b", false},
	{"slash in a set anchors", "a[!/]b", "x/axb", false},
	{"slash in a set anchors at top", "a[!/]b", "axb", true},
	{"unknown posix class is skipped", "[[:bogus:]]\nx", "b", false},
	{"unclosed set is skipped", "[abc\nfoo", "[abc", false},
	{"unclosed set leaves the rest", "[abc\nfoo", "foo", true},
	{"trailing backslash is skipped", "foo\\\nbar", "foo", false},

	// Double stars.
	{"leading ** at top", "**/foo", "foo", true},
	{"leading ** deep", "**/foo", "a/b/foo", true},
	{"leading ** then path", "**/foo/bar", "x/foo/bar", true},
	{"leading ** then path at top", "**/foo/bar", "foo/bar", true},
	{"leading ** then path miss", "**/foo/bar", "foo/x/bar", false},
	{"trailing ** inside", "abc/**", "abc/x", true},
	{"trailing ** deep inside", "abc/**", "abc/x/y.md", true},
	{"trailing ** not the dir itself", "abc/**", "abc/", false},
	{"middle ** zero dirs", "a/**/b", "a/b", true},
	{"middle ** one dir", "a/**/b", "a/x/b", true},
	{"middle ** many dirs", "a/**/b", "a/x/y/z/b", true},
	{"middle ** whole elements only", "a/**/b", "a/xb", false},
	{"two middle **", "foo/**/bar/**/baz", "foo/bar/baz", true},
	{"** then glob", "**/drafts/*.md", "x/y/drafts/a.md", true},
	{"** then glob miss", "**/drafts/*.md", "x/drafts/y/a.md", false},
	{"** inside an element is a star", "a**b", "axyb", true},
	{"** inside an element stops at a slash", "x/a**b", "x/a/b", false},
	{"** alone", "**", "a/b/c.md", true},
	{"stars after a literal: zero dirs", "b**/a", "ba", true},
	{"stars after a literal: any dirs", "b**/a", "bx/y/a", true},
	{"stars after a literal: anchored", "b**/a", "q/ba", false},
	{"stars after a literal then a star", "b**/*/a", "bx/a", true},
	{"trailing stars after a literal", "doc/draft**", "doc/drafts/a.md", true},
	{"stars before a quoted slash need a dir", `**\/a`, "a", false},
	{"stars before a quoted slash", `**\/a`, "x/a", true},
	{"** dir-only", "**/", "a/", true},
	{"** dir-only skips files", "**/", "a", false},
	{"** dir-only excludes files below", "foo/**/", "foo/a/b.md", true},

	// The parent-excluded rule.
	{"cannot re-include below an excluded dir", "drafts/\n!drafts/keep.md", "drafts/keep.md", true},
	{"can re-include below an included dir", "drafts/*\n!drafts/keep.md", "drafts/keep.md", false},
	{"star excludes dirs too", "*\n!*.md", "dir/a.md", true},
	{"star negation at top", "*\n!*.md", "a.md", false},
	{"gitignore(5) example excluded", "/*\n!/foo\n/foo/*\n!/foo/bar", "foo/baz", true},
	{"gitignore(5) example kept", "/*\n!/foo\n/foo/*\n!/foo/bar", "foo/bar/x.md", false},
	{"gitignore(5) example others", "/*\n!/foo\n/foo/*\n!/foo/bar", "other", true},
	{"re-included dir", "drafts/\n!drafts/", "drafts/a.md", false},
}

func TestPatterns(t *testing.T) {
	for _, c := range patternCases {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			if err := os.WriteFile(filepath.Join(root, ".gitignore"), []byte(c.gitignore), 0o644); err != nil {
				t.Fatal(err)
			}
			path, isDir := c.path, false
			if len(path) > 1 && path[len(path)-1] == '/' {
				path, isDir = path[:len(path)-1], true
			}
			got := New(root).Ignored(filepath.Join(root, filepath.FromSlash(path)), isDir)
			if got != c.want {
				t.Errorf(".gitignore %q: Ignored(%q, %v) = %v, want %v", c.gitignore, path, isDir, got, c.want)
			}
		})
	}
}
