package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/storyline/storyline/internal/core"
)

// The vote ledger (table article_votes, schema 17) records what each
// article added to the cross-article counts of its entities: its vote for
// an entity's type (entity_types) and each title or role it gave
// (entity_attributes). Deleting or re-analysing an article takes back
// exactly those, so the counts stay what ingesting the remaining articles
// would give. Entity merges move the ledger with the counts.

const (
	voteKindType  = "t" // a vote in entity_types
	voteKindTitle = "a" // a count in entity_attributes
)

// noteVote records that article added one to entity eid's count of value.
func noteVote(ctx context.Context, tx dbtx, article, eid int64, kind, value string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO article_votes(article_id, entity_id, kind, value, n) VALUES (?, ?, ?, ?, 1)
		ON CONFLICT(article_id, entity_id, kind, value) DO UPDATE SET n = n + 1`, article, eid, kind, value)
	return err
}

// hasVoteLedger reports whether the ledger exists: migrations older than
// 17 merge entities before it does.
func hasVoteLedger(ctx context.Context, tx dbtx) bool {
	var one int
	return tx.QueryRowContext(ctx, `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article_votes'`).Scan(&one) == nil
}

// takeBackVotes removes article's votes and title counts from its
// entities and its rows from the ledger, and returns the entities whose
// counts changed.
func takeBackVotes(ctx context.Context, tx dbtx, article int64) ([]int64, error) {
	type vote struct {
		eid       int64
		kind, val string
		n         int64
	}
	rows, err := tx.QueryContext(ctx, `SELECT entity_id, kind, value, n FROM article_votes WHERE article_id = ?`, article)
	if err != nil {
		return nil, err
	}
	var votes []vote
	for rows.Next() {
		var v vote
		if err := rows.Scan(&v.eid, &v.kind, &v.val, &v.n); err != nil {
			rows.Close()
			return nil, err
		}
		votes = append(votes, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var touched []int64
	seen := map[int64]bool{}
	for _, v := range votes {
		var q1, q2 string
		switch v.kind {
		case voteKindType:
			q1 = `UPDATE entity_types SET n = n - ?3 WHERE entity_id = ?1 AND type = ?2`
			q2 = `DELETE FROM entity_types WHERE entity_id = ?1 AND type = ?2 AND n <= 0`
		case voteKindTitle:
			q1 = `UPDATE entity_attributes SET n = n - ?3 WHERE entity_id = ?1 AND attr = ?2`
			q2 = `DELETE FROM entity_attributes WHERE entity_id = ?1 AND attr = ?2 AND n <= 0`
		default:
			continue
		}
		for _, q := range []string{q1, q2} {
			if _, err := tx.ExecContext(ctx, q, v.eid, v.val, v.n); err != nil {
				return nil, fmt.Errorf("entity %d: %w", v.eid, err)
			}
		}
		if !seen[v.eid] {
			seen[v.eid] = true
			touched = append(touched, v.eid)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM article_votes WHERE article_id = ?`, article); err != nil {
		return nil, err
	}
	return touched, nil
}

// settleEntities brings entities whose counts changed up to date: an
// entity no article mentions any more goes with everything filed under
// it; the others get the type their votes favour and their title list.
func settleEntities(ctx context.Context, tx dbtx, ids []int64) error {
	seen := map[int64]bool{}
	for _, e := range ids {
		if seen[e] {
			continue
		}
		seen[e] = true
		var n int64
		if err := tx.QueryRowContext(ctx, `SELECT n_articles FROM entities WHERE id = ?`, e).Scan(&n); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				continue // merged away
			}
			return err
		}
		if n > 0 {
			if err := refreshAttributes(ctx, tx, e); err != nil {
				return err
			}
			if err := retypeByVote(ctx, tx, e); err != nil {
				return err
			}
			continue
		}
		for _, q := range []string{
			`DELETE FROM entity_aliases WHERE entity_id = ?`,
			`DELETE FROM entity_attributes WHERE entity_id = ?`,
			// Its type counts and initials go with it: a reused id must
			// not inherit them.
			`DELETE FROM entity_types WHERE entity_id = ?`,
			`DELETE FROM entity_initials WHERE entity_id = ?`,
			`DELETE FROM article_votes WHERE entity_id = ?`,
			`DELETE FROM entities WHERE id = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, e); err != nil {
				return err
			}
		}
	}
	return nil
}

// unlinkEntities takes article's mentions, article counts, type votes and
// title counts back from its entities and removes its entity links; it
// returns the entities touched, for settleEntities once the transaction's
// other changes are made.
func unlinkEntities(ctx context.Context, tx dbtx, article int64) ([]int64, error) {
	var ents []int64
	rows, err := tx.QueryContext(ctx, `SELECT entity_id FROM article_entities WHERE article_id = ?`, article)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var e int64
		if err := rows.Scan(&e); err != nil {
			rows.Close()
			return nil, err
		}
		ents = append(ents, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, e := range ents {
		if _, err := tx.ExecContext(ctx, `UPDATE entities SET n_articles = n_articles - 1,
			mentions = max(0, mentions - (SELECT mentions FROM article_entities WHERE article_id = ?1 AND entity_id = ?2))
			WHERE id = ?2`, article, e); err != nil {
			return nil, err
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM article_entities WHERE article_id = ?`, article); err != nil {
		return nil, err
	}
	voted, err := takeBackVotes(ctx, tx, article)
	if err != nil {
		return nil, err
	}
	return append(ents, voted...), nil
}

// A Reannotator replaces what the understand layer found in a stored
// article (entities, quotes, events, and the claims drawn from them) with
// a new analysis, after an upgrade of the analysis: callers check for it
// with a type assertion.
type Reannotator interface {
	// Reannotate stores a's Entities, Quotes and Events as article a.ID's
	// in one transaction, taking back what the old ones added to the
	// entities' counts, recomputes the article's claims and its story's
	// summary. The article's text, story and storyline stay: the story
	// layer is not re-run. An unknown ID is an error wrapping
	// core.ErrNotFound.
	Reannotate(ctx context.Context, a *core.Article) error
	// ReannotateAll replaces the analysis of every stored article in one
	// transaction, filing the entities from nothing in ID order as a fresh
	// ingest of the articles in that order does (Reannotate on one article
	// at a time files it among the entities all the others made, so names
	// can land elsewhere than a fresh ingest puts them). want is every
	// stored article's ID, ascending; next returns the articles with their
	// new analysis in that order, then nil. When the stored articles are
	// not exactly want (another writer stored or deleted one since), or
	// next fails, nothing is changed.
	ReannotateAll(ctx context.Context, want []int64, next func() (*core.Article, error)) error
}

func (s *sqliteStore) Reannotate(ctx context.Context, a *core.Article) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var storyID int64
		err := tx.QueryRowContext(ctx, `SELECT story_id FROM articles WHERE id = ?`, a.ID).Scan(&storyID)
		if errors.Is(err, sql.ErrNoRows) {
			return core.ErrNotFound
		}
		if err != nil {
			return err
		}
		touched, err := unlinkEntities(ctx, tx, a.ID)
		if err != nil {
			return err
		}
		for _, q := range []string{
			`DELETE FROM quotes WHERE article_id = ?`,
			`DELETE FROM events WHERE article_id = ?`,
			`DELETE FROM claims WHERE article_id = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, a.ID); err != nil {
				return err
			}
		}
		if err := putAnnotations(ctx, tx, a.ID, a); err != nil {
			return err
		}
		if s.linker != nil {
			if _, err := s.linker.JoinedClaims(ctx, a, claimMemory{tx}); err != nil {
				return err
			}
			if err := putClaims(ctx, tx, a); err != nil {
				return err
			}
		}
		if err := settleEntities(ctx, tx, touched); err != nil {
			return err
		}
		if storyID != 0 {
			return refreshStory(ctx, tx, storyID)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reannotate article %d: %w", a.ID, err)
	}
	return nil
}

func (s *sqliteStore) ReannotateAll(ctx context.Context, want []int64, next func() (*core.Article, error)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		// The first statement writes, so the transaction holds the write
		// lock from here and reads what every earlier commit stored.
		for _, q := range []string{
			`DELETE FROM article_entities`, `DELETE FROM article_votes`, `DELETE FROM entity_aliases`,
			`DELETE FROM entity_attributes`, `DELETE FROM entity_types`, `DELETE FROM entity_initials`,
			`DELETE FROM entities`, `DELETE FROM quotes`, `DELETE FROM events`, `DELETE FROM claims`, `DELETE FROM claim_said`,
		} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
			return err
		}
		if n != len(want) {
			return fmt.Errorf("the store holds %d articles, not the %d listed: another writer changed it; run again", n, len(want))
		}
		for i := 0; ; i++ {
			a, err := next()
			if err != nil {
				return err
			}
			if a == nil {
				if i != len(want) {
					return fmt.Errorf("%d of %d articles given", i, len(want))
				}
				break
			}
			if i >= len(want) || a.ID != want[i] {
				return fmt.Errorf("article %d given out of order", a.ID)
			}
			var one int
			if err := tx.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, a.ID).Scan(&one); err != nil {
				if errors.Is(err, sql.ErrNoRows) {
					return fmt.Errorf("article %d: %w (another writer deleted it; run again)", a.ID, core.ErrNotFound)
				}
				return err
			}
			if err := putAnnotations(ctx, tx, a.ID, a); err != nil {
				return fmt.Errorf("article %d: %w", a.ID, err)
			}
			if s.linker != nil {
				if _, err := s.linker.JoinedClaims(ctx, a, claimMemory{tx}); err != nil {
					return fmt.Errorf("article %d: %w", a.ID, err)
				}
				if err := putClaims(ctx, tx, a); err != nil {
					return fmt.Errorf("article %d: %w", a.ID, err)
				}
			}
		}
		return refreshAllStories(ctx, tx)
	})
	if err != nil {
		return fmt.Errorf("re-analyse the store: %w", err)
	}
	return nil
}
