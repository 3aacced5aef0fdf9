package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// nearLines is how far away the other tool's finding of the same rule may
// be for an example to show it: a hint that both saw one problem on
// different lines.
const nearLines = 3

// printTable writes one Markdown table row per rule pair, then the totals.
// When have is not nil, rules postlint does not have yet are marked.
func printTable(w io.Writer, results []Result, have map[string]bool) {
	rows := [][]string{{"rule (markdownlint)", "both", "only postlint", "only markdownlint"}}
	var total [3]int
	missing := false
	for _, r := range results {
		name := r.Rule + " (" + r.MD + ")"
		if have != nil && !have[r.Rule] {
			name += " *"
			missing = true
		}
		counts := [3]int{len(r.Both), len(r.OnlyPostlint), len(r.OnlyMarkdownlint)}
		row := []string{name}
		for i, c := range counts {
			total[i] += c
			row = append(row, strconv.Itoa(c))
		}
		rows = append(rows, row)
	}
	rows = append(rows, []string{"total", strconv.Itoa(total[0]), strconv.Itoa(total[1]), strconv.Itoa(total[2])})
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], len(cell))
		}
	}
	for n, row := range rows {
		cells := make([]string, len(row))
		for i, cell := range row {
			if i == 0 {
				cells[i] = cell + strings.Repeat(" ", widths[i]-len(cell))
			} else {
				cells[i] = strings.Repeat(" ", widths[i]-len(cell)) + cell
			}
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
		if n == 0 {
			seps := make([]string, len(row))
			for i := range row {
				seps[i] = strings.Repeat("-", widths[i])
				if i > 0 {
					seps[i] = seps[i][1:] + ":"
				}
			}
			fmt.Fprintf(w, "| %s |\n", strings.Join(seps, " | "))
		}
	}
	if missing {
		fmt.Fprintln(w, "\n* not in `postlint rules` yet: postlint's 0 means the rule did not run")
	}
}

// printExamples writes, for each rule with differences, up to n examples
// of each class: only postlint, only markdownlint, and matches made by a
// tolerance. post and md are all findings, for the nearest-finding hints.
func printExamples(w io.Writer, results []Result, post, md []Finding, n int) {
	nearPost, nearMD := byRulePath(post), byRulePath(md)
	for _, r := range results {
		var tolerated []Match
		for _, m := range r.Both {
			if m.Tolerance != "" {
				tolerated = append(tolerated, m)
			}
		}
		if len(r.OnlyPostlint)+len(r.OnlyMarkdownlint)+len(tolerated) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n## %s (%s)\n", r.Rule, r.MD)
		printClass(w, "only postlint", r.OnlyPostlint, nearMD, "markdownlint", n)
		printClass(w, "only markdownlint", r.OnlyMarkdownlint, nearPost, "postlint", n)
		if len(tolerated) > 0 {
			fmt.Fprintf(w, "\nboth, matched across lines by a tolerance: %d\n", len(tolerated))
			for _, t := range tolerances[r.Rule] {
				fmt.Fprintf(w, "  (%s: %s)\n", t.Name, t.Doc)
			}
			picked := spread(tolerated, n, func(m Match) string { return m.Post.Path })
			slices.SortStableFunc(picked, func(a, b Match) int { return cmp.Compare(a.Post.Path, b.Post.Path) })
			for _, m := range picked {
				fmt.Fprintf(w, "  %s [%s]\n", m.Post.Path, m.Tolerance)
				fmt.Fprintf(w, "      postlint     %s: %s\n", position(m.Post), m.Post.Message)
				fmt.Fprintf(w, "      markdownlint %s: %s\n", position(m.MD), m.MD.Message)
			}
		}
	}
}

func printClass(w io.Writer, class string, fs []Finding, other map[string][]Finding, otherName string, n int) {
	if len(fs) == 0 {
		return
	}
	files := make(map[string]bool)
	for _, f := range fs {
		files[f.Path] = true
	}
	fmt.Fprintf(w, "\n%s: %d in %d files\n", class, len(fs), len(files))
	for _, f := range sorted(spread(fs, n, func(f Finding) string { return f.Path })) {
		fmt.Fprintf(w, "  %s:%s: %s\n", f.Path, position(f), f.Message)
		if o, ok := nearest(other[f.Rule+"\x00"+f.Path], f); ok && distance(o, f) <= nearLines {
			fmt.Fprintf(w, "      nearest %s: %s: %s\n", otherName, position(o), o.Message)
		}
	}
}

// position is "line:column", or "line" when the column is unknown.
func position(f Finding) string {
	if f.Column == 0 {
		return strconv.Itoa(f.Line)
	}
	return strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Column)
}

func byRulePath(fs []Finding) map[string][]Finding {
	m := make(map[string][]Finding)
	for _, f := range fs {
		k := f.Rule + "\x00" + f.Path
		m[k] = append(m[k], f)
	}
	return m
}

func nearest(fs []Finding, f Finding) (Finding, bool) {
	var best Finding
	found := false
	for _, o := range fs {
		if !found || distance(o, f) < distance(best, f) {
			best, found = o, true
		}
	}
	return best, found
}

// spread picks up to n of items, in order, spread over as many files and
// as many top-level folders (corpora) as possible: the first item of a file
// in each folder in turn, then the second, and so on.
func spread[T any](items []T, n int, path func(T) string) []T {
	type group struct{ items [][]T } // per top-level folder: per file
	var folders []string
	groups := make(map[string]*group)
	fileIndex := make(map[string]int)
	for _, it := range items {
		p := path(it)
		folder, _, _ := strings.Cut(p, "/")
		g, ok := groups[folder]
		if !ok {
			g = &group{}
			groups[folder] = g
			folders = append(folders, folder)
		}
		i, ok := fileIndex[p]
		if !ok {
			i = len(g.items)
			fileIndex[p] = i
			g.items = append(g.items, nil)
		}
		g.items[i] = append(g.items[i], it)
	}
	// Order each folder's items: rank within the file first, then file order.
	queues := make([][]T, len(folders))
	for i, folder := range folders {
		for rank := 0; ; rank++ {
			added := false
			for _, file := range groups[folder].items {
				if rank < len(file) {
					queues[i] = append(queues[i], file[rank])
					added = true
				}
			}
			if !added {
				break
			}
		}
	}
	var out []T
	for len(out) < n {
		added := false
		for i := range queues {
			if len(out) < n && len(queues[i]) > 0 {
				out = append(out, queues[i][0])
				queues[i] = queues[i][1:]
				added = true
			}
		}
		if !added {
			break
		}
	}
	return out
}
