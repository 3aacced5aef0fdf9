package rule

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

var kebabCase = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// Validate checks that rules are well formed: names are unique and
// kebab-case, each Doc has a short title and a body, each severity is
// known and each rule has either a Run or a Site function. It reports
// every problem found.
func Validate(rules []*Rule) error {
	var errs []error
	seen := make(map[string]bool)
	for _, r := range rules {
		if !kebabCase.MatchString(r.Name) {
			errs = append(errs, fmt.Errorf("rule %q: name is not kebab-case", r.Name))
		}
		if seen[r.Name] {
			errs = append(errs, fmt.Errorf("rule %q: declared twice", r.Name))
		}
		seen[r.Name] = true
		errs = append(errs, validateDoc(r)...)
		if r.Severity < Off || r.Severity > Error {
			errs = append(errs, fmt.Errorf("rule %q: unknown severity %d", r.Name, int(r.Severity)))
		}
		switch {
		case r.Run == nil && r.Site == nil:
			errs = append(errs, fmt.Errorf("rule %q: Run is nil", r.Name))
		case r.Run != nil && r.Site != nil:
			errs = append(errs, fmt.Errorf("rule %q: has both Run and Site", r.Name))
		}
	}
	return errors.Join(errs...)
}

func validateDoc(r *Rule) []error {
	var errs []error
	title := r.Title()
	switch {
	case title == "":
		errs = append(errs, fmt.Errorf("rule %q: Doc has no title line", r.Name))
	case len([]rune(title)) > 60:
		errs = append(errs, fmt.Errorf("rule %q: Doc title is longer than 60 characters", r.Name))
	case strings.HasSuffix(title, "."):
		errs = append(errs, fmt.Errorf("rule %q: Doc title ends with a period", r.Name))
	}
	if !strings.HasPrefix(r.Doc, title+"\n\n") || r.Description() == "" {
		errs = append(errs, fmt.Errorf("rule %q: Doc needs a blank line and a description after the title", r.Name))
	}
	return errs
}
