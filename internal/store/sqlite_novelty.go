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
		// Statements prepared once for the whole batch (Renew writes
		// thousands of articles, dozens of sentences each), and only the
		// rows that differ from what is stored are written: judging again
		// mostly confirms the stored verdicts. The table ends up as a
		// DELETE of the article's rows and an INSERT of judged would
		// leave it (article_sentences is WITHOUT ROWID: its rows are all
		// there is).
		queries := [...]string{
			`SELECT 1 FROM articles WHERE id = ?`,
			`SELECT idx, text, new, reason FROM article_sentences WHERE article_id = ? ORDER BY idx`,
			`UPDATE article_sentences SET text = ?, new = ?, reason = ? WHERE article_id = ? AND idx = ?`,
			`DELETE FROM article_sentences WHERE article_id = ? AND idx >= ?`,
			`INSERT INTO article_sentences(article_id, idx, text, new, reason) VALUES (?, ?, ?, ?, ?)`,
		}
		var stmts [len(queries)]*sql.Stmt
		defer func() {
			for _, st := range stmts {
				if st != nil {
					st.Close()
				}
			}
		}()
		for i, q := range queries {
			st, err := tx.PrepareContext(ctx, q)
			if err != nil {
				return fmt.Errorf("set sentences: %w", err)
			}
			stmts[i] = st
		}
		exists, read, upd, del, ins := stmts[0], stmts[1], stmts[2], stmts[3], stmts[4]
		var stored []core.Sentence
		for _, id := range ids {
			var one int
			if err := exists.QueryRowContext(ctx, id).Scan(&one); err == sql.ErrNoRows {
				continue
			} else if err != nil {
				return fmt.Errorf("set sentences of article %d: %w", id, err)
			}
			var err error
			var dense bool
			if stored, dense, err = storedSentences(ctx, read, id, stored[:0]); err != nil {
				return fmt.Errorf("set sentences of article %d: %w", id, err)
			}
			want := judged[id]
			if !dense { // a gap in idx (never written so): rewrite them all
				if _, err := del.ExecContext(ctx, id, 0); err != nil {
					return fmt.Errorf("set sentences of article %d: %w", id, err)
				}
				stored = stored[:0]
			}
			for i, st := range want {
				if i < len(stored) {
					if old := stored[i]; old.Text != st.Text || old.New != st.New || old.Reason != st.Reason {
						if _, err := upd.ExecContext(ctx, st.Text, st.New, st.Reason, id, i); err != nil {
							return fmt.Errorf("set sentences of article %d: %w", id, err)
						}
					}
					continue
				}
				if _, err := ins.ExecContext(ctx, id, i, st.Text, st.New, st.Reason); err != nil {
					return fmt.Errorf("set sentences of article %d: %w", id, err)
				}
			}
			if len(stored) > len(want) {
				if _, err := del.ExecContext(ctx, id, len(want)); err != nil {
					return fmt.Errorf("set sentences of article %d: %w", id, err)
				}
			}
		}
		return nil
	})
}

// storedSentences appends the stored sentences of article id to buf, by
// idx, which runs 0, 1, 2, ... as SetSentences and PutBatch write them;
// dense is false after a gap (the caller then rewrites them all).
func storedSentences(ctx context.Context, read *sql.Stmt, id int64, buf []core.Sentence) (_ []core.Sentence, dense bool, err error) {
	rows, err := read.QueryContext(ctx, id)
	if err != nil {
		return buf, false, err
	}
	defer rows.Close()
	for rows.Next() {
		var idx int
		var st core.Sentence
		if err := rows.Scan(&idx, &st.Text, &st.New, &st.Reason); err != nil {
			return buf, false, err
		}
		if idx != len(buf) {
			return buf, false, nil
		}
		buf = append(buf, st)
	}
	return buf, true, rows.Err()
}
