package store

// A title and a surname across articles: "President Carter" in one article
// and "President Jimmy Carter" in another. A lone surname joins the stored
// person that has it as an alias (surnameOwner), but a person whose
// articles always wrote him in full has no such alias, so the lone surname
// stood alone. A one-word person name given an office (officeTitle: a
// title the gazetteer lists that few hold at once, "President", "Sen.",
// "Pope"; not "spokesman" or "Gen.") joins the stored person whose surname
// it is when
//
//   - no stored person has the surname as an alias (surnameOwner decides
//     those, as before) and the surname is not stored as an entity of its
//     own (one left apart before stays apart),
//   - that person holds the same office in a stored article,
//   - and no other stored person of that surname holds it ("President
//     Bush" with both George W. and George H.W. Bush stored joins neither).
//
// The shared office is the shared context (sharedOffice). In the other
// order, a full name given an office absorbs the lone surname stored
// before it under the same tests, unless a stored article names the two
// apart. An article that names both itself keeps them apart.

import (
	"context"
	"fmt"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/entity"
)

// officeHolders returns the stored persons other than the one-word entity
// of word and other than skip whose surname is word and who hold one of
// titles (at most three, to tell one from several).
func officeHolders(ctx context.Context, tx dbtx, word string, titles []string, skip int64) ([]storedEnt, error) {
	sk := strings.TrimPrefix(entityKey(word, core.Person), string(core.Person)+":")
	if sk == "" || strings.ContainsAny(sk, `%_\ `) || len(titles) == 0 {
		return nil, nil
	}
	q := `SELECT DISTINCT e.id, e.name, e.mentions FROM entities e JOIN entity_attributes a ON a.entity_id = e.id
		WHERE e.type = 'PER' AND e.key LIKE ? AND e.id != ? AND a.attr IN (?` + strings.Repeat(", ?", len(titles)-1) + `) ORDER BY e.id LIMIT 8`
	args := []any{string(core.Person) + ":% " + sk, skip}
	for _, t := range titles {
		args = append(args, t)
	}
	return storedEnts(ctx, tx, func(s storedEnt) bool {
		return !entity.IsInitials(s.name) && surnameOf(word, s.name)
	}, q, args...)
}

// officeTitles returns the offices jc gives the person named name.
func officeTitles(jc *joinContext, name string) []string {
	if jc == nil {
		return nil
	}
	return jc.titles[strings.ToLower(name)]
}

// officeOwner returns the stored person a lone surname given an office in
// the incoming article belongs to (see the file comment), or 0. Call it
// only when surnameOwner found no owner.
func officeOwner(ctx context.Context, tx dbtx, e core.Entity, jc *joinContext) (int64, string, error) {
	titles := officeTitles(jc, e.Name)
	if len(titles) == 0 || !isOneWordPerson(e) {
		return 0, "", nil
	}
	for _, n := range jc.others(e.Name) {
		if surnameOf(e.Name, n) {
			return 0, "", nil // the article itself keeps the two apart
		}
	}
	if _, stored, err := byKey(ctx, tx, entityKey(e.Name, core.Person)); err != nil || stored {
		return 0, "", err // the surname left apart before stays its own entity
	}
	holders, err := officeHolders(ctx, tx, e.Name, titles, 0)
	if err != nil || len(holders) != 1 {
		return 0, "", err
	}
	return holders[0].id, holders[0].name, nil
}

// absorbOffice merges into the person eid, stored under its full name e
// and given an office in the incoming article, the lone surname stored
// before it that holds the same office, when eid is the only stored holder
// of that office with that surname, no stored person owns the surname as
// an alias, and no stored article names the two apart.
func absorbOffice(ctx context.Context, tx dbtx, eid int64, e core.Entity, jc *joinContext) error {
	titles := officeTitles(jc, e.Name)
	words := strings.Fields(e.Name)
	if len(titles) == 0 || len(words) < 2 || entity.IsInitials(e.Name) {
		return nil
	}
	sur := words[len(words)-1]
	for len(words) > 2 && isGenerational(sur) {
		words = words[:len(words)-1]
		sur = words[len(words)-1]
	}
	if !surnameOf(sur, e.Name) || jc.gives(sur) {
		return nil // the article itself names the surname apart
	}
	lone, ok, err := byKey(ctx, tx, entityKey(sur, core.Person))
	if err != nil || !ok || lone.id == eid {
		return err
	}
	if owner, _, err := surnameOwner(ctx, tx, sur); err != nil || owner != 0 {
		return err
	}
	if ok, err := holdsOffice(ctx, tx, lone.id, titles); err != nil || !ok {
		return err
	}
	holders, err := officeHolders(ctx, tx, sur, titles, lone.id)
	if err != nil || len(holders) != 1 || holders[0].id != eid {
		return err
	}
	if apart, err := namedApart(ctx, tx, lone.id, eid); err != nil || apart {
		return err
	}
	if err := mergeEntityInto(ctx, tx, lone.id, eid); err != nil {
		return fmt.Errorf("merge %q into %q: %w", lone.name, e.Name, err)
	}
	return nil
}

// holdsOffice reports whether stored entity id holds one of titles.
func holdsOffice(ctx context.Context, tx dbtx, id int64, titles []string) (bool, error) {
	args := []any{id}
	for _, t := range titles {
		args = append(args, t)
	}
	rows, err := tx.QueryContext(ctx, `SELECT 1 FROM entity_attributes WHERE entity_id = ? AND attr IN (?`+strings.Repeat(", ?", len(titles)-1)+`) LIMIT 1`, args...)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	found := rows.Next()
	return found, rows.Err()
}

// gives reports whether the incoming article names a person name as an
// entity of its own (case-folded).
func (jc *joinContext) gives(name string) bool {
	return len(jc.others(name)) != len(jc.names)
}
