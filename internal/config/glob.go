package config

import (
	"path"
	"strings"
)

// checkGlob reports a malformed glob.
func checkGlob(g string) error {
	if strings.TrimSpace(g) == "" {
		return errorString("empty")
	}
	for _, seg := range strings.Split(g, "/") {
		if seg == "**" {
			continue
		}
		if _, err := path.Match(seg, ""); err != nil {
			return err
		}
	}
	return nil
}

type errorString string

func (e errorString) Error() string { return string(e) }

// matchGlob reports whether rel, a slash-separated path relative to the
// configuration's directory, matches glob. A glob without a slash matches
// a file name at any depth ("*.draft.md"); one with a slash is matched
// from the directory, segment by segment, with "**" standing for any
// number of directories ("content/drafts/**").
func matchGlob(glob, rel string) bool {
	glob = strings.TrimPrefix(glob, "./")
	if !strings.Contains(glob, "/") {
		ok, _ := path.Match(glob, path.Base(rel))
		return ok
	}
	return matchSegments(strings.Split(glob, "/"), strings.Split(rel, "/"))
}

func matchSegments(glob, parts []string) bool {
	for len(glob) > 0 {
		if glob[0] == "**" {
			rest := glob[1:]
			for i := 0; i <= len(parts); i++ {
				if matchSegments(rest, parts[i:]) {
					return true
				}
			}
			return false
		}
		if len(parts) == 0 {
			return false
		}
		if ok, _ := path.Match(glob[0], parts[0]); !ok {
			return false
		}
		glob, parts = glob[1:], parts[1:]
	}
	return len(parts) == 0
}
