package frontmatter

import (
	"strconv"
	"strings"
)

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// Pointer returns the JSON pointer (RFC 6901) made of tokens, each
// escaped: Pointer("tags", "0") is "/tags/0".
func Pointer(tokens ...string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		pointerEscaper.WriteString(&b, t)
	}
	return b.String()
}

func childPointer(parent, key string) string {
	return parent + "/" + pointerEscaper.Replace(key)
}

func indexPointer(parent string, i int) string {
	return parent + "/" + strconv.Itoa(i)
}

var pointerUnescaper = strings.NewReplacer("~1", "/", "~0", "~")

// Tokens splits a JSON pointer into its unescaped reference tokens.
func Tokens(pointer string) []string {
	if pointer == "" {
		return nil
	}
	parts := strings.Split(strings.TrimPrefix(pointer, "/"), "/")
	for i, p := range parts {
		parts[i] = pointerUnescaper.Replace(p)
	}
	return parts
}
