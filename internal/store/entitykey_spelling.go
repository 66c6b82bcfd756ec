package store

// A surname spelled one letter apart across articles. Writers and
// transliterations differ by a letter ("Gregg Miliote" in two articles,
// "Gregg Milliote" in a third; "Alexis Kougias" / "Kouyias"); the key
// keeps them two entities. A person named by a given name and a surname
// joins the stored person with the same given name and a surname one
// letter apart (a letter added, dropped or changed; same first letter;
// five letters or more) when that person is the only such one stored and
// the two share context as a given name must (contextJoins: a person named
// in both articles, or the same office). An article that names both keeps
// them two (as "Jr." beside his father). A trailing "s" is no spelling
// ("Jenkin", "Jenkins" are two families as often), nor is a name with
// initials, a middle name or a suffix: only two-word names ask.
//
// Cost: asked only of a two-word person name no stored entity has under
// its key; one range read of the key index (the keys with the given name
// and the surname's first letter, of a length one apart at most), then the
// context test for the one candidate.

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
)

// minSpellingLetters is how long both surnames must be for a one-letter
// difference to be a spelling ("Lee" and "Lea" are two names).
const minSpellingLetters = 5

// maxSpellingCandidates bounds the keys read for one name.
const maxSpellingCandidates = 64

// spellingOwner returns the stored person a two-word person name with a
// surname spelled one letter apart belongs to (see the file comment), or
// 0.
func spellingOwner(ctx context.Context, tx dbtx, e core.Entity, jc *joinContext) (int64, string, error) {
	if e.Type != core.Person || len(strings.Fields(e.Name)) != 2 {
		return 0, "", nil
	}
	key := entityKey(e.Name, core.Person)
	i := strings.LastIndexByte(key, ' ')
	if i < 0 || strings.Count(key, " ") != 1 || utf8.RuneCountInString(key[i+1:]) < minSpellingLetters {
		return 0, "", nil
	}
	prefix, surname := key[:i+1], key[i+1:]
	if utf8.RuneCountInString(prefix) < len("PER:")+3 || strings.Contains(prefix, ".") {
		return 0, "", nil // an initial is no given name
	}
	// Keys with the given name and the surname's first letter, of a length
	// one apart at most: a range of the key index.
	first, _ := utf8.DecodeRuneInString(surname)
	n := utf8.RuneCountInString(key)
	rows, err := tx.QueryContext(ctx, `SELECT id, name, key FROM entities WHERE key >= ? AND key < ? AND length(key) BETWEEN ? AND ? AND type = 'PER' LIMIT ?`,
		prefix+string(first), prefix+string(first+1), n-1, n+1, maxSpellingCandidates)
	if err != nil {
		return 0, "", err
	}
	var found storedEnt
	n = 0
	for rows.Next() {
		var s storedEnt
		var k string
		if err := rows.Scan(&s.id, &s.name, &k); err != nil {
			rows.Close()
			return 0, "", err
		}
		if other := k[len(prefix):]; !strings.Contains(other, " ") && oneLetterApart(surname, other) {
			found = s
			n++
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil || n != 1 {
		return 0, "", err
	}
	if jc != nil && containsFold(jc.names, found.name) {
		return 0, "", nil // the article names both: two persons
	}
	ok, err := contextJoins(ctx, tx, jc, found.id, 0, e.Name, found.name)
	if err != nil || !ok {
		return 0, "", err
	}
	return found.id, found.name, nil
}

// oneLetterApart reports whether a and b (lower-case) differ by one letter
// added, dropped or changed, begin with the same letter, are both
// minSpellingLetters long or more, and do not differ by a trailing "s".
func oneLetterApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < minSpellingLetters || len(rb) < minSpellingLetters || ra[0] != rb[0] || a == b {
		return false
	}
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	switch len(rb) - len(ra) {
	case 0:
		diff := 0
		for i := range ra {
			if ra[i] != rb[i] {
				diff++
			}
		}
		return diff == 1
	case 1:
		if rb[len(rb)-1] == 's' && string(rb[:len(rb)-1]) == string(ra) {
			return false // "Jenkin", "Jenkins"
		}
		i := 0
		for i < len(ra) && ra[i] == rb[i] {
			i++
		}
		return string(ra[i:]) == string(rb[i+1:])
	}
	return false
}
