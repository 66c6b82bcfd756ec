package server

import "github.com/storyline/storyline/internal/wire"

// JSON wire formats of the API (documented in openapi.json) are in package
// wire, shared with the CLI's --json outputs; the search hit, which carries
// rendered HTML, is the API's own.

type searchHitJSON struct {
	ID          int64   `json:"id"`
	Title       string  `json:"title"`
	Source      string  `json:"source"`
	Outlet      string  `json:"outlet,omitempty"`
	Published   *string `json:"published"`
	Snippet     string  `json:"snippet"`
	SnippetHTML string  `json:"snippet_html"`
	TitleHTML   string  `json:"title_html"`
	Score       float64 `json:"score"`
}

func nullable(s string) *string { return wire.Nullable(s) }
