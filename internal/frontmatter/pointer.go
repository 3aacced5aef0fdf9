package frontmatter

import (
	"fmt"
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

// DisplayName names the value at pointer the way an author reads front
// matter: "date", "author.name", "tags item 2".
func DisplayName(pointer string) string {
	tokens := Tokens(pointer)
	if len(tokens) == 0 {
		return "front matter"
	}
	var b strings.Builder
	for i, t := range tokens {
		if n, err := strconv.Atoi(t); err == nil && i > 0 {
			fmt.Fprintf(&b, " item %d", n+1)
			continue
		}
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(t)
	}
	return b.String()
}
