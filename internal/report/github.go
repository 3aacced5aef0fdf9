package report

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/rule"
)

// GitHub writes one GitHub Actions workflow command per finding, which
// the runner shows as an annotation on the file:
//
//	::error file=P,line=L,col=C,endLine=EL,endColumn=EC,title=postlint (rule)::P:L:C: message
//
// with warning for Warning and notice for Info findings. The message and
// the file keep their line breaks (escaped) but show other control
// characters as Go escapes, as text output does, so that neither a post
// nor a file name can send escape sequences to the log. The file
// property is relative to the repository root (r.SourceRoot), as the
// runner reads it, and the message starts with the path as the other
// formats show it. A finding that spans lines gets no col and endColumn,
// which the runner would drop anyway. An annotation has one location, so
// a finding's related places (the other posts of a site rule's finding)
// are named at the end of the message by path and line, at most three,
// " (also: b.md:3, c.md:7 and 2 more)", when that takes at most 100
// characters; a longer hint would bury the message, which for the site
// rules names the other posts already. Each notification becomes an error
// or warning command too, on its file when it has one. Values are escaped
// as GitHub's toolkit does.
func GitHub(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	for f := range r.All() {
		rg := validRange(f.Range)
		file, _ := repoPath(r, f.Path)
		props := []string{
			"file=" + escapeProperty(visible(file)),
			fmt.Sprintf("line=%d", rg.Start.Line),
		}
		if rg.Start.Line == rg.End.Line {
			props = append(props, fmt.Sprintf("col=%d", rg.Start.Column))
		}
		props = append(props, fmt.Sprintf("endLine=%d", rg.End.Line))
		if rg.Start.Line == rg.End.Line {
			props = append(props, fmt.Sprintf("endColumn=%d", rg.End.Column))
		}
		props = append(props, "title="+escapeProperty("postlint ("+f.Rule+")"))
		data := fmt.Sprintf("%s:%d:%d: %s", f.Path, rg.Start.Line, rg.Start.Column, f.Message) + annotationHint(f)
		fmt.Fprintf(bw, "::%s %s::%s\n", githubCommand(f.Severity), strings.Join(props, ","), escapeData(visible(data)))
	}
	for _, n := range r.Notifications {
		cmd := notificationLevel(n.Level)
		if n.Path == "" {
			fmt.Fprintf(bw, "::%s::%s\n", cmd, escapeData(visible(n.Message)))
			continue
		}
		file, _ := repoPath(r, n.Path)
		fmt.Fprintf(bw, "::%s file=%s::%s\n", cmd, escapeProperty(visible(file)), escapeData(visible(n.Path+": "+n.Message)))
	}
	return bw.Flush()
}

// maxAnnotationHint is the longest related-places hint, in characters,
// that an annotation's message gets.
const maxAnnotationHint = 100

// annotationHint returns the hint naming f's related places that ends
// its annotation's message, or "" when there are none or it is too long.
func annotationHint(f rule.Finding) string {
	hint := alsoHint(f, func(_ int, path string, line int) string { return fmt.Sprintf("%s:%d", path, line) })
	if utf8.RuneCountInString(hint) > maxAnnotationHint {
		return ""
	}
	return hint
}

// repoPath returns the slash-separated path of the file at path (a
// finding's path, relative to r.WorkDir or absolute) relative to
// r.SourceRoot, the repository root that GitHub resolves annotation paths
// and blob links against, and whether the file is inside that root. A
// file outside it gets its absolute path. With no r.SourceRoot, path is
// taken to be relative to the root already.
func repoPath(r *Report, path string) (string, bool) {
	p := filepath.FromSlash(path)
	if r.SourceRoot == "" {
		return path, !filepath.IsAbs(p)
	}
	if !filepath.IsAbs(p) {
		if r.WorkDir == "" {
			return path, true
		}
		p = filepath.Join(r.WorkDir, p)
	}
	rel, err := filepath.Rel(r.SourceRoot, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(p), false
	}
	return filepath.ToSlash(rel), true
}

// githubCommand names the workflow command for a finding's severity.
func githubCommand(s rule.Severity) string {
	switch s {
	case rule.Error:
		return "error"
	case rule.Warning:
		return "warning"
	default:
		return "notice"
	}
}

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// visible returns s with its control characters other than tab, CR and
// LF written as Go escapes such as \x1b.
func visible(s string) string {
	hidden := func(c rune) bool { return isControl(c) && c != '\r' && c != '\n' }
	if !strings.ContainsFunc(s, hidden) {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		if hidden(c) {
			fmt.Fprintf(&b, `\x%02x`, c)
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// escapeData escapes a workflow command's message as actions/toolkit's
// escapeData does.
func escapeData(s string) string { return dataEscaper.Replace(s) }

// escapeProperty escapes a workflow command's property value as
// actions/toolkit's escapeProperty does.
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
