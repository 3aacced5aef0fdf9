package directive

import (
	"bytes"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/source"
)

// frontMatterDirectives appends the directives in YAML or TOML front
// matter: "#" comments on lines of their own. Lines inside a YAML block
// scalar ("key: |") or a TOML multi-line string are text, not comments;
// other multi-line strings (YAML quoted or plain scalars over several
// lines) are rare enough in front matter to be read line by line.
func frontMatterDirectives(p *post.Post, ds []Directive) []Directive {
	fm := p.FrontMatter
	if fm.Format != frontmatter.YAML && fm.Format != frontmatter.TOML {
		return ds
	}
	var (
		inBlock   bool // inside a YAML block scalar
		blockAt   int  // the indentation of the line that opened it
		tomlQuote []byte
	)
	first, last := p.Lines.Position(fm.Content.Start).Line, p.Lines.Position(fm.Content.End).Line
	for line := first; line <= last; line++ {
		start, end := p.Lines.LineStart(line), p.Lines.LineEnd(line)
		if start >= fm.Content.End {
			break
		}
		text := p.Source[start:min(end, fm.Content.End)]
		indent := skipSpace(text, 0)
		content := text[indent:]
		switch {
		case len(content) == 0:
			continue
		case inBlock && indent > blockAt:
			continue
		case tomlQuote != nil:
			if bytes.Count(content, tomlQuote)%2 == 1 {
				tomlQuote = nil
			}
			continue
		}
		inBlock = false
		if content[0] != '#' {
			if fm.Format == frontmatter.YAML {
				inBlock, blockAt = opensBlockScalar(content), indent
			} else {
				tomlQuote = opensMultiline(content)
			}
			continue
		}
		body := bytes.TrimRight(content[1:], " \t")
		d, ok := parseText(body, start+indent+1)
		if !ok {
			continue
		}
		d.Span = source.Span{Start: start + indent, End: start + indent + 1 + len(body)}
		d.locate(p.Lines)
		ds = append(ds, d)
	}
	return ds
}

// opensBlockScalar reports whether a YAML line ends with a block scalar
// header: "|" or ">" with optional indicators, and an optional comment.
func opensBlockScalar(line []byte) bool {
	if i := bytes.Index(line, []byte(" #")); i >= 0 {
		line = line[:i]
	}
	line = bytes.TrimRight(line, " \t")
	line = bytes.TrimRight(line, "+-0123456789")
	if len(line) == 0 || (line[len(line)-1] != '|' && line[len(line)-1] != '>') {
		return false
	}
	before := bytes.TrimRight(line[:len(line)-1], " \t")
	return len(before) == 0 || before[len(before)-1] == ':' || before[len(before)-1] == '-'
}

// opensMultiline returns the delimiter of a TOML multi-line string that
// the line opens and does not close, or nil.
func opensMultiline(line []byte) []byte {
	for _, q := range [][]byte{[]byte(`"""`), []byte(`'''`)} {
		if i := bytes.Index(line, q); i >= 0 && bytes.Count(line[i:], q)%2 == 1 {
			return q
		}
	}
	return nil
}
