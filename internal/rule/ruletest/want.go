package ruletest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/postlint/postlint/internal/source"
)

// expectation is one `want` in a test post: a finding at line:column whose
// message matches re.
type expectation struct {
	line, column int
	re           *regexp.Regexp
	met          bool
}

var (
	htmlWant = regexp.MustCompile(`<!--\s*want\s+(.*?)\s*-->`)
	yamlWant = regexp.MustCompile(`#\s*want\s+(.*)$`)
	options  = regexp.MustCompile(`<!--\s*options:\s*(.*?)\s*-->`)
)

// parseWants reads the expectations of a post: `<!-- want ... -->` in the
// body and `# want ...` at the end of a front matter line (lines before
// bodyLine). A want is an optional "+N" or "-N" line offset, then one or more
// pairs of "@COLUMN" and a quoted regular expression.
func parseWants(src []byte, bodyLine int) ([]*expectation, error) {
	lines := source.NewLineIndex(src)
	var wants []*expectation
	for line := 1; line <= lines.Lines(); line++ {
		text := string(src[lines.LineStart(line):lines.LineEnd(line)])
		var args []string
		for _, m := range htmlWant.FindAllStringSubmatch(text, -1) {
			args = append(args, m[1])
		}
		if line < bodyLine {
			if m := yamlWant.FindStringSubmatch(text); m != nil {
				args = append(args, m[1])
			}
		}
		for _, a := range args {
			ws, err := parseWant(a, line)
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", line, err)
			}
			wants = append(wants, ws...)
		}
	}
	return wants, nil
}

func parseWant(args string, line int) ([]*expectation, error) {
	args = strings.TrimSpace(args)
	if strings.HasPrefix(args, "+") || strings.HasPrefix(args, "-") {
		n, rest, _ := strings.Cut(args, " ")
		offset, err := strconv.Atoi(n)
		if err != nil {
			return nil, fmt.Errorf("bad line offset %q", n)
		}
		line += offset
		args = strings.TrimSpace(rest)
	}
	var wants []*expectation
	for args != "" {
		if !strings.HasPrefix(args, "@") {
			return nil, fmt.Errorf("want needs @COLUMN before each pattern, at %q", args)
		}
		col, rest, _ := strings.Cut(args[1:], " ")
		column, err := strconv.Atoi(col)
		if err != nil || column < 1 {
			return nil, fmt.Errorf("bad column %q", "@"+col)
		}
		pattern, rest, err := unquotePrefix(strings.TrimSpace(rest))
		if err != nil {
			return nil, err
		}
		re, err := regexp.Compile(pattern)
		if err != nil {
			return nil, err
		}
		wants = append(wants, &expectation{line: line, column: column, re: re})
		args = strings.TrimSpace(rest)
	}
	if len(wants) == 0 {
		return nil, fmt.Errorf("want has no pattern")
	}
	return wants, nil
}

// unquotePrefix reads a Go string literal ("..." or `...`) at the start of
// s and returns its value and the rest of s.
func unquotePrefix(s string) (string, string, error) {
	prefix, err := strconv.QuotedPrefix(s)
	if err != nil {
		return "", "", fmt.Errorf("want pattern must be a quoted string, at %q", s)
	}
	value, err := strconv.Unquote(prefix)
	return value, s[len(prefix):], err
}
