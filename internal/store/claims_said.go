package store

import (
	"context"
	"fmt"
	"strconv"

	"github.com/storyline/storyline/internal/claims"
)

// claimMemory is the store's claims.Memory: the statement claims of the
// stored articles, in table claim_said (schema version 18), one row per
// statement of an article (idx its place among them) with its holder,
// own key, stored key and gist (claims.GistText). Articles are ordered by
// ID, which is arrival order. Said reads the holder's most recent rows
// through claim_said_holder; Keep replaces an article's rows. It runs in
// the transaction of db (the link state's during a batch, the
// re-analysis transaction's otherwise).
type claimMemory struct{ db dbtx }

var _ claims.Memory = claimMemory{}

// Said implements claims.Memory.
func (m claimMemory) Said(ctx context.Context, holder, article string, limit int) ([]claims.Said, error) {
	id, err := strconv.ParseInt(article, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("claim memory: article %q: %w", article, err)
	}
	rows, err := m.db.QueryContext(ctx, `SELECT own, key, gist FROM claim_said WHERE holder = ? AND article_id < ? ORDER BY article_id DESC, idx DESC LIMIT ?`, holder, id, limit)
	if err != nil {
		return nil, fmt.Errorf("claim memory: %w", err)
	}
	defer rows.Close()
	var out []claims.Said
	for rows.Next() {
		s := claims.Said{Holder: holder}
		var gist string
		if err := rows.Scan(&s.Own, &s.Key, &gist); err != nil {
			return nil, fmt.Errorf("claim memory: %w", err)
		}
		s.Gist = claims.ParseGist(gist)
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim memory: %w", err)
	}
	return out, nil
}

// Keep implements claims.Memory.
func (m claimMemory) Keep(ctx context.Context, article string, said []claims.Said) error {
	id, err := strconv.ParseInt(article, 10, 64)
	if err != nil {
		return fmt.Errorf("claim memory: article %q: %w", article, err)
	}
	if _, err := m.db.ExecContext(ctx, `DELETE FROM claim_said WHERE article_id = ?`, id); err != nil {
		return fmt.Errorf("claim memory: %w", err)
	}
	for i, s := range said {
		if _, err := m.db.ExecContext(ctx, `INSERT INTO claim_said(article_id, idx, holder, own, key, gist) VALUES (?, ?, ?, ?, ?, ?)`,
			id, i, s.Holder, s.Own, s.Key, claims.GistText(s.Gist)); err != nil {
			return fmt.Errorf("claim memory: %w", err)
		}
	}
	return nil
}
