package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"text/tabwriter"

	"github.com/postlint/postlint/internal/config"
	"github.com/postlint/postlint/internal/infer"
	"github.com/postlint/postlint/internal/report"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/rules"
)

// informationURI is postlint's home page.
const informationURI = "https://github.com/postlint/postlint"

// rules prints the catalogue: name, default severity, fixable, title.
func (e *environment) rules(args []string) (int, error) {
	if len(args) > 0 {
		return ExitFailure, fmt.Errorf("rules takes no arguments")
	}
	w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "RULE\tDEFAULT\tFIXABLE\tDESCRIPTION")
	for _, r := range rules.All() {
		fixable := ""
		if r.Fixable {
			fixable = "yes"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", r.Name, r.Severity, fixable, r.Title())
	}
	return ExitClean, w.Flush()
}

// explain prints one rule's documentation.
func (e *environment) explain(args []string) (int, error) {
	if len(args) != 1 {
		return ExitFailure, fmt.Errorf("explain takes one rule name, as in: postlint explain trailing-space")
	}
	all := rules.All()
	for _, r := range all {
		if r.Name == args[0] {
			fmt.Fprint(e.stdout, RuleDoc(r))
			return ExitClean, nil
		}
	}
	names := make([]string, len(all))
	for i, r := range all {
		names[i] = r.Name
	}
	return ExitFailure, fmt.Errorf("unknown rule %q%s", args[0], didYouMean(args[0], names))
}

// RuleDoc renders a rule's documentation as Markdown, as explain prints it.
func RuleDoc(r *rule.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n%s.\n\nDefault severity: %s.", r.Name, capitalize(r.Title()), r.Severity)
	if r.Fixable {
		b.WriteString(" Fixable.")
	}
	fmt.Fprintf(&b, "\n\n%s\n", r.Description())
	return b.String()
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// schema prints the effective post schema: --schema, else the
// configuration's (--config, or the nearest .postlint.yaml), else the
// built-in one. "schema infer [path ...]" drafts one from existing posts.
func (e *environment) schema(args []string) (int, error) {
	if len(args) > 0 && args[0] == "infer" {
		return infer.Command(args[1:], e.stdout, e.stderr)
	}
	fs := flag.NewFlagSet("postlint schema", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	configPath := fs.String("config", "", "")
	schemaPath := fs.String("schema", "", "")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		return ExitFailure, fmt.Errorf("schema takes only --config FILE and --schema FILE")
	}
	path := *schemaPath
	if path == "" {
		cfg, err := loadConfig(*configPath)
		if err != nil {
			return ExitFailure, err
		}
		if cfg != nil {
			path = cfg.Schema
		}
	}
	s, err := loadSchema(path)
	if err != nil {
		return ExitFailure, err
	}
	text := s.Text
	if len(text) > 0 && text[len(text)-1] != '\n' {
		text = append(text, '\n')
	}
	_, err = e.stdout.Write(text)
	return ExitClean, err
}

// version prints postlint's version.
func (e *environment) version(args []string) (int, error) {
	if len(args) > 0 {
		return ExitFailure, fmt.Errorf("version takes no arguments")
	}
	fmt.Fprintf(e.stdout, "postlint %s\n", tool().Version)
	return ExitClean, nil
}

// tool describes this build of postlint. The version comes from the
// module's build information: a release tag or pseudo-version for
// "go install", a development version otherwise.
func tool() report.Tool {
	version := "0.1.0-dev"
	if info, ok := debug.ReadBuildInfo(); ok {
		if v := strings.TrimPrefix(info.Main.Version, "v"); v != "" && v != "(devel)" {
			version = v
		}
	}
	return report.Tool{Name: "postlint", Version: version, InformationURI: informationURI}
}

// init writes a commented .postlint.yaml into the working directory,
// listing every rule with its default. It never overwrites one.
func (e *environment) init(args []string) (int, error) {
	if len(args) > 0 {
		return ExitFailure, fmt.Errorf("init takes no arguments")
	}
	for _, name := range config.FileNames {
		if _, err := os.Lstat(name); err == nil {
			return ExitFailure, fmt.Errorf("%s already exists; init does not overwrite it", name)
		}
	}
	f, err := os.OpenFile(config.FileNames[0], os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return ExitFailure, err
	}
	if _, err := f.Write(config.Template(rules.All())); err != nil {
		f.Close()
		return ExitFailure, err
	}
	if err := f.Close(); err != nil {
		return ExitFailure, err
	}
	fmt.Fprintf(e.stdout, "wrote %s\n", config.FileNames[0])
	return ExitClean, nil
}
