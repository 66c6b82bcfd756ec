package store

import (
	"context"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// A Store keeps articles durably. Implementations are safe for concurrent use.
type Store interface {
	// PutBatch stores articles in one transaction: either all new articles of
	// the batch are committed or none. An article whose Hash is already stored
	// is not stored again; its result has Duplicate set and the stored ID.
	// On success PutBatch sets each new article's ID.
	PutBatch(ctx context.Context, articles []*core.Article) ([]PutResult, error)
	// Article returns one stored article with everything attached to it, or
	// an error wrapping core.ErrNotFound.
	Article(ctx context.Context, id int64) (*core.Article, error)
	// Articles lists stored articles (without Removed and language
	// annotations, without Text unless asked for; with DuplicateOf and
	// Story), newest first.
	Articles(ctx context.Context, f ArticleFilter) ([]*core.Article, error)
	// Entities lists entities across the store, most mentioned first.
	Entities(ctx context.Context, f EntityFilter) ([]StoredEntity, error)
	// Quotes lists quotes across the store in publication order (newest
	// first with QuoteFilter.Newest); quotes of undated articles come after
	// the dated ones either way.
	Quotes(ctx context.Context, f QuoteFilter) ([]StoredQuote, error)
	// QuoteMonths counts the quotes of a speaker (canonical name or alias,
	// as QuoteFilter.Speaker) per publication month ("2031-04"), oldest
	// first; quotes of undated articles are not counted.
	QuoteMonths(ctx context.Context, speaker string) ([]FacetCount, error)
	// Speakers returns the canonical names of the entities a speaker
	// filter (QuoteFilter.Speaker, ClaimFilter.Speaker, EventFilter.Actor)
	// matches, most mentioned first: those with the name as their name or
	// an alias, any case, or, when none has, those with each of its words
	// among the words of their name or an alias ("Kovrin": every stored
	// Kovrin). None is no error: the filter still matches the name as typed.
	Speakers(ctx context.Context, name string) ([]string, error)
	// NearNames returns up to five stored names, most mentioned first,
	// with a word near the longest word of name (one it begins, or one
	// or two letters off): what a user may have meant when a filter
	// matched no stored name ("Kovrn", "Kovr": Ana Kovrin).
	NearNames(ctx context.Context, name string) ([]string, error)
	// Events lists events across the store in publication order (newest
	// first with EventFilter.Newest); events of undated articles come
	// after the dated ones either way.
	Events(ctx context.Context, f EventFilter) ([]StoredEvent, error)
	// Search finds articles by full text and filters (see SearchQuery); a
	// malformed query is an error wrapping ErrBadQuery.
	Search(ctx context.Context, q SearchQuery) (SearchResult, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Delete removes a stored article and everything found in it (its
	// entities' counts, quotes, events, claims, sentences and near-duplicate
	// signature) in one transaction, and refreshes its story's summary; an
	// unknown ID is an error wrapping core.ErrNotFound. What the story layer
	// learned from it stays (story centroids, storylines, what later
	// articles were told is new), as if it had been read and set aside; the
	// same content can be ingested again.
	Delete(ctx context.Context, id int64) error
	StoryStore
	// Close releases the store.
	Close() error
}

// PutResult is what PutBatch did with one article.
type PutResult struct {
	ID        int64
	Duplicate bool
}

// ArticleFilter narrows Articles. The zero value lists the newest 50.
type ArticleFilter struct {
	Source   string    // substring of the source or outlet
	Language string    // ISO 639-1 code
	Entity   string    // an entity's name or alias, else words of names, as Speakers matches
	From, To time.Time // publication date range, zero for open ends
	Limit    int       // 0 means 50
	BeforeID int64     // cursor: only articles with a smaller ID (0: no cursor)
	// ByPublished lists the newest publication first, the ID breaking ties,
	// and the undated articles last (newest stored first), instead of by
	// ID. After is where such a list goes on: ArticleCursor of the last
	// article shown (zero: from the start). BeforeID is for the ID order.
	ByPublished bool
	After       Cursor
	// Stories keeps the articles of these stories (as Story lists them:
	// merged stories resolved); nil: any story.
	Stories []int64
	// IDs keeps these articles; nil: any.
	IDs []int64
	// WithText also reads each article's Text.
	WithText bool
	// Bare reads only ID, Published, DuplicateOf and Story (cheap for
	// long lists).
	Bare bool
	// Lead reads into Text only what ArticleLabel needs: the beginning of
	// an untitled article's text (as the quote, event and claim lists do),
	// nothing for a titled one. WithText wins over it.
	Lead bool
}

// EntityFilter narrows Entities.
type EntityFilter struct {
	Type  core.EntityType // "" for all
	Name  string          // substring of the name or an alias
	Limit int             // 0 means 100
	// Exact matches Name as a whole name or alias (ASCII case folded, by
	// the alias index) instead of a substring: the one entity a page
	// names, which a substring search cut at Limit can miss ("IST" among
	// a hundred names holding "ist").
	Exact bool
}

// StoredEntity is an entity across the whole store.
type StoredEntity struct {
	ID int64
	core.Entity
	Articles int // number of articles mentioning it
}

// QuoteFilter narrows Quotes.
type QuoteFilter struct {
	Speaker   string // canonical name, alias or name words of the speaker (case-insensitive; see Store.Speakers)
	ArticleID int64
	// Story keeps the quotes of this story's articles.
	Story int64
	// Storyline keeps the quotes of this storyline's articles (its stories
	// as Stories lists them): who said what as one story moved.
	Storyline int64
	// About keeps quotes whose text or sentence holds every word of it,
	// in any inflection ("negotiations" finds "negotiate"): what has the
	// speaker said about this?
	About    string
	From, To time.Time // publication date range, zero for open ends
	Limit    int       // 0 means 200
	Newest   bool      // the newest quotes first (default: the oldest first)
	// After continues a list where an earlier call stopped: only quotes
	// after this one in the list's order (its last row's Cursor; the zero
	// value starts at the beginning).
	After Cursor
}

// StoredQuote is a quote with the article it came from.
type StoredQuote struct {
	core.Quote
	ID        int64 // the quote's row, for Cursor
	ArticleID int64
	Title     string
	Label     string // how a reader is shown the article: ArticleLabel
	Published string
	Source    string
	Story     int64 // the article's story (0 before the story layer placed it)
}

// Cursor is where a list of quotes or events read up to; a later call
// given it as After goes on from there.
func (q StoredQuote) Cursor() Cursor {
	return Cursor{Published: q.Published, ArticleID: q.ArticleID, Pos: int64(q.Start), ID: q.ID}
}

// EventFilter narrows Events.
type EventFilter struct {
	// Actor and Target: canonical name or alias of the doer and of the one
	// done to (case-insensitive), "" for any.
	Actor, Target string
	Type          string // event type ("consult", "express-intent", ...), "" for any
	ArticleID     int64
	Story         int64 // only events of this story's articles
	Storyline     int64 // only events of this storyline's articles (as QuoteFilter.Storyline)
	// MinConfidence drops events whose confidence is known and below it
	// (core.SureEvent is what readers are shown by default); 0 keeps all.
	MinConfidence float64
	From, To      time.Time // publication date range, zero for open ends
	Limit         int       // 0 means 200
	Newest        bool      // the newest events first (default: the oldest first)
	After         Cursor    // as QuoteFilter.After
}

// StoredEvent is an event with the article it came from.
type StoredEvent struct {
	core.Event
	ID        int64 // the event's row, for Cursor
	ArticleID int64
	Title     string
	Label     string // how a reader is shown the article: ArticleLabel
	Published string
	Source    string
	Story     int64 // the article's story (0 before the story layer placed it)
}

// Cursor is where a list of events read up to (see StoredQuote.Cursor).
func (e StoredEvent) Cursor() Cursor {
	return Cursor{Published: e.Published, ArticleID: e.ArticleID, ID: e.ID}
}

// Stats counts what is stored.
type Stats struct {
	Articles, Entities, Quotes, Events int
}

// An Optimizer can tidy a store after a bulk load (the SQLite store merges
// its full-text index). Callers check for it with a type assertion.
type Optimizer interface {
	Optimize(ctx context.Context) error
}

// A Settler ends a bulk load for the story layer: what a stream does at its
// end (pending checks, a last consolidation, learned merges of stories that
// are one event) runs, and the stories it changes are stored. Callers check
// for it with a type assertion and call it once after a load, not after
// every small batch (merging young stories early costs quality). Settle
// returns how many articles moved to another story.
type Settler interface {
	Settle(ctx context.Context) (int, error)
}

// A Versioner tells caches whether the stored data changed: DataVersion
// returns a value that differs after every committed write, whether this
// process or another one sharing the database made it. Callers check for
// it with a type assertion.
type Versioner interface {
	DataVersion(ctx context.Context) (string, error)
}

// StoryStore is the story layer's read side: stories (one event across
// outlets), storylines (one story across months) and recurring claims.
type StoryStore interface {
	// Stories lists stories, most recently active first, then biggest.
	Stories(ctx context.Context, f StoryFilter) ([]StoryInfo, error)
	// Story returns one story with its articles, entities and claims; an
	// error wrapping core.ErrNotFound when there is none (merged stories
	// resolve to the story they were merged into).
	Story(ctx context.Context, id int64) (*StoryDetail, error)
	// StoryInfo returns one story's summary alone (what Stories lists), with
	// the same errors as Story; cheap enough for every article page.
	StoryInfo(ctx context.Context, id int64) (StoryInfo, error)
	// Storylines lists storylines, most recent first, with their stories.
	Storylines(ctx context.Context, f StorylineFilter) ([]StorylineInfo, error)
	// Claims lists recurring claims, most repeated first.
	Claims(ctx context.Context, f ClaimFilter) ([]ClaimGroup, error)
}

// StoryFilter narrows Stories. The zero value lists the first 50.
type StoryFilter struct {
	Storyline   int64  // only stories of this storyline
	Entity      string // only stories mentioning it: a name or alias, else words of names, as Speakers matches
	MinArticles int    // only stories of at least this many articles (0: 1)
	Limit       int
}

// StoryInfo summarises a story.
type StoryInfo struct {
	ID, Storyline int64
	Title         string // the title of its earliest article
	Articles      int
	Sources       int    // distinct outlets (or sources when the outlet is unknown)
	First, Last   string // publication days of its earliest and latest dated articles
	TopEntities   []string
}

// StoryDetail is one story in full.
type StoryDetail struct {
	StoryInfo
	Articles []*core.Article // summaries, in publication order
	Entities []StoredEntity  // by mentions within the story
	Claims   []ClaimGroup
	Quotes   []StoredQuote
}

// StorylineFilter narrows Storylines. The zero value lists the first 50.
type StorylineFilter struct {
	// MinStories keeps storylines of at least this many stories (0: 1); a
	// storyline of one story is a story nothing else has joined yet.
	MinStories int
	Limit      int
}

// StorylineInfo summarises a storyline.
type StorylineInfo struct {
	ID          int64
	Stories     []StoryInfo // in time order
	Articles    int
	First, Last string
}

// ClaimFilter narrows Claims.
type ClaimFilter struct {
	Speaker string // holder or who voiced a country's claim, case-insensitive ("Russia", "Putin")
	// Key keeps the one claim of this key (ClaimGroup.Key): a claim's own
	// page. A key asked for is listed even when one article alone
	// carries it (Singles is implied).
	Key       string
	Story     int64
	MinCount  int // only claims made in at least this many articles (0: 1)
	Limit     int // 0 means 100
	ArticleID int64
	// Singles also lists statement claims (a speaker's quote keyed by its
	// gist, package claims: keys "holder|says|...") that one article alone
	// carries. Left out by default: a stance claim is a position a reader
	// follows from its first statement, a quote becomes a recurring claim
	// when another article carries it (single ones run at about 4.5 an
	// article, 39 of 52 judged right).
	Singles bool
}

// ClaimGroup is one claim with every occurrence.
type ClaimGroup struct {
	Key, Holder, Text string
	Articles          int
	First, Latest     ClaimOccurrence
	Occurrences       []ClaimOccurrence // in publication order
}

// ClaimOccurrence is one appearance of a claim.
type ClaimOccurrence struct {
	ArticleID int64
	Title     string
	Label     string // how a reader is shown the article: ArticleLabel
	Published string
	Source    string
	Sentence  string
	// Questioned: the sentence puts the claim in question rather than
	// reporting it (see core.Claim).
	Questioned bool
	// Speaker voiced the claim for the holder country ("" when the
	// holder spoke), see core.Claim.
	Speaker string
}
