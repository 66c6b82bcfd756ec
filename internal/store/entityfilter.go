package store

import "context"

// mentioning returns the condition keeping the articles (col: an article
// ID column, "a.id") or stories (col "s.id", story: true) that mention an
// entity the entity filter name matches, and its arguments. The filter
// matches as the speaker filter does (entitiesNamed): the entities with
// name as their name or an alias (any case), or, when none has, those with
// every word of it among the words of their name or of one alias, the 100
// most mentioned ("Quell" finds Dara Quell's articles), so the names
// Speakers gives for it, which the lists' hints and "matched" lines show,
// are the names listed. none reports that it matched no entity: the list
// is empty.
func (s *sqliteStore) mentioning(ctx context.Context, name, col string, story bool) (cond string, args []any, none bool, err error) {
	// The ids as they come, unless more than Speakers lists: only the
	// ordering query makes the cut the same as its (most mentioned).
	ids, err := s.entitiesNamed(ctx, name)
	if err == nil && len(ids) > maxSpeakerMatches {
		ids, _, err = s.mostMentioned(ctx, ids)
	}
	if err != nil {
		return "", nil, false, err
	}
	if len(ids) == 0 {
		return "", nil, true, nil
	}
	sub := `SELECT article_id FROM article_entities WHERE entity_id IN (` + placeholders(len(ids)) + `)`
	if story {
		sub = `SELECT a.story_id FROM articles a JOIN article_entities ae ON ae.article_id = a.id WHERE ae.entity_id IN (` + placeholders(len(ids)) + `)`
	}
	for _, id := range ids {
		args = append(args, id)
	}
	return col + ` IN (` + sub + `)`, args, false, nil
}
