// Package schema embeds the JSON Schemas that postlint ships: the default
// post schema that front matter is validated against, the schema of
// .postlint.yaml, and the schema of postlint's JSON report.
package schema

import _ "embed"

// Post is the default post schema (post.schema.json).
//
//go:embed post.schema.json
var Post []byte

// PostID is the $id of the default post schema; a user's schema can
// extend it with {"$ref": "urn:postlint:schema:post:v1"}.
const PostID = "urn:postlint:schema:post:v1"

// Config is the schema of .postlint.yaml (config.schema.json), generated
// from the rule catalogue.
//
//go:embed config.schema.json
var Config []byte

// ConfigID is the $id of the configuration schema.
const ConfigID = "urn:postlint:schema:config:v1"

// Report is the schema of postlint's JSON report (report.schema.json).
//
//go:embed report.schema.json
var Report []byte
