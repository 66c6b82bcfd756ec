package store

// Names stored in capitals. The store names an entity after the first
// article that gave it, so a dateline or a headline in capitals ("NEW
// YORK", "ST LOUIS", "THE GOLDEN COMPASS") names an entity every later
// article writes as usual. A later article renames it when one of its
// forms (its name or an alias the analysis gave it) is the stored name's
// letters and digits written with a lower-case letter: "St. Louis" and
// "St Louis" rename "ST LOUIS" (full stops and spaces aside), the alias
// "The Golden Compass" renames "THE GOLDEN COMPASS" when the article's
// name is "Golden Compass". Only a stored name of two or more words with
// no lower-case letter is renamed (a one-word name in capitals is an
// acronym as often: "NATO", "Nato"), for every type, persons included.
//
// Cost: the insert that files an entity returns whether the stored name
// may be in capitals (an SQL test in the same statement), and an entity
// joined to a stored one by its short form brings the stored name, so an
// article pays a further statement only when a rename may be due.

import (
	"context"
	"database/sql"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
)

// capsReturning is the RETURNING clause of the entity insert: the id and
// whether the stored name has two or more words and no ASCII lower-case
// letter (inCapitals decides; this only spares the others a query).
const capsReturning = `RETURNING id, instr(name, ' ') > 0 AND name NOT GLOB '*[a-z]*'`

// inCapitals reports whether a stored name has two or more words and no
// lower-case letter.
func inCapitals(name string) bool {
	return strings.Contains(strings.TrimSpace(name), " ") && !hasLowerLetter(name)
}

// hasLowerLetter reports whether s holds a lower-case letter.
func hasLowerLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// sameLetters reports whether a and b have the same letters and digits in
// the same order, case, spaces and punctuation aside ("ST LOUIS", "St.
// Louis").
func sameLetters(a, b string) bool {
	next := func(s string, i int) (rune, int) {
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToUpper(r), i
			}
		}
		return 0, i
	}
	i, j := 0, 0
	for {
		var ra, rb rune
		ra, i = next(a, i)
		rb, j = next(b, j)
		if ra != rb {
			return false
		}
		if ra == 0 {
			return true
		}
	}
}

// usualForm returns the form of e (its name first, then its aliases) that
// writes stored as usual: a form with a lower-case letter and the stored
// name's letters and digits; "" when none does.
func usualForm(stored string, e core.Entity) string {
	if hasLowerLetter(e.Name) && sameLetters(e.Name, stored) {
		return e.Name
	}
	for _, a := range e.Aliases {
		if hasLowerLetter(a) && sameLetters(a, stored) {
			return a
		}
	}
	return ""
}

// mayRename reports whether one of e's forms could write a name in
// capitals as usual: one of two or more words with a lower-case letter.
func mayRename(e core.Entity) bool {
	if strings.Contains(e.Name, " ") && hasLowerLetter(e.Name) {
		return true
	}
	for _, a := range e.Aliases {
		if strings.Contains(a, " ") && hasLowerLetter(a) {
			return true
		}
	}
	return false
}

// nameAsWritten renames entity eid, stored under a name in capitals, to
// the form of e that writes it as usual, and returns the entity's name
// now. stored is the stored name, or "" when only the insert's test said
// it may be in capitals (it is read then, when e has a form that could
// rename it).
func nameAsWritten(ctx context.Context, tx dbtx, eid int64, stored string, e core.Entity) (string, error) {
	if !mayRename(e) {
		return stored, nil
	}
	if stored == "" {
		if err := tx.QueryRowContext(ctx, `SELECT name FROM entities WHERE id = ?`, eid).Scan(&stored); err != nil {
			return "", err
		}
	}
	if !inCapitals(stored) {
		return stored, nil
	}
	form := usualForm(stored, e)
	if form == "" {
		return stored, nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE entities SET name = ? WHERE id = ?`, form, eid); err != nil {
		return "", err
	}
	return form, nil
}

// migrateCapsNames brings a store written before stored names in capitals
// were renamed (schema 20) up to the rule: every stored name of two or
// more words with no lower-case letter takes the alias that writes its
// letters as usual (of several, the one with most words, then the
// longest, then the first in byte order, as the analysis orders forms);
// the old name stays an alias. Then keys are brought up to entity.Key
// ("Miss Tarrow" keys as Tarrow) and entities whose keys now meet merge
// (rekeyEntities). Nothing is lost: names become aliases.
func migrateCapsNames(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, name FROM entities WHERE instr(name, ' ') > 0 AND name NOT GLOB '*[a-z]*'`)
	if err != nil {
		return err
	}
	type named struct {
		id   int64
		name string
	}
	var caps []named
	for rows.Next() {
		var n named
		if err := rows.Scan(&n.id, &n.name); err != nil {
			rows.Close()
			return err
		}
		if inCapitals(n.name) {
			caps = append(caps, n)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, n := range caps {
		aliases, err := entityAliases(ctx, tx, n.id)
		if err != nil {
			return err
		}
		best := ""
		for _, a := range aliases {
			if hasLowerLetter(a) && sameLetters(a, n.name) && (best == "" || formBefore(a, best)) {
				best = a
			}
		}
		if best == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO entity_aliases(entity_id, alias) VALUES (?, ?)`, n.id, n.name); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE entities SET name = ? WHERE id = ?`, best, n.id); err != nil {
			return err
		}
	}
	return rekeyEntities(ctx, tx)
}

// formBefore reports whether form a names an entity before form b: more
// words, then longer, then byte order.
func formBefore(a, b string) bool {
	if wa, wb := len(strings.Fields(a)), len(strings.Fields(b)); wa != wb {
		return wa > wb
	}
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a < b
}
