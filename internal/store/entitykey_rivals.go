package store

// Lone surnames with rivals (twentieth session). A stored person named in
// prominentArticles articles or more takes a lone surname of an incoming
// article without shared context ("Obama" joins "Barack Obama"). When
// another stored person of that surname, named in two or more articles,
// has also been called by the surname alone (a rival: "Reggie Bush" beside
// "George W. Bush"), prominence is no evidence: the surname joins the
// owner only when the two share context (contextJoins), and when the owner
// does not, it joins the one rival that does ("The Harbours placed Vell
// on injured reserve, coach Tomas Brink said" joins the footballer "Kasey
// Vell", whose articles name Tomas Brink, not the politician "Dorian
// Vell"); otherwise it stays its own entity. A lone
// surname no stored person clearly owns (two of like weight) joins the one
// of them that shares the article's context, as well; and a surname typed
// otherwise than a person ("Bush" typed ORG) joins the rival the article
// itself names in full ("Reggie Bush").

import (
	"context"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/entity"
)

// rivalArticles is how many articles a stored person of a surname needs
// to count as a rival of the person that owns it.
const rivalArticles = 2

// surnameRivals returns the stored persons other than owner and lone,
// named in rivalArticles articles or more by a name of two or more words
// whose surname is word, that have word itself as an alias; most mentioned
// first, at most maxRivals of them. The persons that have the alias are
// read up to rivalScan of them (a bound on the cost), and those not named
// by the surname (initials, another last word) are dropped before the
// first maxRivals are kept, so namesakes of another surname hide no rival.
func surnameRivals(ctx context.Context, tx dbtx, word string, owner, lone int64) ([]storedEnt, error) {
	rs, err := storedEnts(ctx, tx, func(s storedEnt) bool {
		return !entity.IsInitials(s.name) && surnameOf(word, s.name)
	}, `SELECT DISTINCT e.id, e.name, e.mentions FROM entity_aliases al JOIN entities e ON e.id = al.entity_id
		WHERE al.alias COLLATE NOCASE = ? AND e.type = 'PER' AND e.name LIKE '% %' AND e.id NOT IN (?, ?)
		AND e.n_articles >= ? ORDER BY e.mentions DESC, e.id LIMIT ?`, word, owner, lone, rivalArticles, rivalScan)
	if len(rs) > maxRivals {
		rs = rs[:maxRivals]
	}
	return rs, err
}

// maxRivals is how many rivals surnameRivals returns at most; rivalScan
// how many persons with the alias it reads to find them.
const (
	maxRivals = 3
	rivalScan = 32
)

// hasRival reports whether a stored person other than owner and lone
// rivals owner for the lone surname word (surnameRivals).
func hasRival(ctx context.Context, tx dbtx, word string, owner, lone int64) (bool, error) {
	rs, err := surnameRivals(ctx, tx, word, owner, lone)
	return len(rs) > 0, err
}

// rivalOwner returns the one stored person of the surname word other than
// skip (the owner that did not join, or 0) that shares the incoming
// article's context, or 0 when none or more than one does. When the
// article names one person of that surname in full, only that person may
// be the one; when it names two, none is.
func rivalOwner(ctx context.Context, tx dbtx, jc *joinContext, word string, skip int64) (int64, string, error) {
	if jc == nil {
		return 0, "", nil
	}
	full := namedInFull(jc, word)
	rs, err := surnameRivals(ctx, tx, word, skip, 0)
	if err != nil || len(rs) == 0 || len(full) > 1 {
		return 0, "", err
	}
	if len(full) == 1 {
		// The article names the person in full ("Reggie Bush" and "Bush"
		// typed ORG): that rival, or none.
		for _, r := range rs {
			if strings.EqualFold(r.name, full[0]) {
				return r.id, r.name, nil
			}
		}
		return 0, "", nil
	}
	var got storedEnt
	for _, r := range rs {
		ok, err := contextJoins(ctx, tx, jc, r.id, 0, word, r.name)
		if err != nil {
			return 0, "", err
		}
		if ok {
			if got.id != 0 {
				return 0, "", nil // two share the context: no evidence for either
			}
			got = r
		}
	}
	return got.id, got.name, nil
}

// loneSurnameOwner returns the stored person the incoming lone one-word
// person name e joins: the person that owns it (surnameOwner) when
// surnameJoins lets it (contextJoins when the word is not the owner's
// surname but its given name or a nickname), else the one rival sharing the article's context
// (rivalOwner), else the holder of the office the article gives it
// (officeOwner), or 0.
func loneSurnameOwner(ctx context.Context, tx dbtx, e core.Entity, jc *joinContext) (int64, string, error) {
	id, name, err := surnameOwner(ctx, tx, e.Name)
	if err != nil {
		return 0, "", err
	}
	if id != 0 {
		joins := surnameJoins
		if !surnameOf(e.Name, name) {
			// A given name or nickname ("Steve" of "Steve Jobs") is no
			// surname: prominence is no evidence, context decides.
			joins = contextJoins
		}
		ok, err := joins(ctx, tx, jc, id, 0, e.Name, name)
		if err != nil {
			return 0, "", err
		}
		if ok {
			return id, name, nil
		}
		return rivalOwner(ctx, tx, jc, e.Name, id)
	}
	if id, name, err := officeOwner(ctx, tx, e, jc); err != nil || id != 0 { // "President Carter" for "Jimmy Carter" (entitykey_office.go)
		return id, name, err
	}
	return rivalOwner(ctx, tx, jc, e.Name, 0)
}

// namedInFull returns the names of the incoming article (jc) of two or
// more words, of any type, whose last word is word: the persons named in
// full of that surname ("Reggie Bush" is one even where the tagger typed
// it ORG), once each.
func namedInFull(jc *joinContext, word string) []string {
	if jc == nil {
		return nil
	}
	var full []string
	for _, n := range jc.all {
		if surnameOf(word, n) && !containsFold(full, n) {
			full = append(full, n)
		}
	}
	return full
}

// containsFold reports whether ss holds s, case-folded.
func containsFold(ss []string, s string) bool {
	for _, x := range ss {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
