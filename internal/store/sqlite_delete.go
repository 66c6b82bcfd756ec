package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/storyline/storyline/internal/core"
)

func (s *sqliteStore) Delete(ctx context.Context, id int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if err := deleteArticle(ctx, tx, id); err != nil {
			return fmt.Errorf("delete article %d: %w", id, err)
		}
		return nil
	})
}

func deleteArticle(ctx context.Context, tx *sql.Tx, id int64) error {
	var storyID int64
	err := tx.QueryRowContext(ctx, `SELECT story_id FROM articles WHERE id = ?`, id).Scan(&storyID)
	if errors.Is(err, sql.ErrNoRows) {
		return core.ErrNotFound
	}
	if err != nil {
		return err
	}
	var ents []int64
	rows, err := tx.QueryContext(ctx, `SELECT entity_id FROM article_entities WHERE article_id = ?`, id)
	if err != nil {
		return err
	}
	for rows.Next() {
		var e int64
		if err := rows.Scan(&e); err != nil {
			rows.Close()
			return err
		}
		ents = append(ents, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, e := range ents {
		if _, err := tx.ExecContext(ctx, `UPDATE entities SET n_articles = n_articles - 1,
			mentions = max(0, mentions - (SELECT mentions FROM article_entities WHERE article_id = ?1 AND entity_id = ?2))
			WHERE id = ?2`, id, e); err != nil {
			return err
		}
	}
	doc := strconv.FormatInt(id, 10)
	for _, q := range []string{
		`DELETE FROM article_entities WHERE article_id = ?1`,
		`DELETE FROM quotes WHERE article_id = ?1`,
		`DELETE FROM events WHERE article_id = ?1`,
		`DELETE FROM claims WHERE article_id = ?1`,
		`DELETE FROM article_sentences WHERE article_id = ?1`,
		`DELETE FROM minhash_bands WHERE minhash_id IN (SELECT id FROM minhash WHERE doc = ?2)`,
		`DELETE FROM minhash WHERE doc = ?2`,
		`UPDATE articles SET duplicate_of = 0 WHERE duplicate_of = ?1`,
		`DELETE FROM articles WHERE id = ?1`, // the FTS row goes with it (trigger)
	} {
		if _, err := tx.ExecContext(ctx, q, id, doc); err != nil {
			return err
		}
	}
	// Entities no article mentions any more are gone with their aliases.
	for _, e := range ents {
		var n int64
		if err := tx.QueryRowContext(ctx, `SELECT n_articles FROM entities WHERE id = ?`, e).Scan(&n); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			return err
		}
		if n > 0 {
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM entity_aliases WHERE entity_id = ?`, e); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM entity_attributes WHERE entity_id = ?`, e); err != nil {
			return err
		}
		// Its type counts and initials go with it: a reused id must not
		// inherit them.
		if _, err := tx.ExecContext(ctx, `DELETE FROM entity_types WHERE entity_id = ?`, e); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM entity_initials WHERE entity_id = ?`, e); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM entities WHERE id = ?`, e); err != nil {
			return err
		}
	}
	if storyID != 0 {
		return refreshStory(ctx, tx, storyID)
	}
	return nil
}
