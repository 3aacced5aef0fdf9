package frontmatter

import "github.com/postlint/postlint/internal/source"

// maxValues bounds how many values one front matter block may decode to,
// counting every expansion of a YAML alias, so that an alias bomb is a
// finding rather than an exhausted machine.
const maxValues = 100_000

// maxNesting bounds how deeply the lists and mappings of one block may
// nest: real front matter nests a few levels, and placing the values of
// thousands of levels takes time quadratic in the depth.
const maxNesting = 100

// decoder turns one block's content into fm.Value and fills its spans.
type decoder struct {
	fm      *FrontMatter
	src     []byte // the whole file
	lines   *source.LineIndex
	base    int // the file line on which the content starts
	values  int // values decoded so far, for maxValues
	nesting int // lists and mappings open on the current path, for maxNesting
}

func (d *decoder) decode(data []byte) {
	var v any
	var ok bool
	switch d.fm.Format {
	case YAML:
		v, ok = d.yaml(data)
	case TOML:
		v, ok = d.toml(data)
	case JSON:
		v, ok = d.json(data)
	}
	if ok {
		d.fm.Value, d.fm.Decoded = v, true
	}
}

// offset returns the file offset of a 1-based line and column counted
// within the content.
func (d *decoder) offset(line, column int) int {
	return d.lines.Offset(source.Position{Line: d.base + line - 1, Column: column})
}

// lineSpan returns the span of the content's 1-based line, without
// surrounding space.
func (d *decoder) lineSpan(line int) source.Span {
	fileLine := d.base + line - 1
	start, end := d.lines.LineStart(fileLine), d.lines.LineEnd(fileLine)
	for start < end && (d.src[start] == ' ' || d.src[start] == '\t') {
		start++
	}
	for end > start && (d.src[end-1] == ' ' || d.src[end-1] == '\t') {
		end--
	}
	return source.Span{Start: start, End: end}
}

func (d *decoder) set(pointer string, value source.Span) {
	d.fm.values[pointer] = value
}

func (d *decoder) setKey(pointer string, key source.Span) {
	d.fm.keys[pointer] = key
}
