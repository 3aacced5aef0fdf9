package main

import (
	"cmp"
	"slices"
)

// pair links a postlint rule to the markdownlint rule that checks the same
// thing.
type pair struct {
	Rule string // postlint's name
	MD   string // markdownlint's ID
}

// pairs are the compared rules, in the order the table lists them. The
// markdownlint configuration that goes with them is written by
// scripts/compare-markdownlint (MD024 siblings_only, MD025 defaults).
var pairs = []pair{
	{"heading-increment", "MD001"},
	{"single-title", "MD025"},
	{"duplicate-heading", "MD024"},
	{"image-alt-text", "MD045"},
	{"empty-link", "MD042"},
	{"fenced-code-language", "MD040"},
	{"trailing-space", "MD009"},
	{"final-newline", "MD047"},
	{"undefined-reference", "MD052"},
	{"link-fragment", "MD051"},
	{"bare-url", "MD034"},
}

func pairByRule(name string) (pair, bool) {
	i := slices.IndexFunc(pairs, func(p pair) bool { return p.Rule == name })
	if i < 0 {
		return pair{}, false
	}
	return pairs[i], true
}

func pairByMD(id string) (pair, bool) {
	i := slices.IndexFunc(pairs, func(p pair) bool { return p.MD == id })
	if i < 0 {
		return pair{}, false
	}
	return pairs[i], true
}

// A tolerance lets a postlint finding and a markdownlint finding of one
// rule in one file match although their lines differ, where the two tools
// place the same problem on different lines by design. Tolerances are tried
// only after exact line matches, and each pairs a postlint finding with the
// nearest markdownlint finding it accepts.
type tolerance struct {
	Name  string                  // a short label, printed with the matches it makes
	Doc   string                  // why the lines differ
	Match func(p, m Finding) bool // whether p and m may be the same problem
}

// tolerances lists the tolerances of each rule by postlint name. Rules not
// listed match on the line only.
var tolerances = map[string][]tolerance{
	"final-newline": {{
		Name: "end-of-file",
		Doc: "both tools report at most once per file, at its end: markdownlint on the " +
			"last line (MD047 fires only when it is not blank), postlint on the last " +
			"character for a missing newline and on the first extra blank line otherwise; " +
			"so any two findings in one file are the same problem. Extra blank lines alone " +
			"are postlint's only (markdownlint leaves them to MD012)",
		Match: func(p, m Finding) bool { return true },
	}},
}

// Match is a postlint finding and a markdownlint finding taken to be the
// same problem.
type Match struct {
	Post, MD  Finding
	Tolerance string // "" for a match on the same line
}

// Result is the comparison of one rule pair over all files.
type Result struct {
	pair
	Both             []Match
	OnlyPostlint     []Finding
	OnlyMarkdownlint []Finding
}

// compare matches the findings of the two tools, file by file and rule by
// rule, and returns one Result per pair, in the order of pairs.
func compare(post, md []Finding) []Result {
	type key struct{ rule, path string }
	byKey := make(map[key][2][]Finding)
	for i, list := range [][]Finding{post, md} {
		for _, f := range list {
			k := key{f.Rule, f.Path}
			v := byKey[k]
			v[i] = append(v[i], f)
			byKey[k] = v
		}
	}
	keys := make([]key, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int { return cmp.Compare(a.path, b.path) })
	results := make([]Result, len(pairs))
	index := make(map[string]int)
	for i, p := range pairs {
		results[i].pair = p
		index[p.Rule] = i
	}
	for _, k := range keys {
		r := &results[index[k.rule]]
		both, onlyPost, onlyMD := matchFile(byKey[k][0], byKey[k][1], tolerances[k.rule])
		r.Both = append(r.Both, both...)
		r.OnlyPostlint = append(r.OnlyPostlint, onlyPost...)
		r.OnlyMarkdownlint = append(r.OnlyMarkdownlint, onlyMD...)
	}
	return results
}

// matchFile matches the findings of one rule in one file: first on the same
// line (several on one line pair up in column order), then by tols. It
// returns the matches and what is left of each side, sorted by position.
func matchFile(post, md []Finding, tols []tolerance) (both []Match, onlyPost, onlyMD []Finding) {
	post, md = sorted(post), sorted(md)
	usedPost := make([]bool, len(post))
	usedMD := make([]bool, len(md))
	for i, p := range post {
		for j, m := range md {
			if !usedMD[j] && m.Line == p.Line {
				usedPost[i], usedMD[j] = true, true
				both = append(both, Match{Post: p, MD: m})
				break
			}
		}
	}
	for _, t := range tols {
		for i, p := range post {
			if usedPost[i] {
				continue
			}
			best := -1
			for j, m := range md {
				if usedMD[j] || !t.Match(p, m) {
					continue
				}
				if best < 0 || distance(p, m) < distance(p, md[best]) {
					best = j
				}
			}
			if best >= 0 {
				usedPost[i], usedMD[best] = true, true
				both = append(both, Match{Post: p, MD: md[best], Tolerance: t.Name})
			}
		}
	}
	for i, p := range post {
		if !usedPost[i] {
			onlyPost = append(onlyPost, p)
		}
	}
	for j, m := range md {
		if !usedMD[j] {
			onlyMD = append(onlyMD, m)
		}
	}
	return both, onlyPost, onlyMD
}

func distance(a, b Finding) int {
	if a.Line > b.Line {
		return a.Line - b.Line
	}
	return b.Line - a.Line
}

func sorted(fs []Finding) []Finding {
	fs = slices.Clone(fs)
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
	return fs
}
