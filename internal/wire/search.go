package wire

import (
	"html/template"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/store"
)

// SearchHit is one search result, as /api/search and `storyline search
// --json` give it: Snippet in plain text, SnippetHTML and TitleHTML with
// the matches marked (<mark>) and everything else escaped.
type SearchHit struct {
	ID          int64   `json:"id"`
	Title       string  `json:"title"`
	Source      string  `json:"source"`
	Outlet      string  `json:"outlet,omitempty"`
	Published   *string `json:"published"`
	Story       int64   `json:"story,omitempty"`        // the article's story (absent before the story layer placed it)
	DuplicateOf int64   `json:"duplicate_of,omitempty"` // the earlier article this one nearly repeats (absent: original)
	Snippet     string  `json:"snippet"`
	SnippetHTML string  `json:"snippet_html"`
	TitleHTML   string  `json:"title_html"`
	// Score is bm25 (lower is better); 0 with no query text.
	Score float64 `json:"score"`
}

// SearchFacets count the matches by source, entity and month.
type SearchFacets struct {
	Sources      []Facet `json:"sources"`
	Entities     []Facet `json:"entities"`
	EntitiesOver int     `json:"entities_over"`
	Months       []Facet `json:"months"`
}

// SearchResult is one page of search results: total matches, the page's
// rows and, when asked for, the facets (the API always asks).
type SearchResult struct {
	Total   int           `json:"total"`
	Results []SearchHit   `json:"results"`
	Facets  *SearchFacets `json:"facets,omitempty"`
}

// FromSearchHit gives one search result.
func FromSearchHit(h store.SearchHit) SearchHit {
	return SearchHit{ID: h.ID, Title: h.Title, Source: h.Source, Outlet: h.Outlet, Published: Nullable(h.Published), Story: h.Story, DuplicateOf: h.DuplicateOf,
		Snippet: Unmark(h.Snippet), SnippetHTML: MarkedHTML(h.Snippet), TitleHTML: MarkedHTML(h.TitleMarked), Score: h.Score}
}

// FromSearch gives a page of search results; facets says whether the
// search counted them (store.SearchQuery.Facets).
func FromSearch(res store.SearchResult, facets bool) SearchResult {
	out := SearchResult{Total: res.Total, Results: make([]SearchHit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		out.Results = append(out.Results, FromSearchHit(h))
	}
	if facets {
		f := res.Facets
		out.Facets = &SearchFacets{FromFacets(f.Sources), FromFacets(f.Entities), f.EntitiesOver, FromFacets(f.Months)}
	}
	return out
}

// Unmark removes search highlight marks (store.MarkStart, store.MarkEnd).
func Unmark(s string) string {
	return strings.NewReplacer(store.MarkStart, "", store.MarkEnd, "").Replace(s)
}

// MarkedHTML escapes s and turns balanced store.MarkStart/MarkEnd pairs
// into <mark> elements; stray marks are dropped. It is the only place
// search highlights become HTML (the web pages' too), and nothing of s
// comes out unescaped.
func MarkedHTML(s string) string {
	var b strings.Builder
	open := false
	for {
		i := strings.IndexAny(s, store.MarkStart+store.MarkEnd)
		if i < 0 {
			b.WriteString(template.HTMLEscapeString(s))
			break
		}
		b.WriteString(template.HTMLEscapeString(s[:i]))
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case string(r) == store.MarkStart && !open:
			b.WriteString("<mark>")
			open = true
		case string(r) == store.MarkEnd && open:
			b.WriteString("</mark>")
			open = false
		}
		s = s[i+n:]
	}
	if open {
		b.WriteString("</mark>")
	}
	return b.String()
}
