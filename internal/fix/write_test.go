package fix

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// writeFileAt creates dir/name holding data, with mode perm.
func writeFileAt(t *testing.T, dir, name, data string, perm fs.FileMode) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(data), perm); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, perm); err != nil { // past the umask
		t.Fatal(err)
	}
	return path
}

// checkFile fails the test unless path holds want.
func checkFile(t *testing.T, path, want string) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s holds %q, want %q", path, got, want)
	}
}

// checkNoTemp fails the test if a temporary file of WriteFile is in dir.
func checkNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.Contains(e.Name(), ".postlint-") {
			t.Errorf("temporary file %s left in %s", e.Name(), dir)
		}
	}
}

// setWriteHook replaces writeHook for the rest of the test.
func setWriteHook(t *testing.T, hook func(f *os.File, data []byte) (int, error)) {
	old := writeHook
	writeHook = hook
	t.Cleanup(func() { writeHook = old })
}

func TestWriteFile(t *testing.T) {
	for _, perm := range []fs.FileMode{0o600, 0o644, 0o755} {
		t.Run(perm.String(), func(t *testing.T) {
			dir := t.TempDir()
			path := writeFileAt(t, dir, "post.md", "old contents\n", perm)
			var tmp string
			setWriteHook(t, func(f *os.File, data []byte) (int, error) {
				tmp = f.Name()
				return f.Write(data)
			})

			if err := WriteFile(path, []byte("new\r\ncontents")); err != nil {
				t.Fatal(err)
			}
			checkFile(t, path, "new\r\ncontents")
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if runtime.GOOS != "windows" && info.Mode().Perm() != perm {
				t.Errorf("mode %v, want %v", info.Mode().Perm(), perm)
			}
			if filepath.Dir(tmp) != dir || !strings.HasPrefix(filepath.Base(tmp), ".post.md.postlint-") {
				t.Errorf("temporary file %s, want .post.md.postlint-* in %s", tmp, dir)
			}
			checkNoTemp(t, dir)
		})
	}
}

func TestWriteFileEmpty(t *testing.T) {
	dir := t.TempDir()
	path := writeFileAt(t, dir, "post.md", "old\n", 0o644)
	if err := WriteFile(path, nil); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path, "")
	checkNoTemp(t, dir)
}

func TestWriteFileRelativePath(t *testing.T) {
	dir := t.TempDir()
	writeFileAt(t, dir, "post.md", "old\n", 0o644)
	t.Chdir(dir)
	var tmp string
	setWriteHook(t, func(f *os.File, data []byte) (int, error) {
		tmp = f.Name()
		return f.Write(data)
	})

	if err := WriteFile("post.md", []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	checkFile(t, "post.md", "new\n")
	if filepath.Dir(tmp) != "." {
		t.Errorf("temporary file %s, want one in the current directory", tmp)
	}
	checkNoTemp(t, dir)
}

func TestWriteFileThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "real"), 0o755); err != nil {
		t.Fatal(err)
	}
	target := writeFileAt(t, filepath.Join(dir, "real"), "post.md", "old\n", 0o640)
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(filepath.Join("real", "post.md"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}

	if err := WriteFile(link, []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	info, err := os.Lstat(link)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("%s is no longer a symbolic link: %v", link, info.Mode())
	}
	if to, _ := os.Readlink(link); to != filepath.Join("real", "post.md") {
		t.Errorf("link points to %q", to)
	}
	checkFile(t, target, "new\n")
	if info, err := os.Stat(target); err != nil || runtime.GOOS != "windows" && info.Mode().Perm() != 0o640 {
		t.Errorf("target: %v, %v; want mode 0640", info, err)
	}
	checkNoTemp(t, dir)
	checkNoTemp(t, filepath.Join(dir, "real"))
}

func TestWriteFileFailsHalfWay(t *testing.T) {
	dir := t.TempDir()
	path := writeFileAt(t, dir, "post.md", "old contents\n", 0o644)
	setWriteHook(t, func(f *os.File, data []byte) (int, error) {
		n, _ := f.Write(data[:len(data)/2])
		return n, syscall.ENOSPC
	})

	err := WriteFile(path, []byte("brand new contents\n"))
	if want := "write " + path + ": no space left on device"; err == nil || err.Error() != want {
		t.Errorf("WriteFile error %v, want %s", err, want)
	}
	if !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("WriteFile error %v is not ENOSPC", err)
	}
	checkFile(t, path, "old contents\n")
	checkNoTemp(t, dir)
}

func TestWriteFileShortWrite(t *testing.T) {
	dir := t.TempDir()
	path := writeFileAt(t, dir, "post.md", "old contents\n", 0o644)
	setWriteHook(t, func(f *os.File, data []byte) (int, error) {
		return f.Write(data[:len(data)/2])
	})

	err := WriteFile(path, []byte("brand new contents\n"))
	if want := "write " + path + ": short write"; err == nil || err.Error() != want {
		t.Errorf("WriteFile error %v, want %s", err, want)
	}
	checkFile(t, path, "old contents\n")
	checkNoTemp(t, dir)
}

// TestWriteFileRenameFails puts a directory where the file was while the
// temporary file is written, so that the rename over it fails.
func TestWriteFileRenameFails(t *testing.T) {
	dir := t.TempDir()
	path := writeFileAt(t, dir, "post.md", "old contents\n", 0o644)
	setWriteHook(t, func(f *os.File, data []byte) (int, error) {
		if err := os.Remove(path); err != nil {
			return 0, err
		}
		if err := os.Mkdir(path, 0o755); err != nil {
			return 0, err
		}
		if err := os.WriteFile(filepath.Join(path, "keep"), []byte("kept\n"), 0o644); err != nil {
			return 0, err
		}
		return f.Write(data)
	})

	err := WriteFile(path, []byte("new\n"))
	if err == nil {
		t.Fatal("WriteFile over a directory succeeded")
	}
	if prefix := "write " + path + ": "; !strings.HasPrefix(err.Error(), prefix) || strings.Contains(err.Error(), ".postlint-") {
		t.Errorf("WriteFile error %q, want one about %s alone", err, path)
	}
	checkFile(t, filepath.Join(path, "keep"), "kept\n")
	checkNoTemp(t, dir)
}

func TestWriteFileMissing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "post.md")
	err := WriteFile(path, []byte("new\n"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("WriteFile error %v, want one that is fs.ErrNotExist", err)
	}
	if err != nil && !strings.HasPrefix(err.Error(), "write "+path+": ") {
		t.Errorf("WriteFile error %q does not name %s", err, path)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("WriteFile left %d files", len(entries))
	}
}

func TestWriteFileNotRegular(t *testing.T) {
	dir := t.TempDir()
	err := WriteFile(dir, []byte("new\n"))
	if want := "write " + dir + ": not a regular file"; err == nil || err.Error() != want {
		t.Errorf("WriteFile error %v, want %s", err, want)
	}
	checkNoTemp(t, filepath.Dir(dir))
}
