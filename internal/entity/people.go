package entity

import (
	"slices"
	"strings"
)

// The candidates matchPerson compares a person mention with. Comparing it
// with every entity of the article is quadratic in the names an article
// gives (a new person in every sentence: 4 s for 260 KB). namesMatch only
// pairs names that share their last words (suffixes aside), or a single
// word that is the other name's first word, so past a few dozen entities
// matchPerson asks only the entities indexed under those words.

// firstEntities are 0, 1, 2, ...: the candidates of a short article,
// read only.
var firstEntities = func() (s [32]int) {
	for i := range s {
		s[i] = i
	}
	return s
}()

// A peopleIndex indexes the builder's entities by the folded first and
// last words of their names (after splitSuffix). An entity renamed while
// Resolve runs must be indexed again (builder.rename); an entry of an
// older name stays, a candidate too many that namesMatch turns away.
type peopleIndex struct {
	n       int              // entities indexed: b.res.Entities[:n]
	byLast  map[string][]int // folded last word -> entities
	byFirst map[string][]int // folded first word -> entities
	single  map[string][]int // folded word -> entities of one word
	always  []int            // entities whose names have no words: namesMatch decides
	scratch []int
}

// rename sets entity e's name and indexes it under its new words.
func (b *builder) rename(e int, name string) {
	b.res.Entities[e].Name = name
	if e < b.people.n {
		b.people.add(e, name)
	}
}

func (p *peopleIndex) add(e int, name string) {
	if p.byLast == nil {
		p.byLast, p.byFirst, p.single = map[string][]int{}, map[string][]int{}, map[string][]int{}
	}
	w, _ := splitSuffix(strings.Fields(name))
	if len(w) == 0 {
		p.always = append(p.always, e)
		return
	}
	first, last := fold(w[0]), fold(w[len(w)-1])
	p.byLast[last] = append(p.byLast[last], e)
	p.byFirst[first] = append(p.byFirst[first], e)
	if len(w) == 1 {
		p.single[first] = append(p.single[first], e)
	}
}

// personCandidates returns, in order, the entities matchPerson must
// compare the name words with: all of them in a short article, else a
// superset of those whose names namesMatch pairs with words.
func (b *builder) personCandidates(words []string) []int {
	p := &b.people
	out := p.scratch[:0]
	if len(b.res.Entities) < indexFrom && p.n == 0 {
		if len(b.res.Entities) <= len(firstEntities) {
			return firstEntities[:len(b.res.Entities)]
		}
		for e := range b.res.Entities {
			out = append(out, e)
		}
		p.scratch = out
		return out
	}
	for ; p.n < len(b.res.Entities); p.n++ {
		p.add(p.n, b.res.Entities[p.n].Name)
	}
	w, _ := splitSuffix(words)
	if len(w) == 0 {
		for e := range b.res.Entities {
			out = append(out, e)
		}
		p.scratch = out
		return out
	}
	first, last := fold(w[0]), fold(w[len(w)-1])
	out = append(out, p.byLast[last]...) // the same last word; a single word that is the other's last
	if len(w) == 1 {
		out = append(out, p.byFirst[first]...) // "Xi" and "Xi Jinping"
	} else {
		out = append(out, p.single[first]...) // "Xi Jinping" and "Xi"
	}
	out = append(out, p.always...)
	slices.Sort(out)
	out = slices.Compact(out)
	p.scratch = out
	return out
}
