package lint

import (
	"encoding/binary"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// packedPost holds one post's findings in a compact binary form. A run
// keeps every post's findings until the site rules have run and the
// report is printed; as rule.Finding values, with their strings, fixes
// and the slack of growing slices, they took most of a large site's
// memory, and packed they take about a third of it. The post's path and
// the rule names are not repeated: a finding names its rule by its index
// in the linter's catalogue.
type packedPost struct {
	path   string
	linter *Linter
	blob   blob
}

// Flags of a packed finding.
const (
	packedFix       = 1 << iota // a Fix follows
	packedEdits                 // the Fix's Edits are not nil
	packedRelated               // Related is not nil; its places follow
	packedRuleIndex             // the rule is named by its catalogue index
)

// pack packs the findings of the post at path into st. It returns the
// findings about another path apart: they are sorted with the site
// rules' findings, so that the report stays in path order.
func (l *Linter) pack(path string, findings []rule.Finding, st *store) (packedPost, []rule.Finding) {
	p := packedPost{path: path, linter: l}
	if len(findings) == 0 {
		return p, nil
	}
	var other []rule.Finding
	b := make([]byte, 0, 128*len(findings))
	for _, f := range findings {
		if f.Path != path {
			other = append(other, f)
			continue
		}
		b = l.appendFinding(b, f)
	}
	p.blob = st.put(b)
	return p, other
}

func (l *Linter) appendFinding(b []byte, f rule.Finding) []byte {
	index, named := l.index[f.Rule]
	var flags byte
	if named {
		flags |= packedRuleIndex
	}
	if f.Fix != nil {
		flags |= packedFix
		if f.Fix.Edits != nil {
			flags |= packedEdits
		}
	}
	if f.Related != nil {
		flags |= packedRelated
	}
	b = append(b, flags)
	if named {
		b = binary.AppendUvarint(b, uint64(index))
	} else {
		b = appendString(b, f.Rule)
	}
	b = binary.AppendVarint(b, int64(f.Severity))
	b = appendString(b, f.Message)
	b = appendPlace(b, f.Span, f.Range)
	if f.Fix != nil {
		b = appendString(b, f.Fix.Description)
		b = binary.AppendUvarint(b, uint64(len(f.Fix.Edits)))
		for _, e := range f.Fix.Edits {
			b = appendPlace(b, e.Span, e.Range)
			b = appendString(b, e.NewText)
		}
	}
	if f.Related != nil {
		b = binary.AppendUvarint(b, uint64(len(f.Related)))
		for _, r := range f.Related {
			b = appendString(b, r.Path)
			b = appendPlace(b, r.Span, r.Range)
			b = appendString(b, r.Message)
		}
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// appendPlace appends a span and its range, ends as differences from
// starts, which are small.
func appendPlace(b []byte, s source.Span, r source.Range) []byte {
	for _, n := range [...]int{s.Start, s.End - s.Start, r.Start.Line, r.Start.Column, r.End.Line - r.Start.Line, r.End.Column} {
		b = binary.AppendVarint(b, int64(n))
	}
	return b
}

// appendTo unpacks p's findings, data read from its blob, onto fs.
func (p packedPost) appendTo(fs []rule.Finding, data []byte) []rule.Finding {
	d := decoder{data: data}
	for len(d.data) > 0 {
		f := rule.Finding{Path: p.path}
		flags := d.byte()
		if flags&packedRuleIndex != 0 {
			f.Rule = p.linter.names[d.uvarint()]
		} else {
			f.Rule = d.string()
		}
		f.Severity = rule.Severity(d.varint())
		f.Message = d.string()
		f.Span, f.Range = d.place()
		if flags&packedFix != 0 {
			f.Fix = &rule.Fix{Description: d.string()}
			n := d.uvarint()
			if flags&packedEdits != 0 {
				f.Fix.Edits = make([]rule.Edit, n)
			}
			for i := range n {
				e := &f.Fix.Edits[i]
				e.Span, e.Range = d.place()
				e.NewText = d.string()
			}
		}
		if flags&packedRelated != 0 {
			f.Related = make([]rule.Related, d.uvarint())
			for i := range f.Related {
				r := &f.Related[i]
				r.Path = d.string()
				r.Span, r.Range = d.place()
				r.Message = d.string()
			}
		}
		fs = append(fs, f)
	}
	return fs
}

// decoder reads what appendFinding and packSummary wrote. The data never
// leaves the process, so a malformed byte is a bug in the packer, and it
// panics.
type decoder struct{ data []byte }

func (d *decoder) byte() byte {
	c := d.data[0]
	d.data = d.data[1:]
	return c
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.data)
	if n <= 0 {
		panic("lint: corrupt packed findings")
	}
	d.data = d.data[n:]
	return v
}

func (d *decoder) varint() int {
	v, n := binary.Varint(d.data)
	if n <= 0 {
		panic("lint: corrupt packed findings")
	}
	d.data = d.data[n:]
	return int(v)
}

func (d *decoder) string() string {
	return string(d.bytes())
}

// bytes returns the next string's bytes, which stay the data's.
func (d *decoder) bytes() []byte {
	n := d.uvarint()
	b := d.data[:n:n]
	d.data = d.data[n:]
	return b
}

func (d *decoder) place() (source.Span, source.Range) {
	var s source.Span
	var r source.Range
	s.Start = d.varint()
	s.End = s.Start + d.varint()
	r.Start.Line = d.varint()
	r.Start.Column = d.varint()
	r.End.Line = r.Start.Line + d.varint()
	r.End.Column = d.varint()
	return s, r
}

// packSummary packs what the site rules need of a post, all but its
// Path, File and Suppressed function, which the caller keeps.
func packSummary(s *rule.Summary) []byte {
	b := make([]byte, 0, 256)
	for _, v := range [...]rule.Value{s.Title, s.Slug, s.Date} {
		b = appendValue(b, v)
	}
	b = binary.AppendUvarint(b, uint64(len(s.Tags)))
	for _, v := range s.Tags {
		b = appendValue(b, v)
	}
	var draft byte
	if s.Draft {
		draft = 1
	}
	b = append(b, draft)
	b = binary.AppendUvarint(b, uint64(len(s.Links)))
	for _, l := range s.Links {
		b = appendValue(b, l.Value)
		var image byte
		if l.Image {
			image = 1
		}
		b = append(b, image)
	}
	return appendString(b, string(s.Anchors))
}

func appendValue(b []byte, v rule.Value) []byte {
	return appendPlace(appendString(b, v.Text), v.Span(), v.Range())
}

// summaryUnpacker unpacks what packSummary packed. The site rules hold
// every summary at once, so it shares what many posts repeat: a tag's
// text is one string for the whole site.
type summaryUnpacker struct {
	tags map[string]string
}

// unpack returns the summary packed in data of the post shown as path
// and read from file.
func (u *summaryUnpacker) unpack(data []byte, path, file string) *rule.Summary {
	d := decoder{data: data}
	s := &rule.Summary{Path: path, File: file}
	s.Title, s.Slug, s.Date = d.value(), d.value(), d.value()
	if n := d.uvarint(); n > 0 {
		s.Tags = make([]rule.Value, n)
		for i := range s.Tags {
			text := d.bytes()
			tag, ok := u.tags[string(text)]
			if !ok {
				if u.tags == nil {
					u.tags = make(map[string]string)
				}
				tag = string(text)
				u.tags[tag] = tag
			}
			span, rng := d.place()
			s.Tags[i] = rule.NewValue(tag, span, rng)
		}
	}
	s.Draft = d.byte() == 1
	if n := d.uvarint(); n > 0 {
		s.Links = make([]rule.Link, n)
		for i := range s.Links {
			s.Links[i] = rule.Link{Value: d.value(), Image: d.byte() == 1}
		}
	}
	s.Anchors = markdown.AnchorList(d.string())
	return s
}

func (d *decoder) value() rule.Value {
	text := d.string()
	span, rng := d.place()
	return rule.NewValue(text, span, rng)
}
