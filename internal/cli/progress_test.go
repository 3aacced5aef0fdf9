package cli

import (
	"bytes"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// fakeClock is a clock that moves only when told.
type fakeClock struct{ t time.Time }

func newFakeClock() *fakeClock               { return &fakeClock{t: time.Unix(1e9, 0)} }
func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

// takeOutput returns what buf holds and empties it.
func takeOutput(buf *bytes.Buffer) string {
	out := buf.String()
	buf.Reset()
	return out
}

func quoteAll(s string) string { return strings.ReplaceAll(s, "\r", `\r`) }

func TestProgressLargeRunShowsAtOnceAndThrottles(t *testing.T) {
	var buf bytes.Buffer
	clock := newFakeClock()
	p := newProgress(&buf, clock.now)
	p.update(1, 20000)
	if got, want := takeOutput(&buf), "\rlinting 1/20000 posts..."; got != want {
		t.Errorf("first update wrote %q, want %q", quoteAll(got), quoteAll(want))
	}
	for i := 2; i <= 101; i++ {
		clock.advance(time.Millisecond)
		p.update(i, 20000)
	}
	if got, want := takeOutput(&buf), "\rlinting 101/20000 posts..."; got != want {
		t.Errorf("an update a millisecond for 100ms wrote %q, want only the one at 100ms: %q", quoteAll(got), quoteAll(want))
	}
	// A worker that reports late does not move the count back.
	clock.advance(200 * time.Millisecond)
	p.update(1234, 20000)
	clock.advance(200 * time.Millisecond)
	p.update(1000, 20000)
	if got, want := takeOutput(&buf), "\rlinting 1234/20000 posts...\rlinting 1234/20000 posts..."; got != want {
		t.Errorf("wrote %q, want %q", quoteAll(got), quoteAll(want))
	}
	p.stop()
	if got, want := takeOutput(&buf), "\r"+strings.Repeat(" ", len("linting 1234/20000 posts..."))+"\r"; got != want {
		t.Errorf("stop wrote %q, want the line cleared: %q", quoteAll(got), quoteAll(want))
	}
	p.stop()
	if got := takeOutput(&buf); got != "" {
		t.Errorf("a second stop wrote %q", quoteAll(got))
	}
}

func TestProgressSmallRunShowsAfterASecond(t *testing.T) {
	var buf bytes.Buffer
	clock := newFakeClock()
	p := newProgress(&buf, clock.now)
	clock.advance(999 * time.Millisecond)
	p.update(1, 500)
	if got := takeOutput(&buf); got != "" {
		t.Errorf("a run of 500 posts showed progress before 1s: %q", quoteAll(got))
	}
	clock.advance(time.Millisecond)
	p.update(2, 500)
	if got, want := takeOutput(&buf), "\rlinting 2/500 posts..."; got != want {
		t.Errorf("after 1s wrote %q, want %q", quoteAll(got), quoteAll(want))
	}
}

func TestProgressStopWithoutLine(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, newFakeClock().now)
	p.update(3, 10)
	p.stop()
	if buf.Len() != 0 {
		t.Errorf("a short run wrote %q", quoteAll(buf.String()))
	}
	var none *progress // no progress line: every method is a no-op
	none.update(1, 1000)
	none.stop()
}

func TestStartProgress(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("uses /dev/null as a character device")
	}
	// isTerminal takes any character device, /dev/null too, which lets
	// this test see what else turns the line off.
	devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer devNull.Close()
	env := func(stderr io.Writer, vars map[string]string) *environment {
		return &environment{stderr: stderr, getenv: func(k string) string { return vars[k] }}
	}
	if p := env(devNull, nil).startProgress(false); p == nil {
		t.Error("no progress on a character device")
	}
	if p := env(&bytes.Buffer{}, nil).startProgress(false); p != nil {
		t.Error("progress on a non-terminal")
	}
	for _, vars := range []map[string]string{{"CI": "true"}, {"GITHUB_ACTIONS": "true"}} {
		if p := env(devNull, vars).startProgress(false); p != nil {
			t.Errorf("progress with %v", vars)
		}
	}
	if p := env(devNull, nil).startProgress(true); p != nil {
		t.Error("progress with --quiet")
	}
}
