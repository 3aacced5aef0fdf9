package cli

import (
	"math"
	"runtime/debug"
)

// heapPerPost is about what each post of a run holds in the site rules'
// pass, when every post's summary is in memory: 1.2 KiB on the generated
// corpora, with room.
const heapPerPost = 2048

// raiseMemoryLimit raises the soft memory limit that cmd/postlint sets
// (48 MiB) to heapPerPost for each of files posts, when that is more.
// Under a limit below what the site rules' pass holds, the collector
// would run over and over: 50,000 posts took 30% more CPU time under
// 48 MiB. It leaves alone a limit the user set with GOMEMLIMIT and a run
// with no limit.
func raiseMemoryLimit(files int, getenv func(string) string) {
	if getenv("GOMEMLIMIT") != "" {
		return
	}
	limit := debug.SetMemoryLimit(-1)
	if limit == math.MaxInt64 {
		return
	}
	if want := int64(files) * heapPerPost; want > limit {
		debug.SetMemoryLimit(want)
	}
}
