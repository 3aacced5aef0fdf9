package cli

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestRaiseMemoryLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	for _, tc := range []struct {
		name      string
		limit     int64
		files     int
		vars      map[string]string
		wantLimit int64
	}{
		{"small run keeps the limit", 48 << 20, 2000, nil, 48 << 20},
		{"large run raises it", 48 << 20, 50000, nil, 50000 * heapPerPost},
		{"GOMEMLIMIT is the user's", 48 << 20, 50000, map[string]string{"GOMEMLIMIT": "40MiB"}, 48 << 20},
		{"no limit stays none", math.MaxInt64, 50000, nil, math.MaxInt64},
	} {
		debug.SetMemoryLimit(tc.limit)
		raiseMemoryLimit(tc.files, env(tc.vars))
		if got := debug.SetMemoryLimit(-1); got != tc.wantLimit {
			t.Errorf("%s: limit %d, want %d", tc.name, got, tc.wantLimit)
		}
	}
}
