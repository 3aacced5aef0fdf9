// Package post parses a blog post: its front matter, its Markdown body and
// the line index that places both.
package post

import (
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/postlint/postlint/internal/frontmatter"
	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/prose"
	"github.com/postlint/postlint/internal/source"
)

// Post is one parsed post. Every byte offset a post hands out, including
// those of body nodes after adding BodyOffset, is an offset into Source.
type Post struct {
	// Path names the post as shown to the user.
	Path   string
	Source []byte
	Lines  *source.LineIndex
	// FrontMatter is nil when the post has none.
	FrontMatter *frontmatter.FrontMatter
	// Body is the Markdown after the front matter, parsed with GitHub
	// Flavored Markdown and footnotes. Its offsets (Node.Pos, segments)
	// count from BodyOffset.
	Body       ast.Node
	BodyOffset int
	// BodySource is the text Body was parsed from: Source[BodyOffset:],
	// with lone carriage returns turned into line feeds.
	BodySource []byte
	// TooDeep, when not nil, is why Body is an empty document: the body's
	// lists and block quotes nest more than MaxNesting levels deep (see
	// nestingPastLimit), and parsing it would take time cubic in the
	// depth. It spans the marker that opens the first level past the
	// limit to the end of its line.
	TooDeep *source.Span
	// TooDeepWhat names what nests too deeply when TooDeep is set: "lists
	// and block quotes", or "parentheses" (within one paragraph, which
	// the parser takes time quadratic in the depth over).
	TooDeepWhat string

	proseOnce, anchorsOnce sync.Once
	prose                  []prose.Block
	anchors                markdown.Anchors

	memoMu sync.Mutex
	memo   map[any]any
}

// bodyMarkdown parses bodies: GitHub Flavored Markdown, footnotes, and
// heading attributes ("## Title {#custom-id}"), as Hugo and kramdown do.
var bodyMarkdown = goldmark.New(
	goldmark.WithExtensions(extension.GFM, extension.Footnote),
	goldmark.WithParserOptions(parser.WithAttribute()),
)

// Parse parses src as the post at path. It never fails: problems with the
// front matter are recorded in it, and a body nested too deeply to parse
// in TooDeep, for rules to report.
func Parse(path string, src []byte) *Post {
	p := &Post{Path: path, Source: src, Lines: source.NewLineIndex(src)}
	p.FrontMatter, p.BodyOffset = frontmatter.Split(src, p.Lines)
	p.BodySource = frontmatter.NormalizeLineEnds(src[p.BodyOffset:])
	at := nestingPastLimit(p.BodySource, MaxNesting)
	p.TooDeepWhat = "lists and block quotes"
	if at < 0 {
		at = parensPastLimit(p.BodySource, MaxNesting)
		p.TooDeepWhat = "parentheses"
	}
	if at >= 0 {
		start := p.BodyOffset + at
		p.TooDeep = &source.Span{Start: start, End: p.Lines.LineEnd(p.Lines.Position(start).Line)}
		p.Body = ast.NewDocument()
		return p
	}
	p.Body = bodyMarkdown.Parser().Parse(text.NewReader(p.BodySource))
	return p
}

// BodySpan converts a span of BodySource to a span of Source.
func (p *Post) BodySpan(s source.Span) source.Span {
	return source.Span{Start: s.Start + p.BodyOffset, End: s.End + p.BodyOffset}
}

// Prose returns the prose blocks of the body (see package prose),
// extracted once per post and shared by the rules that read prose.
func (p *Post) Prose() []prose.Block {
	p.proseOnce.Do(func() { p.prose = prose.Extract(p.Body, p.BodySource) })
	return p.prose
}

// Anchors returns the fragment identifiers the body defines (see
// markdown.CollectAnchors), collected once per post.
func (p *Post) Anchors() markdown.Anchors {
	p.anchorsOnce.Do(func() { p.anchors = markdown.CollectAnchors(p.Body, p.BodySource) })
	return p.anchors
}

// Memo returns the value build returns for key, calling build once per
// post, so that rules which derive the same thing from a post (the phrase
// tokens of its prose, say) share the work. Keys are values of an
// unexported type of the package that uses them, as with
// context.Context.
func (p *Post) Memo(key any, build func() any) any {
	p.memoMu.Lock()
	v, ok := p.memo[key]
	p.memoMu.Unlock()
	if ok {
		return v
	}
	v = build()
	p.memoMu.Lock()
	defer p.memoMu.Unlock()
	if old, ok := p.memo[key]; ok {
		return old
	}
	if p.memo == nil {
		p.memo = make(map[any]any)
	}
	p.memo[key] = v
	return v
}
