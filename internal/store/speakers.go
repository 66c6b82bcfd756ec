package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSpeakerMatches bounds how many entities one speaker filter matches by
// its words (a common surname in a large store): the most mentioned are
// kept.
const maxSpeakerMatches = 100

// Speakers returns the canonical names of the entities the speaker filter
// name matches, most mentioned first (see speakerEntities).
func (s *sqliteStore) Speakers(ctx context.Context, name string) ([]string, error) {
	_, names, err := s.speakerEntities(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("speakers named %q: %w", name, err)
	}
	return names, nil
}

// speakerEntities returns the entities a speaker filter names
// (entitiesNamed), the maxSpeakerMatches most mentioned, most mentioned
// first, and their canonical names.
func (s *sqliteStore) speakerEntities(ctx context.Context, speaker string) ([]int64, []string, error) {
	ids, err := s.entitiesNamed(ctx, speaker)
	if err != nil || len(ids) == 0 {
		return nil, nil, err
	}
	return s.mostMentioned(ctx, ids)
}

// entitiesNamed returns the entities a speaker (or entity) filter names:
// those that have it as their name or an alias (any case), or, when none
// has, those with every word of it among the words of their name or of one
// alias, folded as foldCase folds ("Kovrin" finds "Ana Kovrin" and "Piet
// Kovrin"; "ana kovrin" the first). An exact name is thus preferred when
// one exists. In no order, and not cut.
func (s *sqliteStore) entitiesNamed(ctx context.Context, speaker string) ([]int64, error) {
	speaker = strings.TrimSpace(speaker)
	if speaker == "" {
		return nil, nil
	}
	ids, err := s.entityIDs(ctx, `SELECT DISTINCT entity_id FROM entity_aliases WHERE alias = ? COLLATE NOCASE`, speaker)
	if err == nil && len(ids) == 0 {
		ids, err = s.entitiesByWords(ctx, speaker)
	}
	return ids, err
}

// mostMentioned returns the maxSpeakerMatches most mentioned of the
// entities ids, most mentioned first, and their canonical names.
func (s *sqliteStore) mostMentioned(ctx context.Context, ids []int64) ([]int64, []string, error) {
	in, _ := json.Marshal(ids)
	rows, err := s.rd.QueryContext(ctx, `SELECT id, name FROM entities WHERE id IN (SELECT value FROM json_each(?)) ORDER BY mentions DESC, name, id LIMIT ?`, string(in), maxSpeakerMatches)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var outIDs []int64
	var names []string
	for rows.Next() {
		var id int64
		var n string
		if err := rows.Scan(&id, &n); err != nil {
			return nil, nil, err
		}
		outIDs, names = append(outIDs, id), append(names, n)
	}
	return outIDs, names, rows.Err()
}

func (s *sqliteStore) entityIDs(ctx context.Context, q string, args ...any) ([]int64, error) {
	rows, err := s.rd.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// entitiesByWords returns the entities with every word of speaker among
// the words of their name or of one of their aliases. The entities filed
// under speaker's longest word (entity_alias_words, schema 25) are looked
// up, and each one's aliases checked for the other words in Go. A filter
// whose words are all one letter matches none.
func (s *sqliteStore) entitiesByWords(ctx context.Context, speaker string) ([]int64, error) {
	want := nameWords(speaker)
	longest := ""
	for _, w := range want {
		if utf8.RuneCountInString(w) > utf8.RuneCountInString(longest) {
			longest = w
		}
	}
	if utf8.RuneCountInString(longest) < 2 {
		return nil, nil
	}
	rows, err := s.rd.QueryContext(ctx, `SELECT a.entity_id, a.alias FROM entity_alias_words w
		JOIN entity_aliases a ON a.entity_id = w.entity_id WHERE w.word = ?`, longest)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	seen := map[int64]bool{}
	var ids []int64
	for rows.Next() {
		var id int64
		var alias string
		if err := rows.Scan(&id, &alias); err != nil {
			return nil, err
		}
		if seen[id] || !hasWords(nameWords(alias), want) {
			continue
		}
		seen[id] = true
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// nameWords splits a name into its words, folded (foldCase): letters,
// digits and apostrophes make a word; spaces, hyphens, full stops and
// other marks part them ("Jean-Luc O'Hara" is jean, luc, o'hara).
func nameWords(name string) []string {
	return strings.FieldsFunc(foldCase(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

// hasWords reports whether every word of want is among have.
func hasWords(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(want) > 0
}
