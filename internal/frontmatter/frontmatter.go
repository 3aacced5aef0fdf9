// Package frontmatter finds a post's front matter, decodes it into the
// JSON data model that JSON Schema validates, and keeps the byte span of
// every key and value so that a JSON pointer can be mapped back to the
// place in the file where the author wrote it.
//
// YAML (between "---" lines), TOML (between "+++" lines) and JSON (an
// object starting with a "{" line) are recognised. Splitting is done by
// github.com/adrg/frontmatter; decoding is done here, because its default
// decoders lose positions and turn YAML dates into time values.
package frontmatter

import (
	"bytes"
	"fmt"

	adrg "github.com/adrg/frontmatter"

	"github.com/postlint/postlint/internal/source"
)

// Format is a front matter syntax.
type Format int

// The front matter formats.
const (
	YAML Format = iota + 1
	TOML
	JSON
)

// String returns the format's name: "YAML", "TOML" or "JSON".
func (f Format) String() string {
	switch f {
	case YAML:
		return "YAML"
	case TOML:
		return "TOML"
	case JSON:
		return "JSON"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// Problem is something wrong with the front matter's syntax: it does not
// decode, is not closed, repeats a key, or is preceded by something that
// makes site generators miss it.
type Problem struct {
	Span    source.Span
	Message string
}

// FrontMatter is a post's front matter block.
type FrontMatter struct {
	Format Format
	// Open is the opening delimiter line, without its line end.
	Open source.Span
	// Content is the text that was decoded: the lines between the
	// delimiters, or for JSON the whole object.
	Content source.Span
	// Value is the decoded front matter in the JSON data model
	// (map[string]any, []any, string, float64, int64, json.Number, bool
	// or nil). Timestamps stay the strings the author wrote. Value is nil
	// and Decoded false when the block did not decode.
	Value   any
	Decoded bool
	// Problems lists the syntax problems found, in source order.
	Problems []Problem

	values map[string]source.Span // JSON pointer -> the value's span
	keys   map[string]source.Span // JSON pointer -> the span of the key naming it
}

// ValueSpan returns the span of the value at a JSON pointer (RFC 6901,
// "" for the whole front matter). For TOML it may be the span of the key
// that holds the value.
func (fm *FrontMatter) ValueSpan(pointer string) (source.Span, bool) {
	s, ok := fm.values[pointer]
	return s, ok
}

// KeySpan returns the span of the key whose value is at pointer.
func (fm *FrontMatter) KeySpan(pointer string) (source.Span, bool) {
	s, ok := fm.keys[pointer]
	return s, ok
}

func (fm *FrontMatter) addProblem(s source.Span, format string, args ...any) {
	fm.Problems = append(fm.Problems, Problem{Span: s, Message: fmt.Sprintf(format, args...)})
}

var bom = []byte("\xEF\xBB\xBF")

var delimiters = map[string]Format{"---": YAML, "+++": TOML, "{": JSON}

// Split finds the front matter of src, decodes it and returns it with the
// byte offset at which the Markdown body starts. It returns a nil
// FrontMatter when the post has none. lines must index src.
func Split(src []byte, lines *source.LineIndex) (*FrontMatter, int) {
	bomLen := 0
	if bytes.HasPrefix(src, bom) {
		bomLen = len(bom)
	}
	text := NormalizeLineEnds(src[bomLen:])
	open, blankLines := firstLine(text)
	format, ok := delimiters[string(bytes.TrimSpace(text[open.Start:open.End]))]
	if !ok {
		return nil, bomLen
	}
	fm := &FrontMatter{
		Format: format,
		Open:   source.Span{Start: bomLen + open.Start, End: bomLen + open.End},
		values: make(map[string]source.Span),
		keys:   make(map[string]source.Span),
	}
	if bomLen > 0 {
		fm.addProblem(source.Span{Start: 0, End: bomLen},
			"the file starts with a UTF-8 byte order mark; remove it, or site generators may not see the front matter")
	}
	if blankLines > 0 {
		fm.addProblem(fm.Open, "front matter must start on line 1; remove the %d blank %s before it",
			blankLines, plural(blankLines, "line", "lines"))
	}

	var data []byte
	capture := func(d []byte, _ any) error { data = d; return nil }
	// adrg copies whatever follows the block; giving it the text up to
	// the first line that looks like the closing delimiter spares a copy
	// of the body. Should adrg not close the block there, it gets all of
	// the text, so that it alone decides where the block ends.
	limit := closingLineEnd(text, lineEnd(text, open.Start), closing(format))
	rest, err := adrg.MustParse(bytes.NewReader(text[:limit]), nil, formatFor(format, capture))
	if err != nil && limit < len(text) {
		rest, err = adrg.MustParse(bytes.NewReader(text), nil, formatFor(format, capture))
	} else {
		rest = text[limit-len(rest):]
	}
	if err != nil {
		// adrg reports an unclosed block as "not found"; any other error
		// is a read error, which cannot happen on a byte slice.
		fm.addProblem(fm.Open, "front matter opened on line %d is never closed; add a closing %q line",
			lines.Position(fm.Open.Start).Line, closing(format))
		return fm, len(src)
	}
	contentStart := bomLen + open.Start
	if format != JSON {
		contentStart = bomLen + lineEnd(text, open.Start)
	}
	fm.Content = source.Span{Start: contentStart, End: contentStart + len(data)}
	d := decoder{fm: fm, src: src, lines: lines, base: lines.Position(contentStart).Line}
	d.decode(data)
	return fm, len(src) - len(rest)
}

// DecodeYAML decodes a whole YAML file, such as a configuration file, with
// the positions and problems that Split gives front matter. Open is the
// file's first line. lines must index src.
func DecodeYAML(src []byte, lines *source.LineIndex) *FrontMatter {
	fm := &FrontMatter{
		Format:  YAML,
		Open:    source.Span{Start: 0, End: lines.LineEnd(1)},
		Content: source.Span{Start: 0, End: len(src)},
		values:  make(map[string]source.Span),
		keys:    make(map[string]source.Span),
	}
	d := decoder{fm: fm, src: src, lines: lines, base: 1}
	d.decode(NormalizeLineEnds(src))
	return fm
}

// formatFor returns the adrg format that recognises f's delimiters and
// hands the raw block to capture.
func formatFor(f Format, capture adrg.UnmarshalFunc) *adrg.Format {
	switch f {
	case TOML:
		return adrg.NewFormat("+++", "+++", capture)
	case JSON:
		return &adrg.Format{Start: "{", End: "}", Unmarshal: capture, UnmarshalDelims: true, RequiresNewLine: true}
	}
	return adrg.NewFormat("---", "---", capture)
}

func closing(f Format) string {
	switch f {
	case TOML:
		return "+++"
	case JSON:
		return "}"
	}
	return "---"
}

// firstLine returns the span of the first line of text that is not blank,
// without its line end, and the number of blank lines before it.
func firstLine(text []byte) (source.Span, int) {
	blank := 0
	for start := 0; start < len(text); {
		end := lineEnd(text, start)
		line := text[start:end]
		if len(bytes.TrimSpace(line)) > 0 {
			return source.Span{Start: start, End: start + len(bytes.TrimRight(line, "\r\n"))}, blank
		}
		blank++
		start = end
	}
	return source.Span{Start: len(text), End: len(text)}, blank
}

// lineEnd returns the offset just past the line end of the line holding
// offset start, or len(text).
func lineEnd(text []byte, start int) int {
	if i := bytes.IndexByte(text[start:], '\n'); i >= 0 {
		return start + i + 1
	}
	return len(text)
}

// closingLineEnd returns the end, line end included, of the first line
// from offset start on that reads delim apart from surrounding white
// space, or len(text) when there is none.
func closingLineEnd(text []byte, start int, delim string) int {
	for start < len(text) {
		end := lineEnd(text, start)
		if string(bytes.TrimSpace(text[start:end])) == delim {
			return end
		}
		start = end
	}
	return len(text)
}

// NormalizeLineEnds turns each lone "\r" into "\n", which keeps every byte
// offset the same, so that line-based splitting sees old Mac line ends.
func NormalizeLineEnds(b []byte) []byte {
	if bytes.IndexByte(b, '\r') < 0 {
		return b
	}
	out := bytes.Clone(b)
	for i, c := range out {
		if c == '\r' && (i+1 == len(out) || out[i+1] != '\n') {
			out[i] = '\n'
		}
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
