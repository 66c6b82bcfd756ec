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
// spelt-out name becomes one, as a new analysis files both), then keys are
// brought up to entity.Key and places whose keys now meet merge
// (rekeyEntities: the one mentioned most keeps its id, and takes the
// others' aliases, mentions, articles, titles and type votes). Nothing is
// lost: names become aliases.
func migrateStreetKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, name FROM entities WHERE type = ? AND instr(name, ' ') > 0`, string(core.Location))
	if err != nil {
		return err
	}
	type named struct {
		id            int64
		name, spelled string
	}
	var abbrev []named
	for rows.Next() {
		var n named
		if err := rows.Scan(&n.id, &n.name); err != nil {
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
	}
	return rekeyEntities(ctx, tx)
}
