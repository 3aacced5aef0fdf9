// Package directive reads the comments with which an author silences
// rules in one post, and decides which findings they suppress.
//
// In the Markdown body a directive is an HTML comment that starts with its
// keyword; in YAML or TOML front matter it is a "#" comment on a line of
// its own:
//
//	<!-- postlint-disable-next-line cliche -- quoting a reader -->
//	<!-- postlint-disable rule-a, rule-b -- reason -->  ...  <!-- postlint-enable rule-a -->
//	<!-- postlint-disable-file rule -- reason -->
//	# postlint-disable-next-line unknown-key -- legacy key
//
// Rules are named by commas and/or spaces, and every form except
// postlint-enable needs a reason after " -- ". Only comments that goldmark
// parses as HTML count: a directive in a code block or in inline code is
// text. Checking the names against the catalogue is the caller's job.
package directive

import (
	"bytes"
	"fmt"

	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/source"
)

// Kind is the form of a directive.
type Kind int

// The directive forms. The zero Kind is a "postlint-" keyword that names
// none of them; such a directive always has a Problem.
const (
	DisableNextLine Kind = iota + 1 // postlint-disable-next-line: the line after the comment
	Disable                         // postlint-disable: up to the matching postlint-enable, or the end of the file
	Enable                          // postlint-enable: ends earlier postlint-disable ranges
	DisableFile                     // postlint-disable-file: the whole file
)

// keywords lists the keywords in the order messages name them.
var keywords = []string{"postlint-disable-next-line", "postlint-disable", "postlint-enable", "postlint-disable-file"}

// String returns the keyword that writes k, such as "postlint-disable".
func (k Kind) String() string {
	if k >= DisableNextLine && k <= DisableFile {
		return keywords[k-1]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Directive is one postlint comment in a post.
type Directive struct {
	Kind Kind
	// Keyword is the keyword as written; it differs from Kind.String()
	// only when Kind is zero.
	Keyword string
	// Rules are the rule names in the order written, and NameSpans their
	// places in the file, for findings about a name.
	Rules     []string
	NameSpans []source.Span
	// Reason is the text after " -- ", each run of white space made one
	// space.
	Reason string
	// Span is the whole comment ("<!--" to "-->", or "#" to the end of
	// the line), in file offsets; Line and EndLine are its first and last
	// lines.
	Span          source.Span
	Line, EndLine int
	// Problem says why the directive is invalid, in the words of a
	// finding, or is "" when it is valid. An invalid directive suppresses
	// nothing, but a postlint-enable still ends the ranges it can, and an
	// invalid postlint-disable can still be ended, so that one mistake is
	// reported once.
	Problem string
}

// Parse returns the directives of p, in source order. Problems that
// depend on other directives (a postlint-enable naming a rule that no
// open postlint-disable disabled) are set too.
func Parse(p *post.Post) []Directive {
	if !bytes.Contains(p.Source, marker) {
		return nil
	}
	var ds []Directive
	if fm := p.FrontMatter; fm != nil && bytes.Contains(p.Source[fm.Content.Start:fm.Content.End], marker) {
		ds = frontMatterDirectives(p, ds)
	}
	if bytes.Contains(p.BodySource, marker) {
		ds = bodyDirectives(p, ds)
	}
	if len(ds) == 0 {
		return nil
	}
	_, problems := resolve(ds, p.Lines.Lines())
	for i, msg := range problems {
		ds[i].Problem = msg
	}
	return ds
}

var marker = []byte("postlint-")

// locate sets the lines of d from its span.
func (d *Directive) locate(lines *source.LineIndex) {
	d.Line = lines.Position(d.Span.Start).Line
	d.EndLine = lines.Position(d.Span.End).Line
}
