package fix

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// writeHook writes data to f; tests replace it to make writes fail.
var writeHook = (*os.File).Write

// WriteFile replaces the contents of the existing regular file at path with
// data, atomically: it writes a temporary file in the same directory, gives
// it the file's permission bits, syncs it and renames it over the file, so
// that a reader or a crash sees the old contents or the new, never a mix.
// A symbolic link is followed and the file it names replaced; the link
// stays. Like any rename, the replacement gets a new inode: hard links to
// the old file keep the old contents, and the owner is whoever runs
// postlint.
//
// On failure the file is left as it was and no temporary file remains. The
// error is an *fs.PathError for path, "write content/post.md: no space left
// on device", whichever step failed.
func WriteFile(path string, data []byte) error {
	if err := writeFile(path, data); err != nil {
		return &fs.PathError{Op: "write", Path: path, Err: cause(err)}
	}
	return nil
}

func writeFile(path string, data []byte) (err error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(target)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return errors.New("not a regular file")
	}

	// filepath.Dir, not Split: CreateTemp takes "" for the system's
	// temporary directory, and the rename must stay in this one.
	dir, base := filepath.Dir(target), filepath.Base(target)
	f, err := os.CreateTemp(dir, "."+base+".postlint-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close() // after the Close below, this one only errs
			os.Remove(tmp)
		}
	}()

	n, err := writeHook(f, data)
	if err == nil && n < len(data) {
		err = io.ErrShortWrite
	}
	if err != nil {
		return err
	}
	// Chmod before Sync, so that the sync keeps the mode too.
	if err = f.Chmod(info.Mode().Perm()); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp, target); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename in dir durable, where the system allows it.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}

// cause returns the error under the wrappers that name a file, so that the
// error WriteFile returns names the user's file and not the temporary one.
func cause(err error) error {
	for {
		var pe *fs.PathError
		var le *os.LinkError
		var se *os.SyscallError
		switch {
		case errors.As(err, &pe):
			err = pe.Err
		case errors.As(err, &le):
			err = le.Err
		case errors.As(err, &se):
			err = se.Err
		default:
			return err
		}
	}
}
