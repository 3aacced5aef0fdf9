// Package schema embeds the JSON Schemas that postlint ships: the default
// post schema that front matter is validated against, and the schema of
// postlint's JSON report.
package schema

import _ "embed"

// Post is the default post schema (post.schema.json).
//
//go:embed post.schema.json
var Post []byte

// PostID is the $id of the default post schema; a user's schema can
// extend it with {"$ref": "urn:postlint:schema:post:v1"}.
const PostID = "urn:postlint:schema:post:v1"
