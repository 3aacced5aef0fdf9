package prose

import (
	"bytes"
	"slices"
)

// span is a range [span[0], span[1]) of body offsets.
type span [2]int

// liquidBlocks are the Liquid (Jekyll) tags whose content is not prose.
var liquidBlocks = []string{"highlight", "comment", "raw"}

// nonProseRanges finds, in a whole body, the text that Markdown reads as
// prose but that is not: bare URLs, template tags and shortcodes ({{ }},
// {% %}), Liquid highlight, comment and raw blocks, MDX comments ({/* */})
// and Nuxt MDC component lines ("::callout{...}"). The ranges are sorted
// and do not overlap.
func nonProseRanges(body []byte) []span {
	var out []span
	out = appendURLs(out, body)
	for i := 0; i < len(body); {
		j := bytes.IndexByte(body[i:], '{')
		if j < 0 {
			break
		}
		i += j
		end := templateEnd(body, i)
		if end > i {
			out = append(out, span{i, end})
			i = end
			continue
		}
		i++
	}
	out = appendMDCLines(out, body)
	slices.SortFunc(out, func(a, b span) int { return a[0] - b[0] })
	return merge(out)
}

// templateEnd returns the end of a template construct starting at body[i]
// ("{{", "{%" or "{/*"), or i when there is none. Single tags end on their
// own line; Liquid blocks and MDX comments may span lines.
func templateEnd(body []byte, i int) int {
	rest := body[i:]
	switch {
	case bytes.HasPrefix(rest, []byte("{/*")):
		if k := bytes.Index(rest, []byte("*/}")); k >= 0 {
			return i + k + 3
		}
	case bytes.HasPrefix(rest, []byte("{{")):
		if k := bytes.Index(lineOf(rest), []byte("}}")); k >= 0 {
			return i + k + 2
		}
	case bytes.HasPrefix(rest, []byte("{%")):
		k := bytes.Index(lineOf(rest), []byte("%}"))
		if k < 0 {
			return i
		}
		tag := bytes.Fields(bytes.Trim(rest[2:k], "- \t"))
		if len(tag) > 0 && slices.Contains(liquidBlocks, string(tag[0])) {
			closing := []byte("end" + string(tag[0]))
			if c := bytes.Index(rest[k:], closing); c >= 0 {
				if e := bytes.Index(rest[k+c:], []byte("%}")); e >= 0 {
					return i + k + c + e + 2
				}
			}
		}
		return i + k + 2
	}
	return i
}

// appendURLs adds the bare http, https and www URLs of body.
func appendURLs(out []span, body []byte) []span {
	for _, marker := range []string{"://", "www."} {
		for i := 0; ; {
			j := bytes.Index(body[i:], []byte(marker))
			if j < 0 {
				break
			}
			at := i + j
			start := at
			if marker == "://" {
				for start > 0 && isSchemeByte(body[start-1]) {
					start--
				}
				if s := string(bytes.ToLower(body[start:at])); s != "http" && s != "https" {
					i = at + len(marker)
					continue
				}
			} else if at > 0 && (isSchemeByte(body[at-1]) || body[at-1] == '/' || body[at-1] == '.') {
				i = at + len(marker)
				continue // inside a URL or a longer name
			}
			end := at + len(marker)
			for end < len(body) && !isURLStop(body[end]) {
				end++
			}
			for end > at+len(marker) && bytes.IndexByte([]byte(".,;:!?'"), body[end-1]) >= 0 {
				end-- // punctuation after a URL belongs to the sentence
			}
			out = append(out, span{start, end})
			i = end
		}
	}
	return out
}

// appendMDCLines adds the lines that open or close a Nuxt MDC block
// component: "::name{props}" and "::".
func appendMDCLines(out []span, body []byte) []span {
	for start := 0; start < len(body); {
		end := start + bytes.IndexByte(body[start:], '\n')
		if end < start {
			end = len(body)
		}
		line := bytes.TrimLeft(body[start:end], " \t")
		if bytes.HasPrefix(line, []byte("::")) {
			out = append(out, span{end - len(line), end})
		}
		start = end + 1
	}
	return out
}

func lineOf(b []byte) []byte {
	if k := bytes.IndexByte(b, '\n'); k >= 0 {
		return b[:k]
	}
	return b
}

func isSchemeByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func isURLStop(c byte) bool {
	return c <= ' ' || c == '<' || c == '>' || c == ')' || c == ']' || c == '"' || c == '`'
}

// merge joins overlapping sorted ranges.
func merge(ranges []span) []span {
	out := ranges[:0]
	for _, r := range ranges {
		if n := len(out); n > 0 && r[0] < out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}
