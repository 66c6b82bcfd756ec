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
	ents, err := unlinkEntities(ctx, tx, id)
	if err != nil {
		return err
	}
	doc := strconv.FormatInt(id, 10)
	for _, q := range []string{
		`DELETE FROM quotes WHERE article_id = ?1`,
		`DELETE FROM events WHERE article_id = ?1`,
		`DELETE FROM claims WHERE article_id = ?1`,
		`DELETE FROM claim_said WHERE article_id = ?1`,
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
	if err := settleEntities(ctx, tx, ents); err != nil {
		return err
	}
	if storyID != 0 {
		return refreshStory(ctx, tx, storyID)
	}
	return nil
}
