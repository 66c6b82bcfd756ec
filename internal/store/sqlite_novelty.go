package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"

	"github.com/storyline/storyline/internal/core"
)

// A NoveltyWriter replaces what is new in stored articles: the judged
// sentences (core.Article.Sentences) of each article in judged, in one
// transaction. Articles not stored are skipped. Callers check for it with
// a type assertion (package timeline re-judges storylines read out of
// publication order).
type NoveltyWriter interface {
	SetSentences(ctx context.Context, judged map[int64][]core.Sentence) error
}

var _ NoveltyWriter = (*sqliteStore)(nil)

func (s *sqliteStore) SetSentences(ctx context.Context, judged map[int64][]core.Sentence) error {
	if len(judged) == 0 {
		return nil
	}
	ids := make([]int64, 0, len(judged))
	for id := range judged {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inTx(ctx, func(tx *sql.Tx) error {
		for _, id := range ids {
			var one int
			if err := tx.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, id).Scan(&one); err == sql.ErrNoRows {
				continue
			} else if err != nil {
				return fmt.Errorf("set sentences of article %d: %w", id, err)
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM article_sentences WHERE article_id = ?`, id); err != nil {
				return fmt.Errorf("set sentences of article %d: %w", id, err)
			}
			for i, st := range judged[id] {
				if _, err := tx.ExecContext(ctx, `INSERT INTO article_sentences(article_id, idx, text, new, reason) VALUES (?, ?, ?, ?, ?)`,
					id, i, st.Text, st.New, st.Reason); err != nil {
					return fmt.Errorf("set sentences of article %d: %w", id, err)
				}
			}
		}
		return nil
	})
}
