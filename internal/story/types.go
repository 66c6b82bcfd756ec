package story

import (
	"time"
)

// A Doc is one article as the story stage sees it.
type Doc struct {
	ID        string
	Title     string
	Text      string
	Published time.Time // zero when unknown
	// Entities are canonical entity names from the language layer; when nil,
	// capitalised phrases of the title and text stand in for them.
	Entities []string
	// Places are place names (also entities); optional.
	Places []string
	// Claims are normalised claim keys (package claims); they link stories
	// into storylines. Optional.
	Claims []string
}

// StoryID and LineID identify stories and storylines; IDs start at 1.
type (
	StoryID int64
	LineID  int64
)

// A Feature is one weighted feature of a vector, sorted by Key in vectors.
type Feature struct {
	Key string
	W   float64
}

// A Story is one real-world event. Active stories carry a centroid; retired
// ones keep their summary (Top) only.
type Story struct {
	ID     StoryID
	Size   int       // articles, merged stories included
	First  time.Time // earliest known publication time, zero when none known
	Last   time.Time // latest known publication time
	Seq    int64     // stream position of the latest article
	Line   LineID    // storyline at the time of the last update (see Lines)
	Active bool
	// MergedInto is the story this one was merged into; 0 when none.
	MergedInto StoryID
	// Centroid is the sum of member vectors, truncated to the heaviest
	// Options.CentroidTerms features, sorted by Key. Nil once retired.
	Centroid []Feature
	// Actors counts entity mentions by article (one per article), for
	// storylines; truncated to the 64 most frequent.
	Actors []Feature
	// Claims counts claim keys by article.
	Claims []Feature
	// SimSum and SimN sum the similarities at which articles joined; their
	// mean raises the bar for later articles of a tight story.
	SimSum float64
	SimN   int
	// Top are the heaviest centroid features, kept after retirement as a label.
	Top []string
}

// An Assignment is what Add decided for one article.
type Assignment struct {
	Doc   string
	Story StoryID
	Line  LineID
	// New is true when the article started its story.
	New bool
	// Score is the similarity with the story joined (0 for a new story).
	Score float64
	// Merged lists stories merged into Story because of this article.
	Merged []StoryID
	// Reason says in words why.
	Reason string
}
