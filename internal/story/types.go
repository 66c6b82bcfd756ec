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
	// Events are keys of the article's analysed events (package events:
	// the PLOVER type, or actor|type|target); two reports of one cast
	// whose acts differ are kept apart by them (Options.EventClash).
	// Optional.
	Events []string
}

// StoryID and LineID identify stories and storylines; IDs start at 1.
type (
	StoryID int64
	LineID  int64
)

// A Key names one feature: its kind in the top byte ('t' term stem, 'b'
// bigram of stems, 'e' entity, 'y' year, 'n' number, 'p' lead place, 'c'
// claim) and in the low 56 bits the FNV-1a 64-bit hash of its text (for
// bigrams, mix64 of the two stems' hashes). Keys are stable across runs, so
// a store may persist them.
type Key uint64

// Kind returns the feature kind of k.
func (k Key) Kind() byte { return byte(k >> 56) }

const keyMask = 1<<56 - 1

// KeyOf returns the key of text s of kind kind.
func KeyOf(kind byte, s string) Key {
	return Key(uint64(kind)<<56 | fnv64a(s)&keyMask)
}

func bigramKey(a, b string) Key {
	return Key(uint64('b')<<56 | mix64(fnv64a(a)^mix64(fnv64a(b)))&keyMask)
}

func fnv64a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// A Feature is one weighted feature of a vector; vectors are sorted by Key.
type Feature struct {
	Key Key
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
	// Members are the vectors of up to Options.Members recent articles, for
	// nearest-member similarity. Nil once retired.
	Members [][]Feature
	// MemberOf is parallel to Members: the fragment holding each member
	// (see fragments.go); 0 for the story itself.
	MemberOf []StoryID
	// Actors sums entity mentions over articles (at most 5 per article),
	// for storylines; truncated to the 64 heaviest.
	Actors []Feature
	// Places counts the lead places of its articles ("summit in Astana").
	Places []Feature
	// Claims counts claim keys by article.
	Claims []Feature
	// Events counts event keys by article (Doc.Events).
	Events []Feature `json:",omitempty"`
	// SimSum and SimN sum the similarities at which articles joined; their
	// mean raises the bar for later articles of a tight story.
	SimSum float64
	SimN   int
	// EntCentroid sums the unit entity vectors of its articles and PairSum
	// the similarities of its pairs of articles (average link, see
	// linkage.go). Nil and 0 once retired.
	EntCentroid []Feature
	PairSum     float64
	// SplitFrom is the story this one split off from as a fragment; 0 when
	// none. The two merge again only on stronger evidence than other
	// stories (Options.LinkRemerge).
	SplitFrom StoryID
	// Undated counts its articles without a publication time, merged
	// stories included: in a story of dated and undated reports, time
	// weighs on an undated article by the dated share (linkage.go
	// undatedFactor).
	Undated int
	// Frags are the open fragments merged into this story (see
	// fragments.go), oldest first.
	Frags []StoryID
	// Title is the title of its first article, as a label.
	Title string
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
