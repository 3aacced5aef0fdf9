package rules

import "bytes"

// blankTemplateTags blanks Liquid, Hugo and Jinja tags: {{ ... }} and
// {% ... %}.
func blankTemplateTags(text []byte) {
	for i := 0; i+1 < len(text); i++ {
		if text[i] != '{' || text[i+1] != '{' && text[i+1] != '%' {
			continue
		}
		closing := []byte("}}")
		if text[i+1] == '%' {
			closing = []byte("%}")
		}
		j := bytes.Index(text[i+2:], closing)
		if j < 0 {
			return
		}
		end := i + 2 + j + 2
		for k := i; k < end; k++ {
			text[k] = 0
		}
		i = end - 1
	}
}

// scanReferences calls fn for each full or collapsed reference
// "[text][label]" in text, and for each footnote reference "[^label]"
// standing alone, with its byte range (from "!" for an image) and label.
func scanReferences(text []byte, fn func(i, j int, label []byte, footnote bool)) {
	for i := 0; i < len(text); i++ {
		if text[i] != '[' || backslashEscaped(text, i) {
			continue
		}
		closeText := closingBracket(text, i)
		if closeText < 0 {
			continue
		}
		if closeText > i+2 && text[i+1] == '^' && (closeText+1 >= len(text) || text[closeText+1] != ':' && text[closeText+1] != '[') {
			if label := text[i+2 : closeText]; isFootnoteLabel(label) {
				fn(i, closeText+1, label, true)
				i = closeText
			}
			continue
		}
		if i > 0 && isIndexable(text, i) {
			// a[i][j], f()[0]: indexing, not a link; skip the whole chain.
			for closeText+1 < len(text) && text[closeText+1] == '[' {
				next := closingBracket(text, closeText+1)
				if next < 0 {
					break
				}
				closeText = next
			}
			i = closeText
			continue
		}
		if closeText+1 < len(text) && text[closeText+1] == '[' {
			closeLabel := labelEnd(text, closeText+2)
			if closeLabel < 0 {
				continue
			}
			label := text[closeText+2 : closeLabel]
			if len(bytes.TrimSpace(label)) == 0 { // collapsed: [label][]
				label = text[i+1 : closeText]
			}
			if len(bytes.TrimSpace(label)) == 0 || bytes.IndexByte(label, 0) >= 0 || label[0] == '^' {
				continue
			}
			if allASCIIDigits(text[i+1:closeText]) && allASCIIDigits(label) {
				i = closeLabel // citation marks: [1][2]
				continue
			}
			from := i
			if i > 0 && text[i-1] == '!' && !backslashEscaped(text, i-1) {
				from = i - 1
			}
			fn(from, closeLabel+1, label, false)
			i = closeLabel
		}
	}
}

// closingBracket returns the index of the "]" that closes the "[" at i,
// allowing balanced brackets inside, or -1. Link text longer than
// maxLinkText is not looked for, which keeps the scan linear.
func closingBracket(text []byte, i int) int {
	depth := 0
	for k := i; k < len(text) && k-i < maxLinkText; k++ {
		switch text[k] {
		case '\\':
			k++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

const maxLinkText = 1000

// labelEnd returns the index of the "]" that ends a link label starting
// at i, or -1 when the label holds an unescaped "[" or is too long.
func labelEnd(text []byte, i int) int {
	for k := i; k < len(text) && k-i <= 999; k++ {
		switch text[k] {
		case '\\':
			k++
		case '[':
			return -1
		case ']':
			return k
		}
	}
	return -1
}

// backslashEscaped reports whether text[i] is preceded by an odd number of
// backslashes.
func backslashEscaped(text []byte, i int) bool {
	n := 0
	for k := i - 1; k >= 0 && text[k] == '\\'; k-- {
		n++
	}
	return n%2 == 1
}

// isIndexable reports whether the "[" at i follows a word or a closing
// parenthesis, as in a[i] or f()[0].
func isIndexable(text []byte, i int) bool {
	c := text[i-1]
	return c == '_' || c == ')' || asciiLetter(c) || asciiDigit(c)
}
