package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/postlint/postlint/internal/report"
)

// print writes the report in the chosen format to stdout or, atomically,
// to --output, then appends the job summary when GITHUB_STEP_SUMMARY is
// set. The printers write as they go: a site's report is never held whole.
func (e *environment) print(flags *lintFlags, r *report.Report) error {
	color := flags.output == "" && useColor(flags.color, e.stdout, e.getenv)
	write := func(w io.Writer) error {
		switch flags.format {
		case "json":
			return report.JSON(w, r)
		case "sarif":
			return report.SARIF(w, r)
		case "github":
			return report.GitHub(w, r)
		default:
			return report.Text(w, r, color)
		}
	}
	var err error
	if flags.output != "" {
		err = writeFileAtomic(flags.output, write)
	} else {
		err = write(e.stdout)
	}
	if err == nil {
		e.writeJobSummary(r)
	}
	return err
}

// writeJobSummary appends the report's Markdown summary to the file
// named by GITHUB_STEP_SUMMARY, which GitHub Actions shows on the run's
// page. Failing to is a warning, not a failed run.
func (e *environment) writeJobSummary(r *report.Report) {
	path := e.getenv("GITHUB_STEP_SUMMARY")
	if path == "" {
		return
	}
	var buf bytes.Buffer
	err := report.JobSummary(&buf, r, report.GitHubLinks(e.getenv))
	if err == nil {
		err = appendFile(path, buf.Bytes())
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "postlint: warning: cannot write the job summary: %v\n", err)
	}
}

// appendFile appends data to the file at path, creating it if need be.
func appendFile(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// writeFileAtomic has write fill a temporary file beside path and renames
// it into place, so that readers never see half a report.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	fail := func(err error) error {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("--output %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fail(err)
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	err = write(tmp)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fail(err)
	}
	return nil
}

// useColor decides --color: auto colours a terminal unless NO_COLOR is
// set or TERM is dumb.
func useColor(when string, w io.Writer, getenv func(string) string) bool {
	switch when {
	case "always":
		return true
	case "never":
		return false
	}
	return getenv("NO_COLOR") == "" && getenv("TERM") != "dumb" && isTerminal(w)
}
