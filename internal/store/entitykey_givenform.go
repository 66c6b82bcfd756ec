package store

// A short and a formal given name across articles: "Tim Cook" in one
// article and "Timothy D. Cook" in another, "Rudy Giuliani" and "Rudolph
// W. Giuliani", "Bob Goodlatte" and "Robert W. Goodlatte". entity.Key
// folds the diminutives of its table ("Bob" is Robert), but not those
// left out of it ("Tim", "Rudy": folding them would change stored keys),
// and a formal name with a middle initial meets the short form by no key
// or alias. A person name of two or more words that met no stored key
// joins the stored person whose given name is another form of its own
// (entity.GivenForms: "Tim" and "Timothy", "Bob" and "Robert") and whose
// surname is the same, when
//
//   - that person is the only stored one so named, and the only stored
//     person the other forms of its own given name name besides
//     ("Christopher Lind" stays apart from "Chris Lind" while "Christine
//     Lind" is stored too),
//   - neither name has a generational suffix ("Jr.", "III": the suffix
//     rules decide those) and the two carry no different middle initials,
//   - and the two share context as a lone surname must without the
//     prominent person's pass (initialledContext: a person named in both,
//     the same office, or the stored person named in this very article:
//     an article that names "Timothy D. Cook" and then "Tim Cook" names one
//     man, the entity stage having no table to join them).
//
// In the other order a name stored under its own key absorbs the stored
// other-form entity under the same tests. No key changes; a join never
// undoes an existing merge.

import (
	"context"
	"fmt"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/entity"
)

// givenSurname splits a person name into its given name, surname and
// middle initials ("Timothy D. Cook" -> "Timothy", "Cook", "D"); ok is
// false for a name of one word, one with a generational suffix, one whose
// given name is an initial, or initials.
func givenSurname(name string) (given, surname, initials string, ok bool) {
	if entity.IsInitials(name) {
		return "", "", "", false
	}
	words := strings.Fields(name)
	if len(words) < 2 || isGenerational(words[len(words)-1]) {
		return "", "", "", false
	}
	given, surname = words[0], words[len(words)-1]
	if entity.IsInitial(given) || entity.IsInitials(given) || entity.IsInitial(surname) || entity.IsInitials(surname) {
		return "", "", "", false
	}
	var ini strings.Builder
	for _, w := range words[1 : len(words)-1] {
		if entity.IsInitial(w) || entity.IsInitials(w) {
			ini.WriteString(strings.ToUpper(strings.ReplaceAll(w, ".", "")))
		}
	}
	return given, surname, ini.String(), true
}

// givenFormNames returns the names a person name may also be written
// under with another form of its given name ("Tim Cook" -> "timothy
// Cook"), or nil.
func givenFormNames(name string) []string {
	first, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	forms := entity.GivenForms(first)
	if forms == nil {
		return nil // most names: no other form (and no allocation)
	}
	given, surname, _, ok := givenSurname(name)
	if !ok || given != first {
		return nil
	}
	var out []string
	for _, f := range forms {
		out = append(out, f+" "+surname)
	}
	return out
}

// givenFormCandidates returns the stored persons other than skip named,
// by key or alias, by one of forms, whose own name has no generational
// suffix (at most three).
func givenFormCandidates(ctx context.Context, tx dbtx, forms []string, skip int64) ([]storedEnt, error) {
	if len(forms) == 0 {
		return nil, nil
	}
	ph := "?" + strings.Repeat(", ?", len(forms)-1)
	q := `SELECT id, name, mentions FROM entities WHERE type = 'PER' AND id != ? AND (key IN (` + ph + `) OR id IN (
		SELECT entity_id FROM entity_aliases WHERE alias COLLATE NOCASE IN (` + ph + `))) ORDER BY id LIMIT 4`
	args := []any{skip}
	for _, f := range forms {
		args = append(args, entityKey(f, core.Person))
	}
	for _, f := range forms {
		args = append(args, f)
	}
	return storedEnts(ctx, tx, func(s storedEnt) bool {
		_, _, _, ok := givenSurname(s.name)
		return ok
	}, q, args...)
}

// otherNames reports whether the stored person id carries a name of
// the same surname that given does not stand for: other middle initials
// than ini ("Timothy D. Cook" against a stored "Tim X. Cook") or a given
// name that is no form of given ("Christine Lind" against a stored "Chris
// Lind" that "Christopher Lind" joined).
func otherNames(ctx context.Context, tx dbtx, id int64, name, given, surname, ini string) (bool, error) {
	aliases, err := entityAliases(ctx, tx, id)
	if err != nil {
		return false, err
	}
	forms := map[string]bool{strings.ToLower(given): true}
	for _, f := range entity.GivenForms(given) {
		forms[f] = true
	}
	for _, a := range append(aliases, name) {
		g, s, i, ok := givenSurname(a)
		if !ok || !strings.EqualFold(s, surname) {
			continue
		}
		if i != "" && ini != "" && i != ini {
			return true, nil
		}
		if !forms[strings.ToLower(g)] && entityKey(g+" "+s, core.Person) != entityKey(given+" "+surname, core.Person) {
			return true, nil
		}
	}
	return false, nil
}

// givenFormPartner returns the one stored person other than skip that the
// person name names with another form of its given name, checked both
// ways (see the file comment), or ok false.
func givenFormPartner(ctx context.Context, tx dbtx, name string, skip int64) (storedEnt, bool, error) {
	forms := givenFormNames(name)
	if forms == nil {
		return storedEnt{}, false, nil
	}
	given, surname, ini, _ := givenSurname(name)
	cands, err := givenFormCandidates(ctx, tx, forms, skip)
	if err != nil || len(cands) != 1 {
		return storedEnt{}, false, err
	}
	c := cands[0]
	// The partner's own other forms name no one but name (or skip).
	back, err := givenFormCandidates(ctx, tx, givenFormNames(c.name), c.id)
	if err != nil {
		return storedEnt{}, false, err
	}
	for _, b := range back {
		if b.id != skip {
			return storedEnt{}, false, nil
		}
	}
	if other, err := otherNames(ctx, tx, c.id, c.name, given, surname, ini); err != nil || other {
		return storedEnt{}, false, err
	}
	return c, true, nil
}

// givenFormOwner returns the stored person an incoming person name, not
// stored under its own key, names with another form of its given name, or
// 0 (see the file comment).
func givenFormOwner(ctx context.Context, tx dbtx, e core.Entity, jc *joinContext) (int64, string, error) {
	if e.Type != core.Person || jc == nil {
		return 0, "", nil
	}
	c, ok, err := givenFormPartner(ctx, tx, e.Name, 0)
	if err != nil || !ok {
		return 0, "", err
	}
	if ok, err := initialledContext(ctx, tx, jc, c.id, 0, e.Name, c.name); err != nil || !ok {
		return 0, "", err
	}
	return c.id, c.name, nil
}

// absorbGivenForm merges into the person eid, stored under its own name
// e, the stored person its name names with another form of the given
// name, under the tests of givenFormOwner.
func absorbGivenForm(ctx context.Context, tx dbtx, eid int64, e core.Entity, jc *joinContext) error {
	if e.Type != core.Person || jc == nil {
		return nil
	}
	c, ok, err := givenFormPartner(ctx, tx, e.Name, eid)
	if err != nil || !ok {
		return err
	}
	if ok, err := initialledContext(ctx, tx, jc, eid, c.id, c.name, e.Name); err != nil || !ok {
		return err
	}
	if err := mergeEntityInto(ctx, tx, c.id, eid); err != nil {
		return fmt.Errorf("merge %q into %q: %w", c.name, e.Name, err)
	}
	return nil
}
