package directive

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/postlint/postlint/internal/source"
)

// Suppressor decides which findings the directives of one post suppress,
// and remembers which directives, and which of their rule names,
// suppressed something. It is not safe for concurrent use.
type Suppressor struct {
	ds     []Directive
	byRule map[string][]cover // sorted by from, then by to descending
	used   [][]bool           // per directive, per rule name
}

// cover is the lines [from, to] over which one rule name of one
// directive suppresses its rule.
type cover struct {
	from, to  int
	dir, name int
}

// Unused is a rule name of a valid directive that suppressed nothing.
type Unused struct {
	// Directive is the index of the directive in the slice given to
	// NewSuppressor.
	Directive int
	Rule      string
	Span      source.Span
}

// NewSuppressor returns the suppressor for the directives ds of one post,
// as returned by Parse, in a file of the given number of lines.
// Directives with a Problem suppress nothing.
func NewSuppressor(ds []Directive, lines int) *Suppressor {
	s := &Suppressor{ds: ds, used: make([][]bool, len(ds))}
	covers, _ := resolve(ds, lines)
	for _, c := range covers {
		if s.byRule == nil {
			s.byRule = make(map[string][]cover)
		}
		rule := ds[c.dir].Rules[c.name]
		s.byRule[rule] = append(s.byRule[rule], c)
	}
	for _, cs := range s.byRule {
		slices.SortFunc(cs, func(a, b cover) int {
			return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(b.to, a.to))
		})
	}
	for i, d := range ds {
		s.used[i] = make([]bool, len(d.Rules))
	}
	return s
}

// Suppressed reports whether a finding of rule that starts on line is
// suppressed, and records the use. When several directives cover the
// line, the narrowest one is credited: the one that starts last, and of
// those the one that ends first, so that a redundant outer directive is
// reported as unused.
func (s *Suppressor) Suppressed(rule string, line int) bool {
	cs := s.byRule[rule]
	i, _ := slices.BinarySearchFunc(cs, line+1, func(c cover, l int) int { return cmp.Compare(c.from, l) })
	for i--; i >= 0; i-- {
		if c := cs[i]; c.to >= line {
			s.used[c.dir][c.name] = true
			return true
		}
	}
	return false
}

// Unused returns, in source order, the rule names of valid directives
// that suppressed nothing so far. Names the catalogue does not know never
// suppress anything: the caller, which reports them as invalid, should
// skip them here.
func (s *Suppressor) Unused() []Unused {
	var out []Unused
	for i, d := range s.ds {
		if d.Problem != "" || d.Kind == Enable {
			continue
		}
		for n, used := range s.used[i] {
			if !used {
				out = append(out, Unused{Directive: i, Rule: d.Rules[n], Span: d.NameSpans[n]})
			}
		}
	}
	return out
}

// resolve pairs each postlint-disable with the postlint-enable that ends
// it and returns the lines each rule name of each valid directive covers,
// with the problems of enables that name a rule no open disable disabled,
// by directive index. Invalid disables open ranges too, so that their
// enable is not reported as well, but cover nothing.
func resolve(ds []Directive, lines int) ([]cover, map[int]string) {
	var (
		covers   []cover
		problems map[int]string
		open     = make(map[string][]cover) // open ranges by rule, to be ended
	)
	add := func(c cover) {
		if ds[c.dir].Problem == "" {
			covers = append(covers, c)
		}
	}
	end := func(rule string, to int) {
		for _, c := range open[rule] {
			c.to = to
			add(c)
		}
		delete(open, rule)
	}
	for i, d := range ds {
		switch d.Kind {
		case DisableNextLine:
			for n := range d.Rules {
				add(cover{from: d.EndLine + 1, to: d.EndLine + 1, dir: i, name: n})
			}
		case DisableFile:
			for n := range d.Rules {
				add(cover{from: 1, to: lines, dir: i, name: n})
			}
		case Disable:
			for n, rule := range d.Rules {
				open[rule] = append(open[rule], cover{from: d.EndLine + 1, dir: i, name: n})
			}
		case Enable:
			var stray []string
			if len(d.Rules) == 0 {
				if len(open) == 0 {
					stray = append(stray, "")
				}
				for _, rule := range slices.Sorted(maps.Keys(open)) {
					end(rule, d.Line)
				}
			}
			for _, rule := range d.Rules {
				if len(open[rule]) == 0 {
					stray = append(stray, rule)
				}
				end(rule, d.Line)
			}
			if len(stray) > 0 && d.Problem == "" {
				if problems == nil {
					problems = make(map[int]string)
				}
				problems[i] = strayEnable(stray)
			}
		}
	}
	for _, rule := range slices.Sorted(maps.Keys(open)) {
		end(rule, lines)
	}
	return covers, problems
}

func strayEnable(rules []string) string {
	if rules[0] == "" {
		return "postlint-enable follows no postlint-disable; remove it"
	}
	list := rules[0]
	if n := len(rules); n > 1 {
		list = strings.Join(rules[:n-1], ", ") + " and " + rules[n-1]
	}
	verb := "was"
	if len(rules) > 1 {
		verb = "were"
	}
	return fmt.Sprintf("postlint-enable names %s, which %s not disabled by a postlint-disable above", list, verb)
}
