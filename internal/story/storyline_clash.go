package story

// Look-alike events: two stories of one class of events (two pirate
// captures by one navy, two riots in one capital, two deaths of one
// scandal's figures) share their cast, the places, the organisations,
// the topic words, so actors and topic alone link them. What tells them
// apart is what each story is about in particular: the ship captured, the
// victim, the man who died, named in most of its articles and never in
// the other's. One running subject (an inquiry, a trial and its verdict,
// a coach's hiring) keeps its protagonist from story to story. So when
// each of two stories has such an own name, they are two events of a
// kind, not one subject, and the link needs a shared claim (the same
// speaker saying the same thing) to go ahead.

// ownClash is the smaller of the two stories' own-name shares (ownShare);
// 0 when either has none.
func ownClash(s, o *Story) float64 {
	a := ownShare(s, o)
	if a == 0 {
		return 0
	}
	return min(a, ownShare(o, s))
}

// ownMinSize is the least number of articles of a story whose own names
// count: in fewer, a name most of them carry may still be a passing
// mention (the newspaper quoted, the month).
const ownMinSize = 6

// ownShare is the share of s's articles naming its most widely named
// actor that o never names, among actors named in at least half of them;
// 0 when there is none or s holds fewer than ownMinSize articles.
// Actors of both stories are sorted by key.
func ownShare(s, o *Story) float64 {
	if s.Size < ownMinSize {
		return 0
	}
	floor := float64(s.Size) / 2
	best := 0.0
	j := 0
	for _, f := range s.Actors {
		for j < len(o.Actors) && o.Actors[j].Key < f.Key {
			j++
		}
		if j < len(o.Actors) && o.Actors[j].Key == f.Key {
			continue
		}
		if f.W >= floor {
			best = max(best, min(f.W/float64(s.Size), 1))
		}
	}
	return best
}
