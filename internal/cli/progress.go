package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// When the progress line shows: from the start for runs of more than
// progressFiles posts, otherwise once a run has taken progressDelay; it is
// rewritten at most once per progressInterval.
const (
	progressFiles    = 500
	progressDelay    = time.Second
	progressInterval = 100 * time.Millisecond
)

// progress is the line "linting 1234/20000 posts..." that a long run
// keeps rewriting in place on a terminal's standard error. Its methods
// are safe for concurrent use, and do nothing on a nil *progress.
type progress struct {
	w   io.Writer
	now func() time.Time

	mu          sync.Mutex
	start, last time.Time // when the run started and the line was last written
	done        int       // the most posts reported done
	width       int       // the length of the line on screen; 0 when none is
}

// startProgress returns the progress line for a lint run, or nil when
// there should be none: with --quiet, in CI (CI or GITHUB_ACTIONS set),
// or when standard error is not a terminal.
func (e *environment) startProgress(quiet bool) *progress {
	if quiet || e.getenv("CI") != "" || e.getenv("GITHUB_ACTIONS") != "" || !isTerminal(e.stderr) {
		return nil
	}
	return newProgress(e.stderr, time.Now)
}

func newProgress(w io.Writer, now func() time.Time) *progress {
	return &progress{w: w, now: now, start: now()}
}

// update records that done of total posts are linted, and rewrites the
// line when the run is long enough and the line old enough. It is
// lint.Options.Progress.
func (p *progress) update(done, total int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done = max(p.done, done) // workers may report out of order
	now := p.now()
	if p.width == 0 && total <= progressFiles && now.Sub(p.start) < progressDelay ||
		p.width > 0 && now.Sub(p.last) < progressInterval {
		return
	}
	p.last = now
	line := fmt.Sprintf("linting %d/%d posts...", p.done, total)
	fmt.Fprintf(p.w, "\r%-*s", p.width, line)
	p.width = max(p.width, len(line))
}

// stop clears the line, so that what follows starts on a clean line.
func (p *progress) stop() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.width > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
		p.width = 0
	}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
