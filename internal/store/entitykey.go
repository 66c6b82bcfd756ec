package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/entity"
)

// entityKey is the store's identity of a real-world name: entity.Key, which
// folds case, spacing, accents, punctuation, titles before a person's name,
// country and organisation aliases, and British against American
// "-isation"/"-ization" ("Shanghai Cooperation Organisation").
func entityKey(name string, typ core.EntityType) string {
	return entity.Key(name, typ)
}

// rekeyEntities brings every entity's key up to the current entityKey and
// merges entities whose keys now meet: the one mentioned most keeps its id
// and name, and takes the others' aliases, mentions and article links.
// Nothing is lost: every name becomes an alias of the kept entity.
func rekeyEntities(ctx context.Context, tx *sql.Tx) error {
	type ent struct {
		id       int64
		key      string
		name     string
		typ      string
		mentions int
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, key, name, type, mentions FROM entities ORDER BY mentions DESC, id`)
	if err != nil {
		return err
	}
	var all []ent
	for rows.Next() {
		var e ent
		if err := rows.Scan(&e.id, &e.key, &e.name, &e.typ, &e.mentions); err != nil {
			rows.Close()
			return err
		}
		all = append(all, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	kept := map[string]int64{} // new key -> surviving id
	var moved []ent
	for _, e := range all {
		k := entityKey(e.name, core.EntityType(e.typ))
		if _, ok := kept[k]; ok {
			moved = append(moved, e)
			continue
		}
		kept[k] = e.id
	}
	// Merge first (freeing the old keys), then re-key the survivors.
	for _, e := range moved {
		into := kept[entityKey(e.name, core.EntityType(e.typ))]
		stmts := []string{
			`INSERT OR IGNORE INTO entity_aliases(entity_id, alias) SELECT ?2, alias FROM entity_aliases WHERE entity_id = ?1`,
			`DELETE FROM entity_aliases WHERE entity_id = ?1`,
			`INSERT INTO article_entities(article_id, entity_id, mentions) SELECT article_id, ?2, mentions FROM article_entities WHERE entity_id = ?1
				ON CONFLICT(article_id, entity_id) DO UPDATE SET mentions = mentions + excluded.mentions`,
			`DELETE FROM article_entities WHERE entity_id = ?1`,
			`UPDATE entities SET mentions = mentions + (SELECT mentions FROM entities WHERE id = ?1) WHERE id = ?2`,
			`DELETE FROM entities WHERE id = ?1`,
			`UPDATE entities SET n_articles = (SELECT COUNT(*) FROM article_entities WHERE entity_id = ?2) WHERE id = ?2`,
		}
		for _, q := range stmts {
			if _, err := tx.ExecContext(ctx, q, e.id, into); err != nil {
				return fmt.Errorf("merge entity %q: %w", e.name, err)
			}
		}
	}
	for _, e := range all {
		k := entityKey(e.name, core.EntityType(e.typ))
		if kept[k] != e.id || k == e.key {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE entities SET key = ? WHERE id = ?`, k, e.id); err != nil {
			return fmt.Errorf("re-key entity %q: %w", e.name, err)
		}
	}
	return nil
}
