package lint

import (
	"errors"
	"fmt"
	"os"
	"sync"
)

// spillAfter is how many bytes of packed findings and summaries a run
// holds in memory before it moves the rest to a temporary file. Below it
// (a few thousand posts) nothing touches the disk; above it, the memory a
// run needs no longer grows with its findings and summaries, which are
// written once and read back once. Tests lower it.
var spillAfter int64 = 4 << 20

// store keeps what a run's posts leave for later, the packed findings
// and site summaries: in memory up to spillAfter bytes, then in a
// temporary file that is removed as soon as it is made (or, where a
// file cannot be removed while open, when the store is closed). When no
// temporary file can be made or written, everything stays in memory. It
// is safe for concurrent use.
type store struct {
	mu    sync.Mutex
	limit int64 // bytes held in memory before spilling; < 0: never
	mem   int64
	file  *os.File
	name  string // the file's name while it still needs removing
	end   int64
	// failed is set when the temporary file could not be made or
	// written: the run carries on in memory.
	failed bool
}

// blob is a stored byte string: data in memory, or n bytes at off in
// the store's file.
type blob struct {
	data []byte
	off  int64
	n    int
}

// newStore returns a store that holds limit bytes in memory before it
// spills to a temporary file, or never spills when limit is negative.
func newStore(limit int64) *store { return &store{limit: limit} }

// put stores a copy of b.
func (s *store) put(b []byte) blob {
	if len(b) == 0 {
		return blob{}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.limit >= 0 && !s.failed && s.mem+int64(len(b)) > s.limit {
		if s.file == nil {
			s.open()
		}
		if s.file != nil {
			if _, err := s.file.WriteAt(b, s.end); err == nil {
				x := blob{off: s.end, n: len(b)}
				s.end += int64(len(b))
				return x
			}
			s.failed = true
		}
	}
	s.mem += int64(len(b))
	return blob{data: append([]byte(nil), b...), n: len(b)}
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

// get returns x's bytes. Those in the file are read into *buf, grown as
// need be, so that a caller reading many blobs reuses one buffer; they
// stay valid until the next get with the same buf.
func (s *store) get(x blob, buf *[]byte) ([]byte, error) {
	if x.data != nil || x.n == 0 {
		return x.data, nil
	}
	if s.file == nil {
		return nil, errors.New("cannot read back findings: the run's store is closed")
	}
	if cap(*buf) < x.n {
		*buf = make([]byte, x.n)
	}
	b := (*buf)[:x.n]
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
