package frontmatter

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/postlint/postlint/internal/source"
)

// json decodes a JSON front matter object token by token, so that each key
// and value keeps its exact span and duplicate keys are seen.
func (d *decoder) json(data []byte) (any, bool) {
	j := jsonDecoder{d: d, data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	j.dec.UseNumber()
	v, err := j.value("")
	if err == nil {
		if _, extra := j.dec.Token(); extra != io.EOF {
			err = errors.New("unexpected text after the closing }")
		}
	}
	if err != nil {
		j.fail(err)
		return nil, false
	}
	return v, true
}

type jsonDecoder struct {
	d    *decoder
	data []byte
	dec  *json.Decoder
	// lastGood is where the next token starts, as far as is known: past
	// the last token that decoded, white space and separators.
	lastGood int
}

// next returns the offset of the next token: past white space and the
// separators that encoding/json consumes silently.
func (j *jsonDecoder) next() int {
	off := int(j.dec.InputOffset())
	defer func() { j.lastGood = off }()
	for off < len(j.data) {
		switch j.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

func (j *jsonDecoder) span(start, end int) source.Span {
	base := j.d.fm.Content.Start
	return source.Span{Start: base + start, End: base + end}
}

func (j *jsonDecoder) value(pointer string) (any, error) {
	j.d.values++
	if j.d.values > maxValues {
		return nil, errors.New("front matter has too many values")
	}
	start := j.next()
	tok, err := j.dec.Token()
	if err != nil {
		return nil, err
	}
	var v any
	switch tok := tok.(type) {
	case json.Delim:
		j.d.nesting++
		defer func() { j.d.nesting-- }()
		if j.d.nesting > maxNesting {
			return nil, fmt.Errorf("it nests more than %d levels deep; flatten it", maxNesting)
		}
		if tok == '{' {
			v, err = j.object(pointer)
		} else {
			v, err = j.array(pointer)
		}
		if err != nil {
			return nil, err
		}
	default:
		v = tok
	}
	j.d.set(pointer, j.span(start, int(j.dec.InputOffset())))
	return v, nil
}

func (j *jsonDecoder) object(pointer string) (any, error) {
	obj := make(map[string]any)
	firstLine := make(map[string]int)
	for j.dec.More() {
		keyStart := j.next()
		tok, err := j.dec.Token()
		if err != nil {
			return nil, err
		}
		key := tok.(string) // inside an object, encoding/json yields keys as strings
		child := childPointer(pointer, key)
		keySpan := j.span(keyStart, int(j.dec.InputOffset()))
		if line, dup := firstLine[key]; dup {
			j.d.fm.addProblem(keySpan, "key %q appears twice; it was first set on line %d", key, line)
		}
		firstLine[key] = j.d.lines.Position(keySpan.Start).Line
		j.d.setKey(child, keySpan)
		if obj[key], err = j.value(child); err != nil {
			return nil, err
		}
	}
	_, err := j.dec.Token() // the closing }
	return obj, err
}

func (j *jsonDecoder) array(pointer string) (any, error) {
	list := []any{}
	for i := 0; j.dec.More(); i++ {
		v, err := j.value(indexPointer(pointer, i))
		if err != nil {
			return nil, err
		}
		list = append(list, v)
	}
	_, err := j.dec.Token() // the closing ]
	return list, err
}

// fail records a JSON error where the token that broke it starts: just
// past the last token that decoded.
func (j *jsonDecoder) fail(err error) {
	off := j.lastGood
	msg := err.Error()
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		msg = "the object is not closed"
	}
	s := j.span(off, off)
	s.End = j.d.lines.LineEnd(j.d.lines.Position(s.Start).Line)
	j.d.fm.addProblem(s, "front matter is not valid JSON: %s", msg)
}
