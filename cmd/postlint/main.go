// Command postlint lints blog posts: Markdown files with front matter. It
// validates front matter against a JSON Schema, checks the Markdown, and
// reports as text, JSON, GitHub annotations or SARIF.
package main

import (
	"os"
	"runtime/debug"

	"github.com/postlint/postlint/internal/cli"
)

// gcPercent is the garbage collector's target unless GOGC says otherwise.
// A post is parsed, linted and dropped, so most of what a run allocates
// dies young and the heap that survives is small (findings and site
// summaries past the first few MiB wait in a temporary file): collecting
// half as often costs a few megabytes and saves about a sixth of the CPU
// time on a 2,000-post site.
const gcPercent = 200

// memoryLimit is the heap the collector aims to stay under unless
// GOMEMLIMIT says otherwise. With gcPercent alone, the site rules' pass
// over 20,000 posts' summaries let the heap grow to three times what
// they hold, about 95 MB; under the limit that run peaks near 55 MB RSS
// for a few percent more CPU time, and runs of a few thousand posts
// never reach it. Where the summaries alone pass the limit (roughly
// 40,000 posts and more), the collector runs more often in that pass;
// GOMEMLIMIT=off trades the memory back for that time.
const memoryLimit = 48 << 20

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
