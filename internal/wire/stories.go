package wire

import "github.com/storyline/storyline/internal/store"

// Story summarises one event across outlets.
type Story struct {
	ID          int64    `json:"id"`
	Storyline   int64    `json:"storyline"`
	Title       string   `json:"title"`
	Articles    int      `json:"articles"`
	Sources     int      `json:"sources"`
	First       *string  `json:"first"`
	Last        *string  `json:"last"`
	TopEntities []string `json:"top_entities"`
}

// StoryDetail is one story in full.
type StoryDetail struct {
	Story
	ArticleList []ArticleSummary `json:"article_list"`
	Entities    []Entity         `json:"entities"`
	Claims      []Claim          `json:"claims"`
	Quotes      []Quote          `json:"quotes"`
	// Events are the story's events the confidence model thinks more
	// likely reported than not, oldest first, at most StoryEventsMax (the
	// story page's and `story`'s "Who did what" groups them by act;
	// /api/events?story=ID pages through every one). Set by WithEvents.
	Events []StoredEvent `json:"events"`
}

// StoryEventsMax bounds a story's Events.
const StoryEventsMax = 500

// WithEvents sets a story's Events from the store's rows (those of
// confidence core.SureEvent or more, at most StoryEventsMax).
func (d *StoryDetail) WithEvents(evs []store.StoredEvent) {
	d.Events = make([]StoredEvent, 0, len(evs))
	for _, e := range evs[:min(len(evs), StoryEventsMax)] {
		d.Events = append(d.Events, FromStoredEvent(e))
	}
}

// Storyline is one story across months, with its stories in time order.
type Storyline struct {
	ID       int64   `json:"id"`
	Articles int     `json:"articles"`
	First    *string `json:"first"`
	Last     *string `json:"last"`
	Stories  []Story `json:"stories"`
}

// ClaimOccurrence is one appearance of a claim.
type ClaimOccurrence struct {
	ArticleID int64   `json:"article_id"`
	Title     string  `json:"title"`
	Published *string `json:"published"`
	Source    string  `json:"source"`
	Sentence  string  `json:"sentence"`
	// Questioned: the sentence puts the claim in question rather than
	// reporting it.
	Questioned bool `json:"questioned"`
	// Speaker voiced it for the holder country ("" when the holder spoke).
	Speaker string `json:"speaker,omitempty"`
}

// Claim is a recurring claim with its first and latest appearance and
// every occurrence.
type Claim struct {
	Key         string            `json:"key"`
	Holder      string            `json:"holder"`
	Text        string            `json:"text"`
	Articles    int               `json:"articles"`
	First       ClaimOccurrence   `json:"first"`
	Latest      ClaimOccurrence   `json:"latest"`
	Occurrences []ClaimOccurrence `json:"occurrences"`
}

// FromStory gives a story summary.
func FromStory(s store.StoryInfo) Story {
	return Story{ID: s.ID, Storyline: s.Storyline, Title: s.Title, Articles: s.Articles, Sources: s.Sources,
		First: Nullable(s.First), Last: Nullable(s.Last), TopEntities: OrEmpty(s.TopEntities)}
}

// FromStoryDetail gives a story in full.
func FromStoryDetail(d *store.StoryDetail) StoryDetail {
	out := StoryDetail{Story: FromStory(d.StoryInfo), ArticleList: []ArticleSummary{}, Entities: []Entity{}, Claims: []Claim{}, Quotes: []Quote{}, Events: []StoredEvent{}}
	for _, a := range d.Articles {
		out.ArticleList = append(out.ArticleList, FromSummary(a))
	}
	for _, e := range d.Entities {
		out.Entities = append(out.Entities, FromEntity(e.Entity, e.Articles))
	}
	for _, c := range d.Claims {
		out.Claims = append(out.Claims, FromClaim(c))
	}
	for _, q := range d.Quotes {
		out.Quotes = append(out.Quotes, FromStoredQuote(q))
	}
	return out
}

// FromStoryline gives a storyline with its stories.
func FromStoryline(l store.StorylineInfo) Storyline {
	j := Storyline{ID: l.ID, Articles: l.Articles, First: Nullable(l.First), Last: Nullable(l.Last), Stories: []Story{}}
	for _, st := range l.Stories {
		j.Stories = append(j.Stories, FromStory(st))
	}
	return j
}

// FromOccurrence gives one appearance of a claim.
func FromOccurrence(o store.ClaimOccurrence) ClaimOccurrence {
	return ClaimOccurrence{ArticleID: o.ArticleID, Title: o.Title, Published: Nullable(o.Published), Source: o.Source, Sentence: o.Sentence, Questioned: o.Questioned, Speaker: o.Speaker}
}

// FromClaim gives a claim with every occurrence.
func FromClaim(c store.ClaimGroup) Claim {
	j := Claim{Key: c.Key, Holder: c.Holder, Text: c.Text, Articles: c.Articles, First: FromOccurrence(c.First),
		Latest: FromOccurrence(c.Latest), Occurrences: []ClaimOccurrence{}}
	for _, o := range c.Occurrences {
		j.Occurrences = append(j.Occurrences, FromOccurrence(o))
	}
	return j
}

// DefaultMinStories is how many stories a listed storyline has at least
// unless the user asks otherwise, in `storylines`, /api/storylines and the
// /storylines page alike: 2, since a storyline of one story is a story
// nothing has joined yet, which the stories list already shows (min 1
// lists those too).
const DefaultMinStories = 2
