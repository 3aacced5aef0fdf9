package frontmatter

import (
	"errors"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/postlint/postlint/internal/source"
)

// toml decodes TOML front matter. The decoder gives no positions, so
// spans come from tomlKeys, which finds the line of each key. Nesting
// past maxNesting, which the decoder would take time quadratic in the
// depth over, is found by a scan of the text first (see tomlTooDeep) and
// reported from where the level past the limit opens to its line's end.
func (d *decoder) toml(data []byte) (any, bool) {
	if at := tomlTooDeep(data, maxNesting); at >= 0 {
		start := d.fm.Content.Start + at
		span := trimSpan(d.src, source.Span{Start: start, End: d.lines.LineEnd(d.lines.Position(start).Line)})
		d.fm.addProblem(span, "front matter nests more than %d levels deep; flatten it", maxNesting)
		return nil, false
	}
	var m map[string]any
	if _, err := toml.Decode(string(data), &m); err != nil {
		line, msg := 1, err.Error()
		var perr toml.ParseError
		if errors.As(err, &perr) {
			line, msg = perr.Position.Line, perr.Message
		}
		d.fm.addProblem(d.lineSpan(max(line, 1)), "front matter is not valid TOML: %s", msg)
		return nil, false
	}
	d.set("", d.fm.Content)
	for pointer, key := range tomlKeys(data) {
		start := d.fm.Content.Start
		d.setKey(pointer, spanAt(start, key.key))
		d.set(pointer, spanAt(start, key.value))
	}
	return tomlValue(m), true
}

// tomlValue converts decoded TOML to the JSON data model. Dates and times
// become the RFC 3339 strings TOML requires them to be written as.
func tomlValue(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = tomlValue(e)
		}
		return out
	case []map[string]any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = tomlValue(e)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = tomlValue(e)
		}
		return out
	case time.Time:
		switch v.Location().String() {
		case "date-local":
			return v.Format(time.DateOnly)
		case "datetime-local":
			return v.Format("2006-01-02T15:04:05.999999999")
		case "time-local":
			return v.Format("15:04:05.999999999")
		}
		return v.Format(time.RFC3339Nano)
	}
	return v
}
