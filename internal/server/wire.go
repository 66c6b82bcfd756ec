package server

import "github.com/storyline/storyline/internal/wire"

// JSON wire formats of the API (documented in openapi.json) are in package
// wire, shared with the CLI's --json outputs; search pages add their next
// cursor (apiSearch).

func nullable(s string) *string { return wire.Nullable(s) }
