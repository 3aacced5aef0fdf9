// Command postlint lints blog posts: Markdown files with front matter. It
// validates front matter against a JSON Schema, checks the Markdown, and
// reports as text, JSON, GitHub annotations or SARIF.
package main

import (
	"os"

	"github.com/postlint/postlint/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
