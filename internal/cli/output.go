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
// to --output.
func (e *environment) print(flags *lintFlags, r *report.Report) error {
	var buf bytes.Buffer
	var err error
	switch flags.format {
	case "json":
		err = report.JSON(&buf, r)
	case "sarif":
		err = report.SARIF(&buf, r)
	case "github":
		err = report.GitHub(&buf, r)
	default:
		err = report.Text(&buf, r, flags.output == "" && useColor(flags.color, e.stdout))
	}
	if err != nil {
		return err
	}
	if flags.output != "" {
		return writeFileAtomic(flags.output, buf.Bytes())
	}
	_, err = e.stdout.Write(buf.Bytes())
	return err
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place, so that readers never see half a report.
func writeFileAtomic(path string, data []byte) error {
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
	_, err = tmp.Write(data)
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
func useColor(when string, w io.Writer) bool {
	switch when {
	case "always":
		return true
	case "never":
		return false
	}
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
