package story

import (
	"context"
)

// State is what the clusterer keeps between articles. Feature keys are
// integers (see Key) a store can keep as 64-bit values. A store implements it
// to persist clustering; NewMemState keeps it in memory. Methods take ctx
// because a store does I/O. A State need not be safe for concurrent use.
type State interface {
	// Observe counts one more document containing each of keys (distinct)
	// and returns the document frequencies after counting, and the number of
	// documents seen.
	Observe(ctx context.Context, keys []Key) (df []int, n int, err error)
	// NewStoryID returns a fresh story ID (1, 2, ...).
	NewStoryID(ctx context.Context) (StoryID, error)
	// Story returns a story, active or not; ok is false when unknown. The
	// story may be a copy (a store decodes it; NewMemState decodes retired
	// stories), so a change to it is kept only once it is Put.
	Story(ctx context.Context, id StoryID) (s *Story, ok bool, err error)
	// Put stores s. When s is active, index lists the features under which
	// the inverted index must find it (replacing earlier ones); an inactive
	// story leaves the index and the active set but is kept.
	Put(ctx context.Context, s *Story, index []Key) error
	// Lookup returns the active stories indexed under key, at most limit of
	// them, most recently updated first; total is the posting list's length.
	Lookup(ctx context.Context, key Key, limit int) (ids []StoryID, total int, err error)
	// Stale returns the active stories whose last article came before stream
	// position beforeSeq and, beyond maxActive active stories, the least
	// recently updated ones; oldest first.
	Stale(ctx context.Context, beforeSeq int64, maxActive int) ([]StoryID, error)
	// Lines holds storyline links.
	Lines() Lines
}

// Lines is a union-find of storylines. A store persists the parent links.
type Lines interface {
	// Find returns the storyline that line now belongs to.
	Find(ctx context.Context, line LineID) (LineID, error)
	// Union joins two storylines; the smaller ID survives. It returns it.
	Union(ctx context.Context, a, b LineID) (LineID, error)
	// Detach takes line out of its storyline, which it leaves as a
	// storyline of its own: the lines joined under it stay in that
	// storyline, whose ID becomes the smallest line left in it when it
	// was line. What a store remembers per storyline (novelty) stays with
	// the storyline; line starts afresh.
	Detach(ctx context.Context, line LineID) error
	// ActorLookup returns stories (active or not) whose actors include key,
	// most recent first, at most limit; and AddActors indexes a story's actors.
	ActorLookup(ctx context.Context, key Key, limit int) ([]StoryID, error)
	AddActors(ctx context.Context, id StoryID, keys []Key) error
}
