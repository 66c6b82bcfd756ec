package entity

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// joinGivenForms makes one entity of two persons of one article named
// with two forms of one given name and the same surname ("Timothy D.
// Cook" and later "Tim Cook"; "Rudolph W. Giuliani" and "Rudy Giuliani"):
// matchPerson never pairs them (namesMatch compares the given names as
// written), so each kept its own entity and mentions. It runs once every
// mention is linked, so lone given names and surnames stay where the
// mention loop put them (a join inside the loop left a lone "Fred" apart
// from "Fred LaRue" once that had joined "Frederick Cheney LaRue": entity3,
// NOTE). Two names join only when each is the other's one such partner in
// the article (not "Chris Lind" beside "Christopher" and "Christine
// Lind"), neither has a generational suffix, their middle initials do not
// differ and their genders, where known, agree. The name with more words
// is kept (the earlier on a tie); the other becomes an alias.
func (b *builder) joinGivenForms() {
	type person struct {
		e                     int
		given, surname, inits string
	}
	var bySurname map[string][]person
	var order []string
	for e := range b.res.Entities {
		ent := &b.res.Entities[e]
		if ent.Type != core.Person {
			continue
		}
		words := strings.Fields(ent.Name)
		if len(words) < 2 || generationalSuffix(words[len(words)-1]) != "" {
			continue
		}
		given, surname := words[0], words[len(words)-1]
		if !hasGivenForms(given) || IsInitial(given) || IsInitials(given) {
			continue
		}
		var inits strings.Builder
		for _, w := range words[1 : len(words)-1] {
			if IsInitial(w) || IsInitials(w) {
				inits.WriteString(strings.ToUpper(strings.ReplaceAll(w, ".", "")))
			}
		}
		if bySurname == nil {
			bySurname = map[string][]person{}
		}
		k := fold(surname)
		if bySurname[k] == nil {
			order = append(order, k)
		}
		bySurname[k] = append(bySurname[k], person{e, given, surname, inits.String()})
	}
	related := func(a, b person) bool {
		if fold(a.given) == fold(b.given) {
			return false // the same given name: matchPerson's to decide
		}
		for _, f := range GivenForms(a.given) {
			if fold(f) == fold(b.given) {
				return true
			}
		}
		return false
	}
	drop := map[int]int{} // entity -> the entity it joins
	for _, k := range order {
		ps := bySurname[k]
		if len(ps) < 2 {
			continue
		}
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				a, c := ps[i], ps[j]
				if !related(a, c) || (a.inits != "" && c.inits != "" && a.inits != c.inits) {
					continue
				}
				if ga, gc := b.gender[a.e], b.gender[c.e]; ga != 0 && gc != 0 && ga != gc {
					continue
				}
				only := true
				for x := range ps {
					if x != i && x != j && (related(ps[x], a) || related(ps[x], c)) {
						only = false
					}
				}
				if only {
					drop[c.e] = a.e
				}
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	b.mergePersons(drop)
}

// mergePersons merges each entity of drop into the entity it maps to
// (an earlier one, itself kept) and renumbers the entities after.
func (b *builder) mergePersons(drop map[int]int) {
	for from, into := range drop {
		to, fr := &b.res.Entities[into], &b.res.Entities[from]
		if len(strings.Fields(fr.Name)) > len(strings.Fields(to.Name)) {
			to.Name = fr.Name
		}
		to.Mentions += fr.Mentions
		for f, n := range b.forms[from] {
			b.forms[into][f] += n
		}
		b.addAttr(into, fr.Attributes...)
		if b.res.Country[into] == "" {
			b.res.Country[into] = b.res.Country[from]
		}
		if b.gender[into] == 0 {
			b.gender[into] = b.gender[from]
		}
		if b.lastSeen[from] > b.lastSeen[into] {
			b.lastSeen[into] = b.lastSeen[from]
		}
	}
	newIdx := make([]int, len(b.res.Entities))
	n := 0
	for e := range b.res.Entities {
		if _, gone := drop[e]; gone {
			newIdx[e] = -1
			continue
		}
		newIdx[e] = n
		b.res.Entities[n] = b.res.Entities[e]
		b.res.Country[n] = b.res.Country[e]
		b.forms[n] = b.forms[e]
		b.lastSeen[n] = b.lastSeen[e]
		b.gender[n] = b.gender[e]
		n++
	}
	for e, into := range drop {
		newIdx[e] = newIdx[into]
	}
	b.res.Entities = b.res.Entities[:n]
	b.res.Country = b.res.Country[:n]
	b.forms = b.forms[:n]
	b.lastSeen = b.lastSeen[:n]
	b.gender = b.gender[:n]
	for i := range b.res.Links {
		b.res.Links[i].Entity = newIdx[b.res.Links[i].Entity]
	}
}
