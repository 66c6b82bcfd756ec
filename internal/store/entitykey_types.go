package store

// An entity's type across articles: taggers type one name differently from
// article to article ("Oscar" a person where nothing around it says
// otherwise, an award in "Oscar winner"), and an entity keeps the type it
// was first stored under. entity_types counts, per entity and type, the
// articles that name the entity by its own name under that type (a short
// form or an alias that joins it casts no vote: "Comey" typed ORG is no
// vote against the person); when another type has more articles than the
// entity's own, the entity takes that type (and that type's key, absorbing
// any entity stored under it) when it has more than twice the articles of
// the stored type, or just more for a name stored as a person that does
// not open with a known given name (the tagger's commonest slip: "Oscar",
// "Kraft Foods", "Key Biscayne" as persons); MISC never takes a name that
// ends in an organisation's or a place's head noun or that the gazetteer
// lists.

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/entity"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// typeDominance is how many times the articles of its stored type another
// type needs to take an entity over: the stored type stays while the
// evidence is mixed ("Catching Fire" typed ORG by a few articles). A name
// stored as a person that does not look like one ("Oscar", "Kraft Foods")
// needs only more articles, unless an article gives it a title or role.
const typeDominance = 2

// personLike reports whether name opens with a known given name and has
// two or more words ("Stephenie Meyer" typed LOC by a few articles stays a
// person).
func personLike(name string) bool {
	words := strings.Fields(name)
	return len(words) > 1 && entity.KnownGivenName(words[0])
}

// titled reports whether entity eid has a title or role an article gives
// it ("author"): only persons have them.
func titled(ctx context.Context, tx dbtx, eid int64) bool {
	var one int
	return tx.QueryRowContext(ctx, `SELECT 1 FROM entity_attributes WHERE entity_id = ? LIMIT 1`, eid).Scan(&one) == nil
}

// headWord reports whether name ends in a word that makes it an
// organisation or a place ("Geological Survey", "Navy") or is a name the
// gazetteer lists: taggers type as MISC such a name used as a modifier ("a
// Navy lieutenant"), which is no evidence of what it names.
func headWord(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	_, ok := gazetteer.HeadType(words[len(words)-1])
	return ok || gazetteer.Lookup(name) != 0
}

// voteType counts one article naming entity eid under typ.
func voteType(ctx context.Context, tx dbtx, eid int64, typ core.EntityType) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO entity_types(entity_id, type, n) VALUES (?, ?, 1)
		ON CONFLICT(entity_id, type) DO UPDATE SET n = n + 1`, eid, string(typ))
	return err
}

// retypeByVote gives entity eid the type most articles give it when that
// type has more articles than its stored type (see the file comment).
func retypeByVote(ctx context.Context, tx dbtx, eid int64) error {
	var name, cur string
	if err := tx.QueryRowContext(ctx, `SELECT name, type FROM entities WHERE id = ?`, eid).Scan(&name, &cur); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT type, n FROM entity_types WHERE entity_id = ?`, eid)
	if err != nil {
		return err
	}
	votes := map[string]int{}
	for rows.Next() {
		var t string
		var n int
		if err := rows.Scan(&t, &n); err != nil {
			rows.Close()
			return err
		}
		votes[t] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	best := cur
	for _, t := range crossTypes { // a fixed order: no map order decides a tie
		if votes[string(t)] > votes[best] {
			best = string(t)
		}
	}
	if best == cur {
		return nil
	}
	need := typeDominance * votes[cur]
	if cur == string(core.Person) && !personLike(name) && !titled(ctx, tx, eid) {
		need = votes[cur] // the tagger's commonest slip: a product, award, team or place as a person
	}
	if best == string(core.Misc) && headWord(name) || votes[best] <= need {
		return nil // MISC is the tagger's catch-all ("a Navy lieutenant")
	}
	key := entityKey(name, core.EntityType(best))
	if s, ok, err := byKey(ctx, tx, key); err != nil {
		return err
	} else if ok && s.id != eid {
		if err := mergeEntityInto(ctx, tx, s.id, eid); err != nil {
			return fmt.Errorf("merge %q into %q: %w", s.name, name, err)
		}
	}
	_, err = tx.ExecContext(ctx, `UPDATE entities SET type = ?, key = ? WHERE id = ?`, best, key, eid)
	return err
}

// retypeAllByVote applies retypeByVote to every stored entity whose type
// counts favour another type (a migration after older stores' counts are
// filled).
func retypeAllByVote(ctx context.Context, tx dbtx) error {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT t.entity_id FROM entity_types t JOIN entities e ON e.id = t.entity_id
		WHERE t.type != e.type AND t.n > COALESCE((SELECT n FROM entity_types o WHERE o.entity_id = e.id AND o.type = e.type), 0)`)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range ids {
		var one int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM entities WHERE id = ?`, id).Scan(&one); err != nil {
			return err
		}
		if one == 0 {
			continue // merged away by an earlier retype
		}
		if err := retypeByVote(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

// noteType casts article's vote for the type of entity e stored as eid
// (once per entity and type in voted) when e joined it under its own name
// (joined is the stored name e joined, "" when e was stored under its own
// key), and gives eid the type its votes favour.
func noteType(ctx context.Context, tx dbtx, eid, article int64, e core.Entity, joined string, voted map[string]bool) error {
	if joined != "" && entityKey(joined, e.Type) != entityKey(e.Name, e.Type) {
		return nil // a short form or an alias: no say in the type
	}
	k := fmt.Sprintf("%d/%s", eid, e.Type)
	if voted[k] {
		return nil
	}
	voted[k] = true
	if err := voteType(ctx, tx, eid, e.Type); err != nil {
		return err
	}
	if err := noteVote(ctx, tx, article, eid, voteKindType, string(e.Type)); err != nil {
		return err
	}
	return retypeByVote(ctx, tx, eid)
}

// migrateTypes is migration 15: bring the keys up to the current rules
// (US state abbreviations), merging what now meets, then give every entity
// the type its counts favour.
func migrateTypes(ctx context.Context, tx *sql.Tx) error {
	if err := rekeyShortForms(ctx, tx); err != nil {
		return err
	}
	return retypeAllByVote(ctx, tx)
}
