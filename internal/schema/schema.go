// Package schema compiles the JSON Schema that front matter must satisfy
// and turns validation failures into messages placed at the failing value.
package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"

	schemafiles "github.com/postlint/postlint/schema"
)

// Schema is a compiled post schema, safe for concurrent use.
type Schema struct {
	// Name says where the schema came from: "default" or a file path.
	Name string
	// Text is the schema's source, as printed by "postlint schema".
	Text []byte

	compiled *jsonschema.Schema
	docs     map[string]any // decoded schema documents by URL, for x-postlint-message
	keys     sync.Map       // instance pointer -> Keys, filled by Properties
}

// Default returns the embedded default post schema.
func Default() (*Schema, error) {
	return compile("default", schemafiles.PostID, schemafiles.Post, "")
}

// Compile compiles an embedded schema whose $id is id; name says what it
// is in errors.
func Compile(name, id string, text []byte) (*Schema, error) {
	return compile(name, id, text, "")
}

// Load compiles the schema in the file at path. Its $refs may name the
// default schema (urn:postlint:schema:post:v1) or files in path's
// directory and below; nothing is loaded from the network.
func Load(path string) (*Schema, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	text, err := os.ReadFile(abs)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("schema %s: %w", path, err)
	}
	return compile(path, fileURL(abs), text, filepath.Dir(abs))
}

func compile(name, id string, text []byte, dir string) (s *Schema, err error) {
	defer func() {
		if r := recover(); r != nil { // the compiler panics on some malformed input
			s, err = nil, fmt.Errorf("schema %s: %v", name, r)
		}
	}()
	s = &Schema{Name: name, Text: text, docs: make(map[string]any)}
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.LoadURL = s.loader(dir)
	for _, res := range []struct {
		id   string
		text []byte
	}{{schemafiles.PostID, schemafiles.Post}, {id, text}} {
		if _, done := s.docs[res.id]; done {
			continue
		}
		if err := s.addDoc(res.id, res.text); err != nil {
			return nil, fmt.Errorf("schema %s: %w", name, err)
		}
		if err := c.AddResource(res.id, bytes.NewReader(res.text)); err != nil {
			return nil, fmt.Errorf("schema %s: %v", name, tidy(err))
		}
	}
	if s.compiled, err = c.Compile(id); err != nil {
		return nil, fmt.Errorf("schema %s: %v", name, tidy(err))
	}
	return s, nil
}

func (s *Schema) addDoc(id string, text []byte) error {
	var doc any
	if err := json.Unmarshal(text, &doc); err != nil {
		return fmt.Errorf("not valid JSON: %v", err)
	}
	s.docs[id] = doc
	// The validator names keyword locations by the schema's own $id when
	// it has one, so the document is found under that name too.
	if m, ok := doc.(map[string]any); ok {
		if own, ok := m["$id"].(string); ok && own != "" {
			if base, err := url.Parse(id); err == nil {
				if ref, err := url.Parse(own); err == nil {
					own = base.ResolveReference(ref).String()
				}
			}
			s.docs[strings.TrimSuffix(own, "#")] = doc
		}
	}
	return nil
}

// loader returns the compiler's LoadURL: it serves files under dir and
// refuses everything else. Symbolic links are resolved, in dir's path and
// in the file's, before the file is placed: a link beside the schema that
// points out of dir is refused as the file it points to would be.
func (s *Schema) loader(dir string) func(string) (io.ReadCloser, error) {
	return func(rawURL string) (io.ReadCloser, error) {
		u, err := url.Parse(rawURL)
		if err != nil || u.Scheme != "file" || dir == "" {
			return nil, fmt.Errorf("refusing to load %s: a schema may only refer to files beside it", rawURL)
		}
		path := filepath.FromSlash(u.Path)
		if !within(dir, path) {
			return nil, fmt.Errorf("refusing to load %s: it is outside %s", rawURL, dir)
		}
		realDir, err := filepath.EvalSymlinks(dir)
		if err != nil {
			return nil, err
		}
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			return nil, err
		}
		if !within(realDir, real) {
			return nil, fmt.Errorf("refusing to load %s: it links to %s, outside %s", rawURL, real, dir)
		}
		text, err := os.ReadFile(real)
		if err != nil {
			return nil, err
		}
		if err := s.addDoc(rawURL, text); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return io.NopCloser(bytes.NewReader(text)), nil
	}
}

// within reports whether path is dir or below it; both are absolute and
// clean.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func fileURL(abs string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// tidy shortens the compiler's errors to their cause on one line.
func tidy(err error) string {
	var se *jsonschema.SchemaError
	for errors.As(err, &se) && se.Err != nil {
		err = se.Err
	}
	msg := strings.TrimPrefix(err.Error(), "jsonschema: ")
	return strings.Join(strings.Fields(msg), " ")
}
