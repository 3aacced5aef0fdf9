package report

import (
	"cmp"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"

	"github.com/postlint/postlint/internal/rule"
)

// Limits of the job summary. GitHub rejects a step's summary over 1 MiB
// and shows at most 10 annotations of each level per step.
const (
	summaryMaxBytes     = 1 << 20
	summaryMaxFindings  = 200
	annotationsPerLevel = 10
)

// Links locates a run's files on GitHub, for linking findings to their
// lines: {ServerURL}/{Repository}/blob/{Commit}/{path}#L{line}.
type Links struct {
	ServerURL  string // such as "https://github.com"
	Repository string // "owner/name"
	Commit     string // the commit the files were checked out at
}

// GitHubLinks returns the Links of the GitHub Actions run that getenv
// describes, from GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA, or
// nil when one is missing or malformed.
func GitHubLinks(getenv func(string) string) *Links {
	l := &Links{ServerURL: getenv("GITHUB_SERVER_URL"), Repository: getenv("GITHUB_REPOSITORY"), Commit: getenv("GITHUB_SHA")}
	u, err := url.Parse(l.ServerURL)
	owner, name, _ := strings.Cut(l.Repository, "/")
	if err != nil || u.Scheme != "https" && u.Scheme != "http" || u.Host == "" ||
		owner == "" || name == "" || strings.Contains(name, "/") || l.Commit == "" {
		return nil
	}
	return l
}

// lineURL returns the URL of lines start to end of the file at path,
// relative to the repository root.
func (l *Links) lineURL(path string, start, end int) string {
	anchor := fmt.Sprintf("#L%d", start)
	if end > start {
		anchor += fmt.Sprintf("-L%d", end)
	}
	server := l.ServerURL
	if u, err := url.Parse(server); err == nil {
		server = u.String()
	}
	return strings.TrimSuffix(server, "/") + "/" + urlPath(l.Repository) + "/blob/" +
		url.PathEscape(l.Commit) + "/" + urlPath(path) + anchor
}

// urlPath percent-encodes each segment of a slash-separated path, "&" too,
// since Markdown reads entities in link destinations.
func urlPath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = strings.ReplaceAll(url.PathEscape(s), "&", "%26")
	}
	return strings.Join(segs, "/")
}

// JobSummary writes r as GitHub-flavoured Markdown for the job summary
// of a GitHub Actions step: a heading with the totals, the findings per
// rule, and a table of the first findings, errors first, then warnings,
// then infos, each linked to its line when links is not nil. It lists at
// most 200 findings and stays under GitHub's 1 MiB limit, and says how
// many findings it left out. A clean run gets a one-line summary.
// Notifications are listed after the findings.
func JobSummary(w io.Writer, r *Report, links *Links) error {
	s := &summary{r: r, links: links}
	s.write()
	_, err := io.WriteString(w, s.b.String())
	return err
}

// summary builds a job summary within its limits.
type summary struct {
	r     *Report
	links *Links
	b     strings.Builder
}

// summaryReserve is room kept under summaryMaxBytes for the notes that
// close a section.
const summaryReserve = 1024

// fits reports whether n more bytes leave room for the closing notes.
func (s *summary) fits(n int) bool {
	return s.b.Len()+n+summaryReserve <= summaryMaxBytes
}

func (s *summary) printf(format string, args ...any) {
	fmt.Fprintf(&s.b, format, args...)
}

func (s *summary) write() {
	r := s.r
	s.printf("## postlint: %s\n\n", r.Summary())
	if c := r.Count(); c.Findings > 0 {
		s.printf("| errors | warnings | infos | posts | posts with findings |\n")
		s.printf("| ---: | ---: | ---: | ---: | ---: |\n")
		s.printf("| %d | %d | %d | %d | %d |\n\n", c.Errors, c.Warnings, c.Infos, r.Posts, c.Posts)
		s.rules()
		s.findings(c)
	}
	s.notifications()
}

// rules writes the findings per rule and severity, most severe first.
func (s *summary) rules() {
	type key struct {
		rule string
		sev  rule.Severity
	}
	counts := map[key]int{}
	for f := range s.r.All() {
		counts[key{f.Rule, f.Severity}]++
	}
	keys := make([]key, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(b.sev, a.sev), cmp.Compare(counts[b], counts[a]), cmp.Compare(a.rule, b.rule))
	})
	s.printf("### Rules\n\n| rule | severity | findings |\n| --- | --- | ---: |\n")
	for i, k := range keys {
		name := mdText(k.rule)
		if s.r.Tool.InformationURI != "" {
			name = fmt.Sprintf("[%s](%s/blob/main/docs/rules.md#%s)", name,
				strings.TrimSuffix(s.r.Tool.InformationURI, "/"), url.PathEscape(k.rule))
		}
		row := fmt.Sprintf("| %s | %s | %d |\n", name, k.sev, counts[k])
		if !s.fits(len(row)) {
			s.printf("\n%d more rules are left out: GitHub limits a job summary to 1 MiB.\n", len(keys)-i)
			break
		}
		s.b.WriteString(row)
	}
	s.b.WriteString("\n")
}

// findings writes the first findings, errors first, as a table.
func (s *summary) findings(c Counts) {
	var rows strings.Builder
	listed, full := 0, false
list:
	for _, sev := range []rule.Severity{rule.Error, rule.Warning, rule.Info} {
		for f := range s.r.All() {
			if f.Severity != sev {
				continue
			}
			if listed == summaryMaxFindings {
				break list
			}
			row := s.findingRow(f)
			if !s.fits(rows.Len() + len(row)) {
				full = true
				break list
			}
			rows.WriteString(row)
			listed++
		}
	}
	total := c.Findings
	if c.Errors > annotationsPerLevel || c.Warnings > annotationsPerLevel || c.Infos > annotationsPerLevel {
		which := fmt.Sprintf("all %d findings are listed below", total)
		if listed < total {
			which = fmt.Sprintf("the first %d of the %d findings are listed below", listed, total)
		}
		s.printf("GitHub shows at most %d annotations of each level per step: %s.\n\n", annotationsPerLevel, which)
	}
	s.printf("### Findings\n\n| location | severity | rule | message |\n| --- | --- | --- | --- |\n")
	s.b.WriteString(rows.String())
	switch left := total - listed; {
	case left == 0:
	case full:
		s.printf("\n%d more %s left out: GitHub limits a job summary to 1 MiB. The full report lists them all.\n",
			left, plural(left, "finding is", "findings are"))
	default:
		s.printf("\n%d more %s left out: the summary lists the first %d. The full report lists them all.\n",
			left, plural(left, "finding is", "findings are"), summaryMaxFindings)
	}
	s.b.WriteString("\n")
}

// findingRow is a finding's row of the findings table.
func (s *summary) findingRow(f rule.Finding) string {
	rg := validRange(f.Range)
	loc := mdText(fmt.Sprintf("%s:%d:%d", f.Path, rg.Start.Line, rg.Start.Column))
	if s.links != nil {
		if path, ok := repoPath(s.r, f.Path); ok {
			loc = fmt.Sprintf("[%s](%s)", loc, s.links.lineURL(path, rg.Start.Line, rg.End.Line))
		}
	}
	return fmt.Sprintf("| %s | %s | %s | %s |\n", loc, f.Severity, mdText(f.Rule), mdText(f.Message))
}

// notifications lists the problems with the run, such as unreadable
// files.
func (s *summary) notifications() {
	ns := s.r.Notifications
	if len(ns) == 0 {
		return
	}
	s.printf("### Problems with the run\n\n")
	for i, n := range ns {
		item := fmt.Sprintf("- %s: %s\n", n.Level, mdText(n.Message))
		if n.Path != "" {
			item = fmt.Sprintf("- %s: %s: %s\n", n.Level, mdText(n.Path), mdText(n.Message))
		}
		if !s.fits(len(item)) {
			s.printf("- and %d more: GitHub limits a job summary to 1 MiB. The full report lists them all.\n", len(ns)-i)
			break
		}
		s.b.WriteString(item)
	}
	s.b.WriteString("\n")
}

// mdEscaper escapes the ASCII punctuation that GitHub-flavoured Markdown
// may read as markup in a table cell or list item: emphasis, code,
// links, HTML, entities, strikethrough, math and cell separators. A
// backslash escapes any ASCII punctuation, so escaping more than needed
// is harmless.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `&`, `\&`, `|`, `\|`, `~`, `\~`, `$`, `\$`,
)

// mdText returns s as Markdown text that shows s as it is and stays in
// one table cell: markup characters are escaped, line breaks become
// <br>, and other control characters Go escapes, as in text output.
func mdText(s string) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = mdEscaper.Replace(oneLine(l))
	}
	return strings.Join(lines, "<br>")
}
