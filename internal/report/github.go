package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/postlint/postlint/internal/rule"
)

// GitHub writes one GitHub Actions workflow command per finding, which
// the runner shows as an annotation on the file:
//
//	::error file=P,line=L,col=C,endLine=EL,endColumn=EC,title=postlint (rule)::P:L:C: message
//
// with warning for Warning and notice for Info findings. A finding that
// spans lines gets no col and endColumn, which the runner would drop
// anyway. Each notification becomes an error or warning command too, on
// its file when it has one. Values are escaped as GitHub's toolkit does.
func GitHub(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	for _, f := range r.Findings {
		rg := validRange(f.Range)
		props := []string{
			"file=" + escapeProperty(f.Path),
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
		data := fmt.Sprintf("%s:%d:%d: %s", f.Path, rg.Start.Line, rg.Start.Column, f.Message)
		fmt.Fprintf(bw, "::%s %s::%s\n", githubCommand(f.Severity), strings.Join(props, ","), escapeData(data))
	}
	for _, n := range r.Notifications {
		cmd := notificationLevel(n.Level)
		if n.Path == "" {
			fmt.Fprintf(bw, "::%s::%s\n", cmd, escapeData(n.Message))
			continue
		}
		fmt.Fprintf(bw, "::%s file=%s::%s\n", cmd, escapeProperty(n.Path), escapeData(n.Path+": "+n.Message))
	}
	return bw.Flush()
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

// escapeData escapes a workflow command's message as actions/toolkit's
// escapeData does.
func escapeData(s string) string { return dataEscaper.Replace(s) }

// escapeProperty escapes a workflow command's property value as
// actions/toolkit's escapeProperty does.
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
