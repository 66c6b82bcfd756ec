package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// Events lists events across the store: who did what to whom, and when.
func (s *sqliteStore) Events(ctx context.Context, f EventFilter) ([]StoredEvent, error) {
	var where []string
	var args []any
	// An actor or target is matched as Quotes matches a speaker: the name,
	// the canonical names of the entities it is an alias of, and their
	// unshared aliases, without case, through an index.
	for _, side := range []struct{ col, name string }{{"e.actor", f.Actor}, {"e.target", f.Target}} {
		if side.name == "" {
			continue
		}
		names, err := s.speakerNames(ctx, side.name)
		if err != nil {
			return nil, fmt.Errorf("list events: %w", err)
		}
		where = append(where, side.col+` COLLATE NOCASE IN (`+placeholders(len(names))+`)`)
		for _, n := range names {
			args = append(args, n)
		}
	}
	if f.Type != "" {
		where = append(where, `e.type = ?`)
		args = append(args, f.Type)
	}
	if f.ArticleID != 0 {
		where = append(where, `e.article_id = ?`)
		args = append(args, f.ArticleID)
	}
	if f.Story != 0 {
		where = append(where, `a.story_id = ?`)
		args = append(args, f.Story)
	}
	if f.Storyline != 0 {
		in, err := s.inStoryline(ctx, f.Storyline)
		if err != nil {
			return nil, fmt.Errorf("list events: %w", err)
		}
		if in == "" {
			return nil, nil
		}
		where = append(where, `a.story_id IN (SELECT value FROM json_each(?))`)
		args = append(args, in)
	}
	if f.MinConfidence > 0 {
		// Events of unknown confidence (stored before the score) are kept:
		// nothing says they are weak.
		where = append(where, `(e.confidence >= ? OR e.confidence = 0)`)
		args = append(args, f.MinConfidence)
	}
	where, args = publishedBetween(where, args, f.From, f.To)
	limit := f.Limit
	if limit == 0 {
		limit = 200
	}
	// As Quotes: the dated events in publication order, then, while the
	// limit allows, the undated ones in the order they were stored.
	run := func(dated bool, limit int) ([]StoredEvent, error) {
		w, a := slices.Clone(where), slices.Clone(args)
		order := ` ORDER BY a.published, a.id, e.id`
		if f.Newest {
			order = ` ORDER BY a.published DESC, a.id DESC, e.id DESC`
		}
		if dated {
			w = append(w, `a.published <> ''`)
		} else {
			w = append(w, `a.published = ''`)
			order = ` ORDER BY a.id, e.id`
			if f.Newest {
				order = ` ORDER BY a.id DESC, e.id DESC`
			}
		}
		w, a, ok := keyset(w, a, f.After, dated, f.Newest, []string{"e.id"}, false)
		if !ok {
			return nil, nil
		}
		if limit > 0 {
			order += ` LIMIT ?`
			a = append(a, limit)
		}
		q := `SELECT e.actor, e.type, e.target, e.place, e.date, e.sentence, e.confidence, e.id, a.id, a.title, ` + leadColumn + `, a.published, a.source, a.story_id
		FROM events e JOIN articles a ON a.id = e.article_id WHERE ` + strings.Join(w, ` AND `) + order
		rows, err := s.rd.QueryContext(ctx, q, a...)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var out []StoredEvent
		for rows.Next() {
			var se StoredEvent
			var lead string
			if err := rows.Scan(&se.Actor, &se.Type, &se.Target, &se.Place, &se.Date, &se.Sentence, &se.Confidence, &se.ID, &se.ArticleID, &se.Title, &lead, &se.Published, &se.Source, &se.Story); err != nil {
				return nil, err
			}
			se.Label = ArticleLabel(se.ArticleID, se.Title, lead)
			out = append(out, se)
		}
		return out, rows.Err()
	}
	out, err := datedThenUndated(limit, f.From.IsZero() && f.To.IsZero(), run)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	return out, nil
}
