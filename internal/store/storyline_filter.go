package store

import (
	"context"
	"encoding/json"
)

// inStoryline is the JSON array of the IDs of storyline line's stories (as
// Stories lists them: lineStories), for `a.story_id IN (SELECT value FROM
// json_each(?))` (one variable however long the storyline); "" when it has
// none.
func (s *sqliteStore) inStoryline(ctx context.Context, line int64) (string, error) {
	ids, err := s.lineStories(ctx, line)
	if err != nil || len(ids) == 0 {
		return "", err
	}
	b, err := json.Marshal(ids)
	return string(b), err
}
