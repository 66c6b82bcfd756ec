package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// streetAbbrevs spell out the abbreviated street heads, as package entity
// does (its streetAbbrevs, unexported): "Snyder Ave." is named and keyed
// "Snyder Avenue" since schema 23.
var streetAbbrevs = map[string]string{"Ave.": "Avenue", "Ave": "Avenue", "Blvd.": "Boulevard",
	"Blvd": "Boulevard", "Rd.": "Road", "Rd": "Road"}

// spelledStreet is the place name with its abbreviated street head spelt
// out ("Snyder Ave." -> "Snyder Avenue") when entity.Key takes the two for
// one place (the name is a street's: not "Wall St.", not lower case), or "".
func spelledStreet(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return ""
	}
	full, ok := streetAbbrevs[name[i+1:]]
	if !ok {
		return ""
	}
	spelled := name[:i+1] + full
	if entityKey(name, core.Location) != entityKey(spelled, core.Location) {
		return ""
	}
	return spelled
}

// migrateStreetKeys brings a store written before abbreviated street heads
// were spelt out (schema 23) up to the rule: a place stored as "Snyder
// Ave." is named "Snyder Avenue" (the abbreviation stays an alias, and the
// spelt-out name becomes one, as a new analysis files both). One typed as
// a person or an organisation (the tagger's slip the analysis now mends:
// "Tilden Blvd" PER) becomes a place, with its type votes (entity_types,
// article_votes) counted for the place, as a new analysis of its articles
// would count them. Then keys are brought up to entity.Key and entities
// whose keys now meet merge (rekeyEntities: the one mentioned most keeps
// its id, and takes the others' aliases, mentions, articles, titles and
// votes). Nothing is lost: names become aliases.
func migrateStreetKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, type FROM entities WHERE type IN (?, ?, ?) AND instr(name, ' ') > 0`,
		string(core.Location), string(core.Person), string(core.Organisation))
	if err != nil {
		return err
	}
	type named struct {
		id                 int64
		name, typ, spelled string
	}
	var abbrev []named
	for rows.Next() {
		var n named
		if err := rows.Scan(&n.id, &n.name, &n.typ); err != nil {
			rows.Close()
			return err
		}
		if n.spelled = spelledStreet(n.name); n.spelled != "" {
			abbrev = append(abbrev, n)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, n := range abbrev {
		for _, al := range []string{n.name, n.spelled} {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO entity_aliases(entity_id, alias) VALUES (?, ?)`, n.id, al); err != nil {
				return fmt.Errorf("place %q: %w", n.name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE entities SET name = ? WHERE id = ?`, n.spelled, n.id); err != nil {
			return fmt.Errorf("place %q: %w", n.name, err)
		}
		if n.typ != string(core.Location) {
			if err := retypeAsPlace(ctx, tx, n.id); err != nil {
				return fmt.Errorf("place %q: %w", n.name, err)
			}
		}
	}
	return rekeyEntities(ctx, tx)
}

// retypeAsPlace makes entity id a place, its type votes (entity_types) and
// each article's share of them (article_votes) counted for LOC.
func retypeAsPlace(ctx context.Context, tx *sql.Tx, id int64) error {
	loc := string(core.Location)
	for _, st := range []struct {
		q    string
		args []any
	}{
		{`INSERT INTO entity_types(entity_id, type, n) SELECT entity_id, ?2, n FROM entity_types WHERE entity_id = ?1 AND type != ?2
			ON CONFLICT(entity_id, type) DO UPDATE SET n = n + excluded.n`, []any{id, loc}},
		{`DELETE FROM entity_types WHERE entity_id = ?1 AND type != ?2`, []any{id, loc}},
		{`INSERT INTO article_votes(article_id, entity_id, kind, value, n)
			SELECT article_id, entity_id, kind, ?2, n FROM article_votes WHERE entity_id = ?1 AND kind = ?3 AND value != ?2
			ON CONFLICT(article_id, entity_id, kind, value) DO UPDATE SET n = n + excluded.n`, []any{id, loc, voteKindType}},
		{`DELETE FROM article_votes WHERE entity_id = ?1 AND kind = ?3 AND value != ?2`, []any{id, loc, voteKindType}},
		{`UPDATE entities SET type = ?2 WHERE id = ?1`, []any{id, loc}},
	} {
		if _, err := tx.ExecContext(ctx, st.q, st.args...); err != nil {
			return err
		}
	}
	return nil
}
