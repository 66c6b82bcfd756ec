package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

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
		if err := mergeEntityInto(ctx, tx, e.id, kept[entityKey(e.name, core.EntityType(e.typ))]); err != nil {
			return fmt.Errorf("merge entity %q: %w", e.name, err)
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

// mergeEntityInto moves entity from's aliases, mentions and article links
// to entity into and deletes from.
func mergeEntityInto(ctx context.Context, tx dbtx, from, into int64) error {
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
		if _, err := tx.ExecContext(ctx, q, from, into); err != nil {
			return err
		}
	}
	return nil
}

// Surnames across articles. Within an article the entity stage already
// makes "Zelensky" an alias of "Volodymyr Zelensky"; across articles an
// article that names only "Zelensky" would otherwise start a second
// person. A one-word person name is taken to be the full-named person that
// has it as an alias when one such person clearly dominates (the only one,
// or mentioned at least twice as often as the next); and when a full name
// arrives with a one-word alias that already stands alone as a person, that
// lone entity is merged into it under the same test.

// surnameOwner returns the person entity (id and name) a one-word person
// name belongs to, or 0 when none clearly does.
func surnameOwner(ctx context.Context, tx dbtx, word string) (int64, string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT e.id, e.name, e.mentions FROM entity_aliases al JOIN entities e ON e.id = al.entity_id
		WHERE al.alias = ? COLLATE NOCASE AND e.type = ? AND e.name LIKE '% %' ORDER BY e.mentions DESC, e.id LIMIT 2`, word, string(core.Person))
	if err != nil {
		return 0, "", err
	}
	defer rows.Close()
	type cand struct {
		id       int64
		name     string
		mentions int
	}
	var cs []cand
	for rows.Next() {
		var c cand
		if err := rows.Scan(&c.id, &c.name, &c.mentions); err != nil {
			return 0, "", err
		}
		cs = append(cs, c)
	}
	if err := rows.Err(); err != nil {
		return 0, "", err
	}
	if len(cs) == 0 || (len(cs) == 2 && cs[0].mentions < 2*cs[1].mentions) {
		return 0, "", nil
	}
	return cs[0].id, cs[0].name, nil
}

// isOneWordPerson reports whether e is a person named by one word.
func isOneWordPerson(e core.Entity) bool {
	return e.Type == core.Person && len(strings.Fields(e.Name)) == 1
}

// absorbSurnames merges lone one-word person entities that are one-word
// aliases of the full-named person eid (name) into it, when eid clearly
// owns the alias.
func absorbSurnames(ctx context.Context, tx dbtx, eid int64, e core.Entity) error {
	for _, al := range e.Aliases {
		if len(strings.Fields(al)) != 1 || strings.EqualFold(al, e.Name) {
			continue
		}
		var lone int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM entities WHERE key = ?`, entityKey(al, core.Person)).Scan(&lone)
		if errors.Is(err, sql.ErrNoRows) || lone == eid {
			continue
		}
		if err != nil {
			return err
		}
		owner, _, err := surnameOwner(ctx, tx, al)
		if err != nil {
			return err
		}
		if owner != eid {
			continue
		}
		if err := mergeEntityInto(ctx, tx, lone, eid); err != nil {
			return fmt.Errorf("merge %q into %q: %w", al, e.Name, err)
		}
	}
	return nil
}
