package directive

import (
	"fmt"
	"slices"
	"strings"

	"github.com/postlint/postlint/internal/source"
	"github.com/postlint/postlint/internal/suggest"
)

// parseText reads the text of a comment, without its delimiters, that
// starts at file offset base. It reports false when the text does not
// start with a "postlint-" keyword, which makes it an ordinary comment.
// The caller sets the directive's Span and lines.
func parseText(text []byte, base int) (Directive, bool) {
	i := skipSpace(text, 0)
	j := i
	for j < len(text) && !isSpace(text[j]) {
		j++
	}
	keyword := string(text[i:j])
	if !strings.HasPrefix(keyword, string(marker)) {
		return Directive{}, false
	}
	d := Directive{Keyword: keyword}
	if k := slices.Index(keywords, keyword); k >= 0 {
		d.Kind = Kind(k + 1)
	} else {
		d.Problem = unknownKeyword(keyword)
		return d, true
	}

	rest := text[j:]
	names, reason := rest, []byte(nil)
	if sep := separator(rest); sep >= 0 {
		names, reason = rest[:sep], rest[sep+2:]
	}
	d.Reason = strings.Join(strings.Fields(string(reason)), " ")
	for k := 0; k < len(names); {
		if isSpace(names[k]) || names[k] == ',' {
			k++
			continue
		}
		end := k
		for end < len(names) && !isSpace(names[end]) && names[end] != ',' {
			end++
		}
		d.Rules = append(d.Rules, string(names[k:end]))
		start := base + j + k
		d.NameSpans = append(d.NameSpans, source.Span{Start: start, End: start + end - k})
		k = end
	}
	d.Problem = problem(&d)
	return d, true
}

// problem returns what is wrong with d on its own, or "".
func problem(d *Directive) string {
	seen := make(map[string]bool, len(d.Rules))
	for _, name := range slices.Concat(d.Rules, strings.Fields(d.Reason)) {
		if slices.Contains(keywords, name) {
			return fmt.Sprintf("a comment holds one directive; move %s into a comment of its own", name)
		}
	}
	for _, name := range d.Rules {
		if seen[name] {
			return fmt.Sprintf("%s names %s twice", d.Kind, name)
		}
		seen[name] = true
	}
	if d.Kind == Enable {
		return ""
	}
	if len(d.Rules) == 0 {
		return fmt.Sprintf(`%s names no rule; list the rules to disable, then " -- " and the reason`, d.Kind)
	}
	if d.Reason == "" {
		return fmt.Sprintf(`%s gives no reason; add one after " -- "`, d.Kind)
	}
	return ""
}

func unknownKeyword(keyword string) string {
	// Compare what follows the shared prefix, which would otherwise make
	// "postlint-ignore" close enough to "postlint-disable".
	verbs := make([]string, len(keywords))
	for i, k := range keywords {
		verbs[i] = strings.TrimPrefix(k, string(marker))
	}
	if s := suggest.Closest(strings.TrimPrefix(keyword, string(marker)), verbs); s != "" {
		return fmt.Sprintf("unknown directive %s; did you mean %s%s?", keyword, marker, s)
	}
	return fmt.Sprintf("unknown directive %s; use %s, %s, %s or %s", keyword,
		keywords[0], keywords[1], keywords[2], keywords[3])
}

// separator returns the offset of the "--" that starts the reason: the
// first one with a space (or the start of b) before it and a space (or the
// end of b) after it; or -1.
func separator(b []byte) int {
	for i := 0; i+1 < len(b); i++ {
		if b[i] == '-' && b[i+1] == '-' &&
			(i == 0 || isSpace(b[i-1])) && (i+2 == len(b) || isSpace(b[i+2])) {
			return i
		}
	}
	return -1
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}
