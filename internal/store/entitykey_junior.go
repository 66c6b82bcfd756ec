package store

// "Jr." across articles: entity.Key keeps a generational suffix, as it
// tells a son from his father within an article ("Donald Trump Jr." beside
// "Donald Trump"). Across articles the news writes one man both ways:
// "Joseph R. Biden Jr." in one, "Joe Biden" in another; "Martin Luther
// King Jr." and "Martin Luther King". A person named with "Jr." and the
// stored person of the same name without it (middle initials and the
// given name's diminutive folded as entity.Key folds them) are one entity
// when
//
//   - the name with "Jr." is written in full with a middle initial or a
//     middle name, the formal style the news gives a known man on first
//     mention ("Joseph R. Biden Jr.", "James B. Comey Jr.", "Martin
//     Luther King Jr.": formalJunior); without either the suffix is
//     what tells the son from the father ("Jerry Falwell Jr." in a 2016
//     article and the founder "Jerry Falwell" in another: two men, held5),
//   - the incoming article names no other person of that name in the
//     other generation (father and son named together are two),
//   - no stored article names the two apart (once an article has named
//     both, they stay two),
//   - and the two share context as a lone surname must (surnameJoins: a
//     prominent stored person, a person named in both, or the same
//     office).
//
// The join runs in either order of arrival. "Sr." is left alone: the
// unsuffixed name in the news is as often the son. A known limit: a son's
// first article that names him alone ("Orla T. Brannock Jr."), arriving
// after his father's and before any article names the two apart, joins
// the father; the news seldom names a "Jr." without his father.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/entity"
)

// juniorBase returns a person name without a trailing "Jr." (or "Jnr"):
// "Joseph R. Biden Jr." -> "Joseph R. Biden"; "" when it has none.
func juniorBase(name string) string {
	words := strings.Fields(name)
	n := len(words)
	if n < 3 {
		return "" // "Trump Jr." is the son by the news's own usage
	}
	w := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(words[n-1], ","), "."))
	if w != "jr" && w != "jnr" {
		return ""
	}
	return strings.TrimSuffix(strings.Join(words[:n-1], " "), ",")
}

// generationKey is a person's key with neither a generational suffix nor
// middle initials ("Joseph R. Biden Jr." and "Joe Biden" meet), or "" for
// a name of fewer than two words.
func generationKey(name string) string {
	words := strings.Fields(name)
	for len(words) > 2 && isGenerational(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) < 2 {
		return ""
	}
	n := strings.Join(words, " ")
	if bare := withoutInitials(n); bare != "" {
		n = bare
	}
	return entityKey(n, core.Person)
}

// otherGeneration reports whether the incoming article names, besides
// name, another person whose name differs from it only by a generational
// suffix or middle initials: father and son named together.
func otherGeneration(jc *joinContext, name string) bool {
	if jc == nil {
		return false
	}
	k := generationKey(name)
	for _, n := range jc.others(name) {
		if generationKey(n) == k && entityKey(n, core.Person) != entityKey(name, core.Person) {
			return true
		}
	}
	return false
}

// juniorPartner returns the stored person (id and name) that a person
// name differing from name by "Jr." alone (middle initials and
// diminutives folded) names, other than self, or ok false.
func juniorPartner(ctx context.Context, tx dbtx, name string, self int64) (storedEnt, bool, error) {
	var keys, aliases []string
	if base := juniorBase(name); base != "" {
		if !formalJunior(base) {
			return storedEnt{}, false, nil
		}
		keys = append(keys, entityKey(base, core.Person))
		if bare := withoutInitials(base); bare != "" {
			keys = append(keys, entityKey(bare, core.Person))
		}
	} else if len(strings.Fields(name)) >= 2 && !isGenerational(lastWord(name)) {
		// The stored "Joseph R. Biden Jr." (a "Jr." name needs its middle
		// initial) has the alias "Joseph Biden Jr." (withoutInitials),
		// which "Joe Biden" folded finds.
		folded := strings.TrimPrefix(entityKey(name, core.Person), string(core.Person)+":")
		aliases = append(aliases, folded+" jr", folded+" jr.")
	} else {
		return storedEnt{}, false, nil
	}
	for _, k := range keys {
		s, ok, err := byKey(ctx, tx, k)
		if err != nil || (ok && s.id != self) {
			return s, ok && s.id != self, err
		}
	}
	if len(aliases) == 0 {
		return storedEnt{}, false, nil
	}
	var s storedEnt
	err := tx.QueryRowContext(ctx, `SELECT e.id, e.name, e.mentions FROM entity_aliases al JOIN entities e ON e.id = al.entity_id
		WHERE al.alias COLLATE NOCASE IN (?, ?) AND e.type = 'PER' AND e.id != ? ORDER BY e.mentions DESC, e.id LIMIT 1`,
		aliases[0], aliases[1], self).Scan(&s.id, &s.name, &s.mentions)
	if errors.Is(err, sql.ErrNoRows) {
		return s, false, nil
	}
	if err != nil {
		return s, false, err
	}
	if generationKey(s.name) != generationKey(name) || !formalJunior(juniorBase(s.name)) {
		return s, false, nil
	}
	return s, true, nil
}

// lastWord returns the last word of name ("" when none).
func lastWord(name string) string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// namedApart reports whether a stored article names both a and b.
func namedApart(ctx context.Context, tx dbtx, a, b int64) (bool, error) {
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM article_entities x JOIN article_entities y ON y.article_id = x.article_id
		WHERE x.entity_id = ? AND y.entity_id = ? LIMIT 1`, a, b).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// juniorOwner returns the stored person an incoming person name belongs
// to by the "Jr." rule (see the file comment), or 0.
func juniorOwner(ctx context.Context, tx dbtx, e core.Entity, jc *joinContext) (int64, string, error) {
	if e.Type != core.Person || entity.IsInitials(e.Name) {
		return 0, "", nil
	}
	s, ok, err := juniorPartner(ctx, tx, e.Name, 0)
	if err != nil || !ok || otherGeneration(jc, e.Name) {
		return 0, "", err
	}
	if ok, err := surnameJoins(ctx, tx, jc, s.id, 0, e.Name, s.name); err != nil || !ok {
		return 0, "", err
	}
	return s.id, s.name, nil
}

// absorbJunior merges into the person eid, stored under its full name e,
// the stored person its name with or without "Jr." names, under the same
// tests as juniorOwner and when no stored article names the two apart.
func absorbJunior(ctx context.Context, tx dbtx, eid int64, e core.Entity, jc *joinContext) error {
	if e.Type != core.Person || entity.IsInitials(e.Name) {
		return nil
	}
	s, ok, err := juniorPartner(ctx, tx, e.Name, eid)
	if err != nil || !ok || otherGeneration(jc, e.Name) {
		return err
	}
	if apart, err := namedApart(ctx, tx, s.id, eid); err != nil || apart {
		return err
	}
	if ok, err := surnameJoins(ctx, tx, jc, eid, s.id, s.name, e.Name); err != nil || !ok {
		return err
	}
	if err := mergeEntityInto(ctx, tx, s.id, eid); err != nil {
		return fmt.Errorf("merge %q into %q: %w", s.name, e.Name, err)
	}
	return nil
}

// formalJunior reports whether the name before a "Jr." is written in the
// formal style the news gives a known man: with a middle initial ("Joseph
// R. Biden") or a middle name in full ("Martin Luther King"; withoutMiddle).
// The plain name then matches only the same words (generationKey folds
// initials, not middle names): "Martin Luther King", not "Martin King".
func formalJunior(base string) bool {
	return middleInitial(base) || withoutMiddle(base) != ""
}

// middleInitial reports whether a person name of three or more words has
// an initial between its given name and its surname ("Joseph R. Biden").
func middleInitial(name string) bool {
	words := strings.Fields(name)
	for i := 1; i+1 < len(words); i++ {
		if entity.IsInitial(words[i]) {
			return true
		}
	}
	return false
}
