package story

import (
	"context"
	"fmt"
)

// Story returns story id as the state holds it now (a copy for a store or
// a retired story); ok is false when unknown. It is for measurements and
// views: a change to the copy is not kept.
func (c *Clusterer) Story(ctx context.Context, id StoryID) (*Story, bool, error) {
	s, ok, err := c.st.Story(ctx, id)
	if err != nil {
		return nil, false, fmt.Errorf("story: story %d: %w", id, err)
	}
	return s, ok, nil
}

// LinkActors returns the actors storyline linking looks s up by: its
// heaviest ones, at most a dozen.
func LinkActors(s *Story) []Key {
	return heaviest(s.Actors, linkActors)
}

// LinkScores returns, for measurements, what storyline linking weighs for
// two stories as they stand: their actor-profile cosine (every actor
// counted as rare), the cosine of their centroids (0 when either is
// retired) and their own-name clash (storyline_clash.go).
func LinkScores(s, o *Story) (actors, topic, clash float64) {
	return actorCosine(s, o, nil), cosine(s.Centroid, o.Centroid), ownClash(s, o)
}
