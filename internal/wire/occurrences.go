package wire

import "github.com/storyline/storyline/internal/store"

// OccurrencesShown bounds the occurrences a list of claims prints under each
// claim (`storyline claims`, the /claims page): the first ones and the
// latest, with how many were left out between them. One claim asked for by
// its key (`claims --key`, /claims?key=) lists them all, as --json and
// /api/claims always do. A claim a hundred articles repeat made a page of
// a hundred claims half a megabyte long.
const OccurrencesShown = 5

// CutOccurrences are a claim's occurrences as a list shows them: Head (the
// first, in publication order), then Hidden left out, then Tail (the
// latest). A claim of OccurrencesShown or fewer has them all in Head.
type CutOccurrences struct {
	Head   []store.ClaimOccurrence
	Hidden int
	Tail   []store.ClaimOccurrence
}

// Cut returns occ cut to OccurrencesShown (the first ones and the latest),
// or whole when all is set.
func Cut(occ []store.ClaimOccurrence, all bool) CutOccurrences {
	if all || len(occ) <= OccurrencesShown {
		return CutOccurrences{Head: occ}
	}
	n := len(occ)
	return CutOccurrences{Head: occ[:OccurrencesShown-1], Hidden: n - OccurrencesShown, Tail: occ[n-1:]}
}
