package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/entity"
	"github.com/storyline/storyline/internal/ner/gazetteer"
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

// mergeEntityInto moves entity from's aliases, attributes, mentions and
// article links to entity into and deletes from.
func mergeEntityInto(ctx context.Context, tx dbtx, from, into int64) error {
	stmts := []string{
		`INSERT INTO entity_attributes(entity_id, attr, n, first_article) SELECT ?2, attr, n, first_article FROM entity_attributes WHERE entity_id = ?1
			ON CONFLICT(entity_id, attr) DO UPDATE SET n = n + excluded.n, first_article = min(first_article, excluded.first_article)`,
		`DELETE FROM entity_attributes WHERE entity_id = ?1`,
		`INSERT OR IGNORE INTO entity_aliases(entity_id, alias) SELECT ?2, alias FROM entity_aliases WHERE entity_id = ?1`,
		`DELETE FROM entity_aliases WHERE entity_id = ?1`,
		`DELETE FROM entity_initials WHERE entity_id = ?1`,
		`INSERT INTO entity_types(entity_id, type, n) SELECT ?2, type, n FROM entity_types WHERE entity_id = ?1
			ON CONFLICT(entity_id, type) DO UPDATE SET n = n + excluded.n`,
		`DELETE FROM entity_types WHERE entity_id = ?1`,
		`INSERT INTO article_entities(article_id, entity_id, mentions) SELECT article_id, ?2, mentions FROM article_entities WHERE entity_id = ?1
			ON CONFLICT(article_id, entity_id) DO UPDATE SET mentions = mentions + excluded.mentions`,
		`DELETE FROM article_entities WHERE entity_id = ?1`,
		`UPDATE entities SET mentions = mentions + (SELECT mentions FROM entities WHERE id = ?1) WHERE id = ?2`,
		`DELETE FROM entities WHERE id = ?1`,
		`UPDATE entities SET n_articles = (SELECT COUNT(*) FROM article_entities WHERE entity_id = ?2) WHERE id = ?2`,
	}
	if hasVoteLedger(ctx, tx) { // not while older migrations run
		stmts = append(stmts,
			`INSERT INTO article_votes(article_id, entity_id, kind, value, n) SELECT article_id, ?2, kind, value, n FROM article_votes WHERE entity_id = ?1
			ON CONFLICT(article_id, entity_id, kind, value) DO UPDATE SET n = n + excluded.n`,
			`DELETE FROM article_votes WHERE entity_id = ?1`)
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q, from, into); err != nil {
			return err
		}
	}
	return refreshAttributes(ctx, tx, into)
}

// maxAttributes is how many titles and roles an entity shows: the ones
// most articles give, the earliest given first among equals.
const maxAttributes = 6

// minAttributes is how many titles an entity shows when fewer than that
// are given by more than one article.
const minAttributes = 3

// addAttributes counts the titles and roles article gives entity eid.
func addAttributes(ctx context.Context, tx dbtx, eid, article int64, attrs []string) error {
	if len(attrs) == 0 {
		return nil
	}
	for _, a := range attrs {
		if strings.TrimSpace(a) == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO entity_attributes(entity_id, attr, n, first_article) VALUES (?, ?, 1, ?)
			ON CONFLICT(entity_id, attr) DO UPDATE SET n = n + 1`, eid, a, article); err != nil {
			return err
		}
		if err := noteVote(ctx, tx, article, eid, voteKindTitle, a); err != nil {
			return err
		}
	}
	return refreshAttributes(ctx, tx, eid)
}

// refreshAttributes rewrites entity eid's cached attribute list.
func refreshAttributes(ctx context.Context, tx dbtx, eid int64) error {
	rows, err := tx.QueryContext(ctx, `SELECT attr, n FROM entity_attributes WHERE entity_id = ? ORDER BY n DESC, first_article, attr LIMIT ?`, eid, maxAttributes)
	if err != nil {
		return err
	}
	attrs := []string{}
	for rows.Next() {
		var a string
		var n int
		if err := rows.Scan(&a, &n); err != nil {
			rows.Close()
			return err
		}
		// A title one article gives is shown only while few are known:
		// the attribute finder's slips ("leader of Japan" for the guest
		// of Japan's leader) are one-article titles.
		if n >= 2 || len(attrs) < minAttributes {
			attrs = append(attrs, a)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE entities SET attributes = ? WHERE id = ?`, mustJSON(attrs), eid)
	return err
}

// Short forms across articles. Within an article the entity stage already
// makes "Zelensky" an alias of "Volodymyr Zelensky" and "DNC" one of
// "Democratic National Committee"; across articles an article that names
// only the short form would otherwise start a second entity. A short form
// is a one-word person name, an acronym of an organisation, place or other
// name ("D.N.C.", "DNC"), or a person's name without the middle initials
// another article gives ("Michael Flynn" for "Michael T. Flynn"). It is
// taken to be the entity that has it as an alias when one such entity
// clearly dominates (the only one, or mentioned at least twice as often as
// the next); and when a full name arrives with a short-form alias that
// already stands alone, that lone entity is merged into it under the same
// test.

// surnameOwner returns the person entity (id and name) a one-word person
// name belongs to, or 0 when none clearly does.
func surnameOwner(ctx context.Context, tx dbtx, word string) (int64, string, error) {
	return aliasOwner(ctx, tx, []core.EntityType{core.Person}, []string{word}, "")
}

// aliasOwner returns the entity of one of the types typs with a name of more than one
// word that has one of forms as an alias and clearly dominates the others
// that do, or 0. An entity keyed self is never the owner.
func aliasOwner(ctx context.Context, tx dbtx, typs []core.EntityType, forms []string, self string) (int64, string, error) {
	q := `SELECT DISTINCT e.id, e.name, e.mentions FROM entity_aliases al JOIN entities e ON e.id = al.entity_id
		WHERE al.alias COLLATE NOCASE IN (?` + strings.Repeat(", ?", len(forms)-1) + `) AND e.type IN (?` + strings.Repeat(", ?", len(typs)-1) + `)
		AND e.name LIKE '% %' AND e.key != ? ORDER BY e.mentions DESC, e.id LIMIT 4`
	args := make([]any, 0, len(forms)+len(typs)+1)
	for _, f := range forms {
		args = append(args, f)
	}
	for _, t := range typs {
		args = append(args, string(t))
	}
	args = append(args, self)
	rows, err := tx.QueryContext(ctx, q, args...)
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
		if entity.IsInitials(c.name) {
			continue // "T. J." owns nothing (entity/initials.go)
		}
		if len(cs) < 2 {
			cs = append(cs, c)
		}
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

// acronymForms returns the spellings of an acronym name ("D.N.C." ->
// "D.N.C.", "DNC"), or nil when name is no acronym: one word of two to eight
// capitals, dots between them or not.
func acronymForms(name string) []string {
	if strings.ContainsAny(name, " \t") {
		return nil
	}
	var b strings.Builder
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r)
		case r == '.':
		default:
			return nil
		}
	}
	bare := b.String()
	if len(bare) < 2 || len(bare) > 8 {
		return nil
	}
	dotted := strings.Join(strings.Split(bare, ""), ".") + "."
	return []string{bare, dotted}
}

// withoutInitials returns a person's name without its middle initials, a
// leading initial before a middle name and a numbered suffix ("Michael T.
// Flynn" -> "Michael Flynn", "H. Ross Perot" -> "Ross Perot", "Robert S.
// Mueller III" -> "Robert Mueller"), or "" when it has none of them.
func withoutInitials(name string) string {
	words := strings.Fields(name)
	n0 := len(words)
	if n := len(words); n > 2 && numberedSuffix[strings.TrimSuffix(words[n-1], ".")] {
		words = words[:n-1]
	}
	if len(words) > 2 && entity.IsInitial(words[0]) && !entity.IsInitial(words[1]) {
		words = words[1:]
	}
	if len(words) < 3 {
		if len(words) == n0 {
			return ""
		}
		return strings.Join(words, " ")
	}
	kept := []string{words[0]}
	for _, w := range words[1 : len(words)-1] {
		if r := []rune(strings.TrimSuffix(w, ".")); (len(r) == 1 && unicode.IsUpper(r[0])) || entity.IsInitials(w) {
			continue // "W.", "H.W."
		}
		kept = append(kept, w)
	}
	kept = append(kept, words[len(words)-1])
	if len(kept) == n0 {
		return ""
	}
	return strings.Join(kept, " ")
}

// otherInitials reports whether the stored person id (named name) is
// already named with other middle initials than full gives to the same
// name bare ("George W. Bush" stored, "George P. Bush" arriving): two
// people, so full does not join it.
func otherInitials(ctx context.Context, tx dbtx, id int64, name, full, bare string) (bool, error) {
	aliases, err := entityAliases(ctx, tx, id)
	if err != nil {
		return false, err
	}
	for _, a := range append(aliases, name) {
		if strings.EqualFold(a, full) || strings.EqualFold(a, bare) {
			continue
		}
		if b := withoutInitials(a); b != "" && strings.EqualFold(b, bare) {
			return true, nil
		}
	}
	return false, nil
}

// bareAmbiguous reports whether two or more stored persons, each named
// with middle initials, hold the name bare without them as an alias
// ("George Bush" of "George W. Bush" and of "George H.W. Bush"): the bare
// name may be either, so it joins neither, whichever is mentioned more.
func bareAmbiguous(ctx context.Context, tx dbtx, bare string) (bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT e.id, e.name FROM entity_aliases al JOIN entities e ON e.id = al.entity_id
		WHERE al.alias = ? COLLATE NOCASE AND e.type = 'PER' LIMIT 8`, bare)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return false, err
		}
		if b := withoutInitials(name); b != "" && strings.EqualFold(b, bare) {
			n++
		}
	}
	return n >= 2, rows.Err()
}

// numberedSuffix are the suffixes that tell a son from his father by
// number (entity.Key leaves them out of a person's key too).
var numberedSuffix = map[string]bool{"II": true, "III": true, "IV": true}

// shortFormOwner returns the stored entity (id and name) a short form in
// an incoming article belongs to, or 0 when it stands for itself. jc is
// the incoming article's context (see surnameJoins).
func shortFormOwner(ctx context.Context, tx dbtx, e core.Entity, jc *joinContext) (int64, string, error) {
	id, name, err := shortFormOwnerOf(ctx, tx, e, jc)
	if err != nil || id != 0 {
		return id, name, err
	}
	if _, stored, err := byKey(ctx, tx, entityKey(e.Name, e.Type)); err != nil || stored {
		return 0, "", err
	}
	if e.Type == core.Person {
		if s, ok, err := middleShort(ctx, tx, e.Name); err != nil || ok {
			return s.id, s.name, err
		}
	}
	if id, name, err := juniorOwner(ctx, tx, e, jc); err != nil || id != 0 { // entitykey_junior.go
		return id, name, err
	}
	if id, name, err := givenFormOwner(ctx, tx, e, jc); err != nil || id != 0 { // "Tim Cook" for "Timothy D. Cook" (entitykey_givenform.go)
		return id, name, err
	}
	if id, name, err := spellingOwner(ctx, tx, e, jc); err != nil || id != 0 { // "Gregg Milliote" for "Gregg Miliote" (entitykey_spelling.go)
		return id, name, err
	}
	if id, name, err := compassOwner(ctx, tx, e); err != nil || id != 0 { // "S. Korea" (entitykey_compass.go)
		return id, name, err
	}
	return crossTypeOwner(ctx, tx, e)
}

// shortFormOwnerOf is shortFormOwner for surnames, acronyms, names without
// middle initials and names another article typed as a person.
func shortFormOwnerOf(ctx context.Context, tx dbtx, e core.Entity, jc *joinContext) (int64, string, error) {
	switch {
	case isOneWordPerson(e):
		return loneSurnameOwner(ctx, tx, e, jc) // entitykey_rivals.go
	case e.Type == core.Person:
		if bare := withoutInitials(e.Name); bare != "" {
			var id int64
			var name string
			err := tx.QueryRowContext(ctx, `SELECT id, name FROM entities WHERE key = ?`, entityKey(bare, core.Person)).Scan(&id, &name)
			if errors.Is(err, sql.ErrNoRows) {
				return 0, "", nil
			}
			if err != nil {
				return 0, "", err
			}
			if other, err := otherInitials(ctx, tx, id, name, e.Name, bare); err != nil || other {
				return 0, "", err // "George P. Bush" when "George W. Bush" joined "George Bush"
			}
			return id, name, nil
		}
		key := entityKey(e.Name, e.Type)
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM entities WHERE key = ?`, key).Scan(&id)
		if err == nil || !errors.Is(err, sql.ErrNoRows) {
			return 0, "", err // stored under its own name (or failed)
		}
		id, name, err := aliasOwner(ctx, tx, []core.EntityType{core.Person}, []string{e.Name}, key)
		if err != nil {
			return 0, "", err
		}
		if id != 0 {
			if amb, err := bareAmbiguous(ctx, tx, e.Name); err != nil || amb {
				return 0, "", err // "George Bush" when both "George W." and "George H.W. Bush" are stored
			}
			return id, name, nil
		}
		return initialledOwner(ctx, tx, e.Name, jc) // "A. Stewart" for "Alec Stewart" (entitykey_initialled.go)
	}
	if forms := acronymForms(e.Name); forms != nil {
		id, name, err := aliasOwner(ctx, tx, nonPersonTypes, forms, entityKey(e.Name, e.Type))
		if err != nil || id != 0 {
			return id, name, err
		}
		if _, stored, err := byKey(ctx, tx, entityKey(e.Name, e.Type)); err != nil || stored {
			return 0, "", err
		}
		return initialsOwner(ctx, tx, forms)
	}
	return personOwner(ctx, tx, e, jc)
}

// nonPersonTypes are the types an acronym may name (taggers confuse them).
var nonPersonTypes = []core.EntityType{core.Organisation, core.Location, core.Misc}

// personDominance is how many times more mentions a stored person needs
// than a name typed otherwise to take it over.
const personDominance = 3

// personOwner returns the stored person a name typed as an organisation,
// place or other belongs to ("Comey" typed ORG in one article when "James
// Comey" is stored with that alias; "Donald Trump" typed LOC), or 0. Names
// the gazetteer lists (countries, capitals, organisations, titles) and
// acronyms stay what they are, and the person must be mentioned at least
// personDominance times as often as this article's mentions of the name.
func personOwner(ctx context.Context, tx dbtx, e core.Entity, jc *joinContext) (int64, string, error) {
	if e.Type == core.Person || gazetteer.Lookup(e.Name) != 0 || acronymForms(e.Name) != nil {
		return 0, "", nil
	}
	var id int64
	var name string
	if len(strings.Fields(e.Name)) == 1 {
		if namesOther(e.Name, e.Type) {
			return 0, "", nil // "Mo" typed LOC is Missouri, not Maurice Cheeks's nickname
		}
		var err error
		if id, name, err = surnameOwner(ctx, tx, e.Name); err != nil {
			return 0, "", err
		}
		if id == 0 {
			// No stored person clearly owns the word: the one the article
			// names in full may ("Reggie Bush" and "Bush" typed ORG;
			// entitykey_rivals.go).
			if len(namedInFull(jc, e.Name)) != 1 {
				return 0, "", nil
			}
			if id, name, err = rivalOwner(ctx, tx, jc, e.Name, 0); err != nil || id == 0 {
				return 0, "", err
			}
		}
		joins := surnameJoins
		if !surnameOf(e.Name, name) {
			joins = contextJoins // a given name or nickname typed otherwise needs shared context
		}
		ok, err := joins(ctx, tx, jc, id, 0, e.Name, name)
		if err != nil {
			return 0, "", err
		}
		if !ok {
			if !surnameOf(e.Name, name) {
				return 0, "", nil
			}
			// The owner does not join: a rival sharing the context may (entitykey_rivals.go).
			if id, name, err = rivalOwner(ctx, tx, jc, e.Name, id); err != nil || id == 0 {
				return 0, "", err
			}
		}
	} else {
		err := tx.QueryRowContext(ctx, `SELECT id, name FROM entities WHERE key = ?`, entityKey(e.Name, core.Person)).Scan(&id, &name)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, "", nil
		}
		if err != nil {
			return 0, "", err
		}
	}
	var mentions int
	if err := tx.QueryRowContext(ctx, `SELECT mentions FROM entities WHERE id = ?`, id).Scan(&mentions); err != nil {
		return 0, "", err
	}
	if mentions < personDominance*max(e.Mentions, 1) {
		return 0, "", nil
	}
	return id, name, nil
}

// surnameOf reports whether the one word w is the surname of the person
// named full: its last word, a generational suffix left out ("Cheeks" of
// "Maurice Cheeks", not "Mo" or "Maurice").
func surnameOf(w, full string) bool {
	words := strings.Fields(full)
	for len(words) > 1 {
		last := strings.ToLower(strings.TrimSuffix(words[len(words)-1], "."))
		if !numberedSuffix[strings.ToUpper(last)] && last != "jr" && last != "sr" {
			break
		}
		words = words[:len(words)-1]
	}
	return len(words) > 1 && entityKey(w, core.Person) == entityKey(words[len(words)-1], core.Person)
}

// namesOther reports whether the one word w, typed t, names something its
// key spells out otherwise: a US state's abbreviation ("Mo" -> Missouri),
// a country's, an organisation's or a capital's other name. Such a word is
// no short form of a person.
func namesOther(w string, t core.EntityType) bool {
	if _, ok := entity.StateName(w); ok {
		return true
	}
	if c, ok := gazetteer.CountryName(w); ok && !strings.EqualFold(c, w) {
		return true
	}
	if o, ok := gazetteer.OrgName(w); ok && !strings.EqualFold(o, w) {
		return true
	}
	c, ok := gazetteer.CapitalName(w)
	return ok && t == core.Location && !strings.EqualFold(c, w)
}

// withoutLoneInitials returns e as the store files it: a person named by
// one initial ("A.") is no entity (false), and a person's aliases made
// only of initials ("A", "T. J.") are left out unless its name is one
// (entity/initials.go).
func withoutLoneInitials(e core.Entity) (core.Entity, bool) {
	if e.Type != core.Person {
		return e, true
	}
	if f := strings.Fields(e.Name); len(f) == 1 && entity.IsInitial(f[0]) {
		return e, false
	}
	if entity.IsInitials(e.Name) {
		return e, true
	}
	var kept []string
	for _, al := range e.Aliases {
		if !entity.IsInitials(al) {
			kept = append(kept, al)
		}
	}
	if len(kept) != len(e.Aliases) {
		e.Aliases = kept
	}
	return e, true
}

// shortAliases returns the aliases of e that are short forms of it.
func shortAliases(e core.Entity) []string {
	var out []string
	for _, al := range e.Aliases {
		if strings.EqualFold(al, e.Name) {
			continue
		}
		if (e.Type == core.Person && len(strings.Fields(al)) == 1) || (e.Type != core.Person && acronymForms(al) != nil) {
			out = append(out, al)
		}
	}
	return out
}

// absorbShortForms merges lone entities named by a short-form alias of the
// full-named entity eid into it, when eid clearly owns the alias (and,
// for a surname, the two share context: surnameJoins).
func absorbShortForms(ctx context.Context, tx dbtx, eid int64, e core.Entity, jc *joinContext) error {
	if entity.IsInitials(e.Name) {
		return nil // "T. J." owns nothing (entity/initials.go)
	}
	for _, al := range shortAliases(e) {
		typs, forms := []core.EntityType{core.Person}, []string{al}
		if e.Type != core.Person {
			typs, forms = nonPersonTypes, acronymForms(al)
		}
		for _, t := range typs {
			if err := absorbLone(ctx, tx, eid, e, al, t, typs, forms, jc); err != nil {
				return err
			}
		}
	}
	if e.Type != core.Person {
		return absorbCompass(ctx, tx, eid, e) // "S. Korea" stored before "South Korea"
	}
	// Names of this person another article typed otherwise ("Comey" as ORG).
	var mentions int
	if err := tx.QueryRowContext(ctx, `SELECT mentions FROM entities WHERE id = ?`, eid).Scan(&mentions); err != nil {
		return err
	}
	for _, al := range append([]string{e.Name}, shortAliases(e)...) {
		if gazetteer.Lookup(al) != 0 || acronymForms(al) != nil {
			continue
		}
		if al != e.Name {
			owner, _, err := surnameOwner(ctx, tx, al)
			if err != nil {
				return err
			}
			if owner != eid {
				continue
			}
		}
		for _, t := range nonPersonTypes {
			if namesOther(al, t) {
				continue
			}
			var lone, n int64
			err := tx.QueryRowContext(ctx, `SELECT id, mentions FROM entities WHERE key = ?`, entityKey(al, t)).Scan(&lone, &n)
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			if err != nil {
				return err
			}
			if int64(mentions) < personDominance*max(n, 1) {
				continue
			}
			if al != e.Name {
				joins := surnameJoins
				if !surnameOf(al, e.Name) {
					joins = contextJoins // a given name or nickname needs shared context
				}
				if ok, err := joins(ctx, tx, jc, eid, lone, al, e.Name); err != nil || !ok {
					if err != nil {
						return err
					}
					continue
				}
			}
			if err := mergeEntityInto(ctx, tx, lone, eid); err != nil {
				return fmt.Errorf("merge %q into %q: %w", al, e.Name, err)
			}
		}
	}
	if err := absorbOffice(ctx, tx, eid, e, jc); err != nil { // "President Carter" stored before "Jimmy Carter"
		return err
	}
	if err := absorbJunior(ctx, tx, eid, e, jc); err != nil { // "Joe Biden" stored before "Joseph R. Biden Jr."
		return err
	}
	if err := absorbInitialled(ctx, tx, eid, e, jc); err != nil { // "A. Stewart" stored before "Alec Stewart"
		return err
	}
	return absorbGivenForm(ctx, tx, eid, e, jc) // "Tim Cook" stored before "Timothy D. Cook"
}

// absorbLone merges the lone entity of type t named al into eid when eid
// clearly owns al among the entities of types typs.
func absorbLone(ctx context.Context, tx dbtx, eid int64, e core.Entity, al string, t core.EntityType, typs []core.EntityType, forms []string, jc *joinContext) error {
	var lone int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM entities WHERE key = ?`, entityKey(al, t)).Scan(&lone)
	if errors.Is(err, sql.ErrNoRows) || lone == eid {
		return nil
	}
	if err != nil {
		return err
	}
	owner, _, err := aliasOwner(ctx, tx, typs, forms, entityKey(al, t))
	if err != nil || owner != eid {
		return err
	}
	if t == core.Person {
		if ok, err := surnameJoins(ctx, tx, jc, eid, lone, al, e.Name); err != nil || !ok {
			return err
		}
	}
	if err := mergeEntityInto(ctx, tx, lone, eid); err != nil {
		return fmt.Errorf("merge %q into %q: %w", al, e.Name, err)
	}
	return nil
}

// rekeyShortForms brings a store up to the current keys and short-form
// rules: rekeyEntities, then every name with middle initials meets the same
// name without them, and every full name absorbs the lone entities its
// short-form aliases name (most mentioned first).
func rekeyShortForms(ctx context.Context, tx *sql.Tx) error {
	if err := rekeyEntities(ctx, tx); err != nil {
		return err
	}
	all, err := storedNames(ctx, tx, `SELECT id, name, type FROM entities ORDER BY mentions DESC, id`)
	if err != nil {
		return err
	}
	gone := map[int64]bool{}
	for _, e := range all {
		if gone[e.id] {
			continue
		}
		if _, ok, err := byKey(ctx, tx, entityKey(e.name, e.typ)); err != nil {
			return err
		} else if !ok {
			continue // merged away by an earlier full name
		}
		if err := absorbCrossTypeRekey(ctx, tx, e.id, e.name, e.typ, gone); err != nil {
			return err
		}
		if !strings.Contains(e.name, " ") {
			continue
		}
		if e.typ == core.Person {
			if err := absorbMiddleRekey(ctx, tx, e.id, e.name, gone); err != nil {
				return err
			}
		} else if err := absorbAcronymRekey(ctx, tx, e.id, e.name, e.typ, gone); err != nil {
			return err
		}
		if bare := withoutInitials(e.name); e.typ == core.Person && bare != "" {
			var other int64
			err := tx.QueryRowContext(ctx, `SELECT id FROM entities WHERE key = ?`, entityKey(bare, core.Person)).Scan(&other)
			switch {
			case err == nil && other != e.id:
				if err := mergeEntityInto(ctx, tx, other, e.id); err != nil {
					return fmt.Errorf("merge %q into %q: %w", bare, e.name, err)
				}
				gone[other] = true
			case err != nil && !errors.Is(err, sql.ErrNoRows):
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO entity_aliases(entity_id, alias) VALUES (?, ?)`, e.id, bare); err != nil {
				return err
			}
		}
		aliases, err := entityAliases(ctx, tx, e.id)
		if err != nil {
			return err
		}
		// The lone entities absorbed here are one-word names, never in all.
		full := core.Entity{Name: e.name, Type: e.typ, Aliases: aliases}
		if err := absorbShortForms(ctx, tx, e.id, full, nil); err != nil {
			return err
		}
	}
	return nil
}

// entityAliases lists the aliases stored for entity id.
func entityAliases(ctx context.Context, tx dbtx, id int64) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT alias FROM entity_aliases WHERE entity_id = ?`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
