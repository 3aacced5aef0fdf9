package infer

import (
	"bytes"
	"encoding/json"
)

// object is a JSON object that keeps its members in order.
type object []member

type member struct {
	key   string
	value any
}

// MarshalJSON writes the members in order.
func (obj object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range obj {
		if i > 0 {
			b.WriteByte(',')
		}
		for j, v := range []any{m.key, m.value} {
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(v); err != nil {
				return nil, err
			}
			b.Truncate(b.Len() - 1) // Encode's newline
			if j == 0 {
				b.WriteByte(':')
			}
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
