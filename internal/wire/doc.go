// Package wire holds the JSON shapes storyline speaks: the HTTP API
// (documented in internal/server/openapi.json) and the CLI's --json
// outputs of stored data (stories, story, storylines, claims, new) build
// them through the converters here, so one field has one name everywhere.
// The line an empty list gives (NoneFound) is here too, so the CLI and the
// web pages word it alike.
// Core and store stay free of JSON tags; the shapes live at the edge.
//
// Conventions: snake_case names; a missing day is null, never ""; lists
// are [] rather than null.
package wire
