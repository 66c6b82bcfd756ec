package store

// Initialled names across articles: results tables, scorecards and
// agency round-ups name a person by an initial and the surname ("A.
// Stewart 44") where the report beside them gives the full name ("Alec
// Stewart"). An initialled person name (one capital initial, then a
// surname of one word) joins the stored person whose given name starts
// with that initial and whose surname is the same, when that person is
// the only one stored so ("C. Lewis" stays apart while both "Chris Lewis"
// and "Carl Lewis" are stored) and the two share context as a lone
// surname must (contextJoins: a person named in both, or the same
// office), a person named in both counted also when one article gives
// the initialled name and the other the full name ("J. Russell" in the
// scorecard, "Jack Russell" in the report: initialledContext); in either
// order of arrival: a full name arriving later absorbs
// the initialled entity stored before it under the same test.

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/entity"
)

// initialled splits an initialled person name ("A. Stewart", "A Stewart")
// into its initial and surname; ok is false for any other name.
func initialled(name string) (initial rune, surname string, ok bool) {
	words := strings.Fields(name)
	if len(words) != 2 || !entity.IsInitial(words[0]) || entity.IsInitials(words[1]) {
		return 0, "", false
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	s, _ := utf8.DecodeRuneInString(words[1])
	if !unicode.IsUpper(s) || strings.HasSuffix(words[1], ".") {
		return 0, "", false // "A. Stewart" yes; "J. b.", "A. Jr." no
	}
	return r, words[1], true
}

// initialledForm returns the initialled form of a person's full name
// ("Alec Stewart", "Alec J. Stewart" -> "A. Stewart"), or "" when its
// given name is an initial or it has no surname after one.
func initialledForm(name string) string {
	words := strings.Fields(name)
	for len(words) > 2 && isGenerational(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) < 2 || entity.IsInitial(words[0]) || entity.IsInitials(words[len(words)-1]) {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	if !unicode.IsUpper(r) {
		return ""
	}
	return string(r) + ". " + words[len(words)-1]
}

// isGenerational reports whether w is a generational suffix ("Jr.", "Sr",
// "III").
func isGenerational(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return numberedSuffix[w] || strings.EqualFold(w, "jr") || strings.EqualFold(w, "sr") ||
		strings.EqualFold(w, "jnr") || strings.EqualFold(w, "snr")
}

// initialledCandidates returns the ids and names of the stored persons of
// two or more words, the given name no initial, that an initialled name
// (initial, surname) may stand for: a name or alias with that initial
// and surname.
func initialledCandidates(ctx context.Context, tx dbtx, initial rune, surname string) ([]int64, []string, error) {
	lo := string(unicode.ToUpper(initial))
	hi := string(unicode.ToUpper(initial) + 1)
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT e.id, e.name, al.alias FROM entity_aliases al JOIN entities e ON e.id = al.entity_id
		WHERE al.alias >= ? COLLATE NOCASE AND al.alias < ? COLLATE NOCASE AND al.alias LIKE ? AND e.type = 'PER' ORDER BY e.id`,
		lo, hi, "% "+surname+"%")
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	want := entityKey(initialledFormOf(initial, surname), core.Person)
	var ids []int64
	var names []string
	for rows.Next() {
		var id int64
		var name, alias string
		if err := rows.Scan(&id, &name, &alias); err != nil {
			return nil, nil, err
		}
		if len(ids) > 0 && ids[len(ids)-1] == id {
			continue
		}
		if f := initialledForm(alias); f == "" || entityKey(f, core.Person) != want || entity.IsInitials(name) {
			continue
		}
		if _, _, ok := initialled(name); ok {
			continue // an initialled entity is no full name
		}
		ids, names = append(ids, id), append(names, name)
	}
	return ids, names, rows.Err()
}

// initialledFormOf is the initialled name of initial and surname.
func initialledFormOf(initial rune, surname string) string {
	return string(unicode.ToUpper(initial)) + ". " + surname
}

// initialledOwner returns the stored person an incoming initialled name
// belongs to (see the file comment), or 0.
func initialledOwner(ctx context.Context, tx dbtx, name string, jc *joinContext) (int64, string, error) {
	initial, surname, ok := initialled(name)
	if !ok {
		return 0, "", nil
	}
	ids, names, err := initialledCandidates(ctx, tx, initial, surname)
	if err != nil || len(ids) != 1 {
		return 0, "", err
	}
	if ok, err := initialledContext(ctx, tx, jc, ids[0], 0, name, names[0]); err != nil || !ok {
		return 0, "", err
	}
	return ids[0], names[0], nil
}

// absorbInitialled merges into the person eid, stored under its full
// name, the lone entity of the initialled form of its name or of an
// alias, when eid is the only person that form may stand for and the two
// share context.
func absorbInitialled(ctx context.Context, tx dbtx, eid int64, e core.Entity, jc *joinContext) error {
	if e.Type != core.Person {
		return nil
	}
	seen := map[string]bool{}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		f := initialledForm(n)
		if f == "" || seen[f] {
			continue
		}
		seen[f] = true
		lone, ok, err := byKey(ctx, tx, entityKey(f, core.Person))
		if err != nil {
			return err
		}
		if !ok || lone.id == eid {
			continue
		}
		initial, surname, _ := initialled(f)
		ids, _, err := initialledCandidates(ctx, tx, initial, surname)
		if err != nil {
			return err
		}
		if len(ids) != 1 || ids[0] != eid {
			continue
		}
		if ok, err := initialledContext(ctx, tx, jc, eid, lone.id, lone.name, e.Name); err != nil || !ok {
			if err != nil {
				return err
			}
			continue
		}
		if err := mergeEntityInto(ctx, tx, lone.id, eid); err != nil {
			return fmt.Errorf("merge %q into %q: %w", lone.name, e.Name, err)
		}
	}
	return nil
}

// maxContextNames bounds how many co-named persons initialledContext
// reads.
const maxContextNames = 400

// initialledContext is contextJoins for an initialled name and a full
// name: besides what contextJoins counts, a person named in the incoming
// article and one named in an article of the stored entity (lone, or
// owner when lone is 0) count as one when their initialled forms meet
// ("J. Russell" and "Jack Russell"), the pair's own surname left out.
func initialledContext(ctx context.Context, tx dbtx, jc *joinContext, owner, lone int64, word, ownerName string) (bool, error) {
	if ok, err := contextJoins(ctx, tx, jc, owner, lone, word, ownerName); err != nil || ok || jc == nil {
		return ok, err
	}
	own := initialledKey(word)
	mine := map[string]bool{}
	for _, n := range jc.others(word, ownerName) {
		if k := initialledKey(n); k != "" && k != own {
			mine[k] = true
		}
	}
	if len(mine) == 0 {
		return false, nil
	}
	probe := owner
	if lone != 0 {
		probe = lone
	}
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT e.name FROM article_entities ao
		JOIN article_entities ae ON ae.article_id = ao.article_id AND ae.entity_id != ao.entity_id
		JOIN entities e ON e.id = ae.entity_id AND e.type = 'PER' AND e.id != ?
		WHERE ao.entity_id = ? LIMIT ?`, owner, probe, maxContextNames)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return false, err
		}
		if mine[initialledKey(n)] {
			return true, nil
		}
	}
	return false, rows.Err()
}

// initialledKey is the key of a person name's initialled form: the name
// itself when initialled, else its initialled form ("" for neither).
func initialledKey(name string) string {
	if _, _, ok := initialled(name); ok {
		return entityKey(name, core.Person)
	}
	if f := initialledForm(name); f != "" {
		return entityKey(f, core.Person)
	}
	return ""
}
