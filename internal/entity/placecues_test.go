package entity

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestIntersectionsArePlaces checks intersectionPlaces: two one-word
// names joined by "and" after "at" or "corner of" are streets; a given
// name, a person's surname in the article and a firm stay as typed.
func TestIntersectionsArePlaces(t *testing.T) {
	checkTypes(t, []typeCase{
		{"I am in the middle of the crowd at Quarry and [Tarrow|PER] in my district.", "Tarrow", core.Location},
		{"Police closed the corner of [Tarrow|PER] and Quarry, witnesses said.", "Tarrow", core.Location},
		{"The march ended at Quarry and [Tarrow|PER].\nPolice came.", "Tarrow", core.Location},
		{"Crowds gathered around Quarry and [Tarrow Ave.|PER] at dusk. I am at Quarry and [Tarrow|PER] in my district.", "Tarrow", core.Location},
		{"[Ana Tarrow|PER] spoke. We met at Quarry and [Tarrow|PER] in town.", "Ana Tarrow", core.Person},
		{"He looked at John and [Tarrow|PER] in court.", "Tarrow", core.Person},
		{"She works at Quarry and [Tarrow|PER] LLP now.", "Tarrow", core.Person},
		{"He sat with Quarry and [Tarrow|PER] in court.", "Tarrow", core.Person},
		{"Ana Lind, product lead at [Vellzilla|ORG] and [Tarrow|PER]\n\nKim Vo, editor.", "Tarrow", core.Person},
	})
}

// TestCitiesBeforeRegions checks citiesBeforeRegions: a name typed PER
// after "in" or "from" and set off from a state or a country by a comma
// is a town; a person before a comma stays.
func TestCitiesBeforeRegions(t *testing.T) {
	checkTypes(t, []typeCase{
		{"The storm hit homes in [Tarrowby|PER], Oklahoma, on Monday.", "Tarrowby", core.Location},
		{"A family from [Vellmont|PER], Okla., was safe.", "Vellmont", core.Location},
		{"Fans came from [Kesh Falls|PER], New Mexico, by bus.", "Kesh Falls", core.Location},
		{"She grew up in [Quorvale|PER], Ghana.", "Quorvale", core.Location},
		{"The award went to [Tarrowby|PER], Oklahoma's senator.", "Tarrowby", core.Person},
		{"A letter from [John Tarrow|PER], Ghana and Peru.", "John Tarrow", core.Person},
		{"We spoke with [Tarrowby|PER], Oklahoma's coach.", "Tarrowby", core.Person},
	})
}

// TestCitedAuthors checks citedAuthors: a surname with its initials in a
// reference list is a person.
func TestCitedAuthors(t *testing.T) {
	checkTypes(t, []typeCase{
		{"12. [Tarrowe N|ORG] et al. A study of rashes. J Derm. 2015;72:984.", "Tarrowe N", core.Person},
		{"36. [Vellani|LOC] M, Kesh R, Quorr C. Drug rash. Indian J. 2004;49:154.", "Vellani", core.Person},
		{"61. [Quorbrook|ORG] V et al. Trial of a drug. Lancet. 2016.", "Quorbrook", core.Person},
		{"24. Sood N,[Tarrowid E|ORG],Kesh A,et al. Insurance for the poor.", "Tarrowid E", core.Person},
		{"Watch it on [Vellflix TV|ORG], Quorr HD or cable.", "Vellflix TV", core.Organisation},
		{"[Vellcorp|ORG] said on Monday it would hire.", "Vellcorp", core.Organisation},
	})
}
