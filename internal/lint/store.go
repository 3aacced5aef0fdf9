package lint

import (
	"errors"
	"fmt"
	"math"
	"os"
	"sync"
)

// spillAfter is how many bytes of packed findings and summaries a run
// holds in memory before it moves the rest to a temporary file. Below it
// (a thousand posts or so) nothing touches the disk; above it, the memory
// a run needs no longer grows with its findings and summaries, which are
// written once and read back: summaries once for the site
// rules, findings once for each pass over the report. Tests lower it.
var spillAfter int64 = 2 << 20

// store keeps what a run's posts leave for later, the packed findings
// and site summaries: one after another in memory up to a limit, then in
// a temporary file that is removed as soon as it is made (or, where a
// file cannot be removed while open, when the store is closed). When no
// temporary file can be made or written, everything stays in memory. It
// is safe for concurrent use.
type store struct {
	mu    sync.Mutex
	limit int64 // bytes held in memory before spilling; < 0: never
	mem   []byte
	file  *os.File
	name  string // the file's name while it still needs removing
	end   int64
	// failed is set when the temporary file could not be made or
	// written: the run carries on in memory.
	failed bool
}

// blob is a stored byte string: n bytes at off in the store's memory or,
// when inFile, in its file.
type blob struct {
	off    int64
	n      int32
	inFile bool
}

// newStore returns a store that holds limit bytes in memory before it
// spills to a temporary file, or never spills when limit is negative.
func newStore(limit int64) *store { return &store{limit: limit} }

// put stores a copy of b, which must be shorter than 2 GiB.
func (s *store) put(b []byte) blob {
	if len(b) == 0 {
		return blob{}
	}
	if len(b) > math.MaxInt32 {
		panic("lint: a blob of 2 GiB or more")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.limit >= 0 && !s.failed && int64(len(s.mem)+len(b)) > s.limit {
		if s.file == nil {
			s.open()
		}
		if s.file != nil {
			if _, err := s.file.WriteAt(b, s.end); err == nil {
				x := blob{off: s.end, n: int32(len(b)), inFile: true}
				s.end += int64(len(b))
				return x
			}
			s.failed = true
		}
	}
	x := blob{off: int64(len(s.mem)), n: int32(len(b))}
	s.mem = append(s.mem, b...)
	return x
}

// open makes the temporary file and removes its name at once where the
// system allows; on failure the store stays in memory.
func (s *store) open() {
	f, err := os.CreateTemp("", "postlint-*.tmp")
	if err != nil {
		s.failed = true
		return
	}
	s.file = f
	if os.Remove(f.Name()) != nil {
		s.name = f.Name()
	}
}

// get returns x's bytes. Those in memory are the store's own, not to be
// changed; those in the file are read into *buf, grown as need be, so
// that a caller reading many blobs reuses one buffer, and stay valid
// until the next get with the same buf.
func (s *store) get(x blob, buf *[]byte) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !x.inFile {
		return s.mem[x.off : x.off+int64(x.n) : x.off+int64(x.n)], nil
	}
	if s.file == nil {
		return nil, errors.New("cannot read back findings: the run's store is closed")
	}
	n := int(x.n)
	if cap(*buf) < n {
		*buf = make([]byte, n)
	}
	b := (*buf)[:n]
	if _, err := s.file.ReadAt(b, x.off); err != nil {
		return nil, fmt.Errorf("cannot read back from a temporary file: %v", err)
	}
	return b, nil
}

// close closes and removes the temporary file, if any.
func (s *store) close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.file == nil {
		return nil
	}
	err := s.file.Close()
	if s.name != "" {
		err = errors.Join(err, os.Remove(s.name))
	}
	s.file, s.name = nil, ""
	return err
}
