package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"iter"
)

// streamMarker stands in a document for the array that writeStreamed
// streams. It is a JSON string no report value holds: a tool name or a
// rule's description does not start with a NUL character.
var streamMarker = json.RawMessage(`"\u0000postlint:stream"`)

// writeStreamed writes doc to w as json.Encoder writes it with a two-space
// indent and no HTML escaping, except that the one place where doc holds
// streamMarker becomes a JSON array of the values items yields, each
// encoded as it would have been in place. A report's findings are written
// this way one at a time, so that a site's thousands of findings are never
// all held as JSON values, nor the whole document in memory.
func writeStreamed[T any](w io.Writer, doc any, items iter.Seq[T]) error {
	var head bytes.Buffer
	if err := newEncoder(&head, "").Encode(doc); err != nil {
		return err
	}
	text := head.Bytes()
	at := bytes.Index(text, streamMarker)
	if at < 0 {
		return fmt.Errorf("report: no place for the streamed array")
	}
	indent := text[bytes.LastIndexByte(text[:at], '\n')+1 : at]
	indent = indent[:len(indent)-len(bytes.TrimLeft(indent, " "))]

	bw := bufio.NewWriter(w)
	bw.Write(text[:at])
	var item bytes.Buffer
	enc := newEncoder(&item, string(indent)+"  ")
	n := 0
	for v := range items {
		item.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		if n == 0 {
			bw.WriteString("[")
		} else {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
		bw.Write(indent)
		bw.WriteString("  ")
		bw.Write(bytes.TrimSuffix(item.Bytes(), []byte("\n")))
		n++
	}
	if n == 0 {
		bw.WriteString("[]")
	} else {
		bw.WriteString("\n")
		bw.Write(indent)
		bw.WriteString("]")
	}
	bw.Write(text[at+len(streamMarker):])
	return bw.Flush()
}

// newEncoder returns the encoder of every JSON report: two-space indent
// after prefix, and <, > and & as they are.
func newEncoder(w io.Writer, prefix string) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	return enc
}
