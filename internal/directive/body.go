package directive

import (
	"bytes"

	"github.com/yuin/goldmark/ast"

	"github.com/postlint/postlint/internal/post"
	"github.com/postlint/postlint/internal/source"
)

// bodyDirectives appends the directives in the HTML of p's body: HTML
// blocks, which may hold several comments, and inline raw HTML, which is
// one comment or one tag.
func bodyDirectives(p *post.Post, ds []Directive) []Directive {
	src := p.BodySource
	_ = ast.Walk(p.Body, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock:
			start, end := blockText(n)
			ds = comments(p, src[:end], start, ds)
		case *ast.RawHTML:
			if segs := n.Segments; segs.Len() > 0 {
				ds = comments(p, src[:segs.At(segs.Len()-1).Stop], segs.At(0).Start, ds)
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return ds
}

// blockText returns the range of body offsets an HTML block covers.
func blockText(n *ast.HTMLBlock) (start, end int) {
	lines := n.Lines()
	if lines.Len() == 0 {
		return 0, 0
	}
	start, end = lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if n.HasClosure() {
		end = n.ClosureLine.Stop
	}
	return start, end
}

var (
	commentOpen  = []byte("<!--")
	commentClose = []byte("-->")
)

// comments appends the directives among the HTML comments in src[i:],
// where src is the body cut at the end of the HTML being read.
func comments(p *post.Post, src []byte, i int, ds []Directive) []Directive {
	for {
		k := bytes.Index(src[i:], commentOpen)
		if k < 0 {
			return ds
		}
		open := i + k
		textStart := open + len(commentOpen)
		textEnd, closeEnd := closing(src, textStart)
		d, ok := parseText(src[textStart:textEnd], p.BodyOffset+textStart)
		if ok {
			if closeEnd < 0 { // the comment runs past the HTML goldmark saw
				closeEnd = len(bytes.TrimRight(src, " \t\r\n"))
				d.Problem = `the comment is never closed; end it with "-->"`
			}
			d.Span = p.BodySpan(source.Span{Start: open, End: closeEnd})
			d.locate(p.Lines)
			ds = append(ds, d)
		}
		if closeEnd < 0 {
			return ds
		}
		i = closeEnd
	}
}

// closing finds the end of the comment whose text starts at src[start:]:
// it returns where the text ends and where the closing "-->" ends, or
// (len(src), -1) when the comment is not closed. As in CommonMark, "<!-->"
// and "<!--->" are empty comments.
func closing(src []byte, start int) (textEnd, closeEnd int) {
	rest := src[start:]
	switch {
	case bytes.HasPrefix(rest, []byte(">")):
		return start, start + 1
	case bytes.HasPrefix(rest, []byte("->")):
		return start, start + 2
	}
	if k := bytes.Index(rest, commentClose); k >= 0 {
		return start + k, start + k + len(commentClose)
	}
	return len(src), -1
}
