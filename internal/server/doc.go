// Package server serves storyline over HTTP: a JSON API under /api/
// (described by the OpenAPI 3 document at /api/openapi.json) and a
// server-rendered web UI (html/template, embedded CSS and one small script,
// no build step) for reading the latest coverage, an article with its quotes
// and entities marked, an entity's quotes over time, search with facets, and
// adding pages. /quotes and /events list quotes and events across
// stories, the newest first, filtered and paged like /api/quotes and
// /api/events (?limit= up to 500 and a "more" link).
//
// New returns a Server, an http.Handler; Serve and Shutdown run it on a
// listener. Every response carries a strict Content-Security-Policy (no
// inline script or style), nosniff and no-referrer headers. All article
// content is untrusted: templates escape it, search highlights arrive as
// private-use marks that are turned into <mark> only after escaping.
//
// Writes (POST /api/articles, the ingest form) need the bearer token of
// Options.Token; with no token they are accepted only from loopback clients,
// every request must name a loopback host (against DNS rebinding), and the
// caller is expected to bind to loopback. Cross-origin writes are refused.
// Each client address has a token-bucket rate limit, bodies a size limit.
//
// GET answers (pages and API) are kept whole in a response cache
// (respcache.go, Options.CacheBytes, 64 MiB LRU) keyed by the request URI
// and the store's data version (store.Versioner), which changes with every
// committed write of this or any other process: a page is built once per
// change of the data, and nothing built before a write is served after it.
// The storylines, whose query grows with the store, are also kept for
// Options.ListCacheTTL (3s), and pages built from them no longer than that.
// Every GET answer carries an ETag for conditional requests.
//
// Errors are JSON {"error": reason} on /api/ and pages elsewhere, with the
// status that fits: 400 bad parameter or search query (store.ErrBadQuery),
// 401/403 refused write, 404, 405 (with Allow), 413 body too large, 429 rate
// limited, 501 for endpoints not built yet, 500 only for real faults.
package server
