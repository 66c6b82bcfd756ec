package wire

import (
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

// ArticleSummary is an article in a list.
type ArticleSummary struct {
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
	// DuplicateOf is the earlier article this one nearly repeats (0,
	// absent, when original): a list says "copy of article N", so two
	// near-identical rows read as one report.
	DuplicateOf int64 `json:"duplicate_of,omitempty"`
}

// Article is a stored article with everything the stages found.
type Article struct {
	ArticleSummary
	Text      string    `json:"text"`
	KeyPoints []string  `json:"key_points"`
	Removed   []Removal `json:"removed"`
	Entities  []Entity  `json:"entities"`
	Quotes    []Quote   `json:"quotes"`
	Events    []Event   `json:"events"`
	// What the story layer decided (0 / empty before it ran).
	Story       int64  `json:"story,omitempty"`
	Storyline   int64  `json:"storyline,omitempty"`
	DuplicateOf int64  `json:"duplicate_of,omitempty"`
	LinkReason  string `json:"link_reason,omitempty"`
	// UndatedWhy says why an undated article has no date (UndatedWhy);
	// absent when it is dated or no reason is known.
	UndatedWhy   string         `json:"undated_why,omitempty"`
	Claims       []ArticleClaim `json:"claims"`
	NewSentences []Sentence     `json:"new_sentences"`
}

// ArticleClaim is one claim found in an article.
type ArticleClaim struct {
	Key        string `json:"key"`
	Holder     string `json:"holder"`
	Text       string `json:"text"`
	Sentence   string `json:"sentence"`
	Speaker    string `json:"speaker,omitempty"`
	Questioned bool   `json:"questioned,omitempty"`
}

// Sentence is a sentence of an article judged against the earlier
// articles of its storyline: New, or not with the Reason.
type Sentence struct {
	Text   string `json:"text"`
	New    bool   `json:"new"`
	Reason string `json:"reason,omitempty"`
}

// Removal is a piece of the page the cleaner removed, with why.
type Removal struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// Entity is a person, organisation or place; Articles counts the articles
// naming it where the list spans several.
type Entity struct {
	Name       string   `json:"name"`
	Type       string   `json:"type"`
	Aliases    []string `json:"aliases"`
	Attributes []string `json:"attributes"`
	Mentions   int      `json:"mentions"`
	Articles   int      `json:"articles,omitempty"`
}

// Quote is a quote with its speaker; the article fields are set where
// the list spans several articles.
type Quote struct {
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
	Source    string  `json:"source,omitempty"`
	// Story is the article's story, in lists across articles (the pages
	// print "in the story …"); absent in an article's own quotes.
	Story int64 `json:"story,omitempty"`
}

// Statement is one statement several quotes give (store.GroupQuotes).
type Statement struct {
	Speaker  string  `json:"speaker"`
	Text     string  `json:"text"`
	Direct   bool    `json:"direct"`
	Articles []int64 `json:"articles"`
	Quotes   []Quote `json:"quotes"`
}

// Event is who did what to whom.
type Event struct {
	Actor    string `json:"actor"`
	Type     string `json:"type"`
	Target   string `json:"target"`
	Place    string `json:"place"`
	Date     string `json:"date"`
	Sentence string `json:"sentence"`
	// Confidence is the estimated chance that Sentence reports this act
	// (0: unknown, for events stored before the score existed).
	Confidence float64 `json:"confidence"`
}

// Facet is a value with its count.
type Facet struct {
	Value string `json:"value"`
	Type  string `json:"type,omitempty"`
	Count int    `json:"count"`
}

// Nullable is nil for "" (a missing day or title), else &s.
func Nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// OrEmpty is s, or an empty list for nil.
func OrEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// FromSummary gives an article's list shape.
func FromSummary(a *core.Article) ArticleSummary {
	return ArticleSummary{ID: a.ID, Title: a.Title, Subtitle: a.Subtitle, Source: a.Source, URL: a.URL, Outlet: a.Outlet,
		Authors: OrEmpty(a.Authors), Published: Nullable(a.Published), Language: a.Language, IngestedAt: a.IngestedAt, DuplicateOf: a.DuplicateOf}
}

// FromArticle gives an article in full.
func FromArticle(a *core.Article) Article {
	out := Article{ArticleSummary: FromSummary(a), Text: a.Text, KeyPoints: OrEmpty(a.KeyPoints),
		Removed: []Removal{}, Entities: []Entity{}, Quotes: []Quote{}, Events: []Event{},
		Story: a.Story, Storyline: a.Storyline, DuplicateOf: a.DuplicateOf, LinkReason: a.LinkReason,
		UndatedWhy: UndatedWhy(a), Claims: []ArticleClaim{}, NewSentences: []Sentence{}}
	for _, c := range a.Claims {
		out.Claims = append(out.Claims, ArticleClaim{Key: c.Key, Holder: c.Holder, Text: c.Text, Sentence: c.Sentence, Speaker: c.Speaker, Questioned: c.Questioned})
	}
	for _, st := range a.Sentences {
		if st.New {
			out.NewSentences = append(out.NewSentences, Sentence(st))
		}
	}
	for _, r := range a.Removed {
		out.Removed = append(out.Removed, Removal(r))
	}
	for _, e := range a.Entities {
		out.Entities = append(out.Entities, FromEntity(e, 0))
	}
	for _, q := range a.Quotes {
		out.Quotes = append(out.Quotes, FromQuote(q))
	}
	for _, e := range a.Events {
		out.Events = append(out.Events, Event(e))
	}
	return out
}

// FromEntity gives an entity; articles is 0 within one article.
func FromEntity(e core.Entity, articles int) Entity {
	return Entity{Name: e.Name, Type: string(e.Type), Aliases: OrEmpty(e.Aliases), Attributes: OrEmpty(e.Attributes),
		Mentions: e.Mentions, Articles: articles}
}

// FromQuote gives a quote of one article.
func FromQuote(q core.Quote) Quote {
	return Quote{Text: q.Text, Speaker: q.Speaker, Direct: q.Direct, Fragment: q.Fragment, Sentence: q.Sentence, Start: q.Start, End: q.End}
}

// FromStoredQuote gives a quote with the article it came from.
func FromStoredQuote(q store.StoredQuote) Quote {
	j := FromQuote(q.Quote)
	j.ArticleID, j.Title, j.Published, j.Source, j.Story = q.ArticleID, q.Title, Nullable(q.Published), q.Source, q.Story
	return j
}

// StoredEvent is an event with the article it came from.
type StoredEvent struct {
	Event
	ArticleID int64   `json:"article_id"`
	Title     string  `json:"title"`
	Published *string `json:"published"`
	Source    string  `json:"source"`
	Story     int64   `json:"story,omitempty"` // the article's story (absent before the story layer placed it)
}

// FromStoredEvent gives an event with the article it came from.
func FromStoredEvent(e store.StoredEvent) StoredEvent {
	return StoredEvent{Event: Event(e.Event), ArticleID: e.ArticleID, Title: e.Title, Published: Nullable(e.Published), Source: e.Source, Story: e.Story}
}

// FromQuoteGroup gives a statement with each quote that gives it.
func FromQuoteGroup(g store.QuoteGroup) Statement {
	st := Statement{Speaker: g.Speaker, Text: g.Text, Direct: g.Direct, Articles: OrEmpty(g.Articles()), Quotes: []Quote{}}
	for _, o := range g.Occurrences {
		st.Quotes = append(st.Quotes, FromStoredQuote(o))
	}
	return st
}

// FromFacets gives facet counts.
func FromFacets(fs []store.FacetCount) []Facet {
	out := make([]Facet, 0, len(fs))
	for _, f := range fs {
		out = append(out, Facet(f))
	}
	return out
}
