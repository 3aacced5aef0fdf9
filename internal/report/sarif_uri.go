package report

import (
	"net/url"
	"path/filepath"
	"strings"
)

// artifactLocation locates the file at path, a finding's slash-separated
// path relative to r.WorkDir (or absolute). With no r.SourceRoot the URI
// is path itself, relative to %SRCROOT%. Otherwise it is the file's path
// relative to r.SourceRoot; a file outside the source root gets an
// absolute file URI and no base id, as SARIF requires.
func artifactLocation(r *Report, path string) sarifArtifactLocation {
	p := filepath.FromSlash(path)
	if r.SourceRoot != "" {
		if !filepath.IsAbs(p) && r.WorkDir != "" {
			p = filepath.Join(r.WorkDir, p)
		}
		if filepath.IsAbs(p) {
			rel, err := filepath.Rel(r.SourceRoot, p)
			if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				return sarifArtifactLocation{URI: fileURI(p)}
			}
			p = rel
		}
	}
	if filepath.IsAbs(p) {
		return sarifArtifactLocation{URI: fileURI(p)}
	}
	return sarifArtifactLocation{URI: escapePath(filepath.ToSlash(p)), URIBaseID: sarifSourceRoot}
}

// sourceRootLocation is the %SRCROOT% entry of originalUriBaseIds: the
// absolute root as a file URI ending in a slash, or, when the root is
// unknown, only a description (the uri property is optional there).
func sourceRootLocation(root string) sarifArtifactLocation {
	if root == "" {
		return sarifArtifactLocation{Description: &sarifMessage{Text: "the repository root"}}
	}
	uri := fileURI(root)
	if !strings.HasSuffix(uri, "/") {
		uri += "/"
	}
	return sarifArtifactLocation{URI: uri}
}

// fileURI returns the file URI of an absolute path: "/a b" becomes
// "file:///a%20b", and "C:\a" becomes "file:///C:/a".
func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// escapePath percent-encodes a slash-separated relative path for use as
// a URI reference: each segment is escaped as a path segment, and colons
// too, so that a first segment such as "c:d.md" is not read as a scheme.
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = strings.ReplaceAll(url.PathEscape(s), ":", "%3A")
	}
	return strings.Join(segs, "/")
}
