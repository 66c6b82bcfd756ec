package server

import (
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

// JSON wire formats of the API (documented in openapi.json). They live here,
// at the edge, so core stays free of tags.

type articleSummaryJSON struct {
	ID         int64     `json:"id"`
	Title      string    `json:"title"`
	Subtitle   string    `json:"subtitle,omitempty"`
	Source     string    `json:"source"`
	URL        string    `json:"url,omitempty"`
	Outlet     string    `json:"outlet,omitempty"`
	Authors    []string  `json:"authors"`
	Published  *string   `json:"published"`
	Language   string    `json:"language,omitempty"`
	IngestedAt time.Time `json:"ingested_at"`
}

type articleJSON struct {
	articleSummaryJSON
	Text      string        `json:"text"`
	KeyPoints []string      `json:"key_points"`
	Removed   []removalJSON `json:"removed"`
	Entities  []entityJSON  `json:"entities"`
	Quotes    []quoteJSON   `json:"quotes"`
	Events    []eventJSON   `json:"events"`
	// What the story layer decided (0 / empty before it ran).
	Story        int64              `json:"story,omitempty"`
	Storyline    int64              `json:"storyline,omitempty"`
	DuplicateOf  int64              `json:"duplicate_of,omitempty"`
	LinkReason   string             `json:"link_reason,omitempty"`
	Claims       []articleClaimJSON `json:"claims"`
	NewSentences []newSentenceJSON  `json:"new_sentences"`
}

// articleClaimJSON is one claim found in an article.
type articleClaimJSON struct {
	Key        string `json:"key"`
	Holder     string `json:"holder"`
	Text       string `json:"text"`
	Sentence   string `json:"sentence"`
	Speaker    string `json:"speaker,omitempty"`
	Questioned bool   `json:"questioned,omitempty"`
}

// newSentenceJSON is a sentence new to the article's storyline.
type newSentenceJSON struct {
	Text   string `json:"text"`
	Reason string `json:"reason,omitempty"`
}

type removalJSON struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

type entityJSON struct {
	Name       string   `json:"name"`
	Type       string   `json:"type"`
	Aliases    []string `json:"aliases"`
	Attributes []string `json:"attributes"`
	Mentions   int      `json:"mentions"`
	Articles   int      `json:"articles,omitempty"`
}

type quoteJSON struct {
	Text      string  `json:"text"`
	Speaker   string  `json:"speaker"`
	Direct    bool    `json:"direct"`
	Fragment  bool    `json:"fragment"`
	Sentence  string  `json:"sentence"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	ArticleID int64   `json:"article_id,omitempty"`
	Title     string  `json:"title,omitempty"`
	Published *string `json:"published,omitempty"`
}

type eventJSON struct {
	Actor    string `json:"actor"`
	Type     string `json:"type"`
	Target   string `json:"target"`
	Place    string `json:"place"`
	Date     string `json:"date"`
	Sentence string `json:"sentence"`
}

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

type facetJSON struct {
	Value string `json:"value"`
	Type  string `json:"type,omitempty"`
	Count int    `json:"count"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func toSummaryJSON(a *core.Article) articleSummaryJSON {
	return articleSummaryJSON{ID: a.ID, Title: a.Title, Subtitle: a.Subtitle, Source: a.Source, URL: a.URL, Outlet: a.Outlet,
		Authors: orEmpty(a.Authors), Published: nullable(a.Published), Language: a.Language, IngestedAt: a.IngestedAt}
}

func toArticleJSON(a *core.Article) articleJSON {
	out := articleJSON{articleSummaryJSON: toSummaryJSON(a), Text: a.Text, KeyPoints: orEmpty(a.KeyPoints),
		Removed: []removalJSON{}, Entities: []entityJSON{}, Quotes: []quoteJSON{}, Events: []eventJSON{},
		Story: a.Story, Storyline: a.Storyline, DuplicateOf: a.DuplicateOf, LinkReason: a.LinkReason,
		Claims: []articleClaimJSON{}, NewSentences: []newSentenceJSON{}}
	for _, c := range a.Claims {
		out.Claims = append(out.Claims, articleClaimJSON{Key: c.Key, Holder: c.Holder, Text: c.Text, Sentence: c.Sentence, Speaker: c.Speaker, Questioned: c.Questioned})
	}
	for _, st := range a.Sentences {
		if st.New {
			out.NewSentences = append(out.NewSentences, newSentenceJSON{Text: st.Text, Reason: st.Reason})
		}
	}
	for _, r := range a.Removed {
		out.Removed = append(out.Removed, removalJSON(r))
	}
	for _, e := range a.Entities {
		out.Entities = append(out.Entities, toEntityJSON(e, 0))
	}
	for _, q := range a.Quotes {
		out.Quotes = append(out.Quotes, toQuoteJSON(q))
	}
	for _, e := range a.Events {
		out.Events = append(out.Events, eventJSON(e))
	}
	return out
}

func toEntityJSON(e core.Entity, articles int) entityJSON {
	return entityJSON{Name: e.Name, Type: string(e.Type), Aliases: orEmpty(e.Aliases), Attributes: orEmpty(e.Attributes),
		Mentions: e.Mentions, Articles: articles}
}

func toQuoteJSON(q core.Quote) quoteJSON {
	return quoteJSON{Text: q.Text, Speaker: q.Speaker, Direct: q.Direct, Fragment: q.Fragment, Sentence: q.Sentence, Start: q.Start, End: q.End}
}

func toStoredQuoteJSON(q store.StoredQuote) quoteJSON {
	j := toQuoteJSON(q.Quote)
	j.ArticleID, j.Title, j.Published = q.ArticleID, q.Title, nullable(q.Published)
	return j
}

func toFacetsJSON(fs []store.FacetCount) []facetJSON {
	out := make([]facetJSON, 0, len(fs))
	for _, f := range fs {
		out = append(out, facetJSON(f))
	}
	return out
}
