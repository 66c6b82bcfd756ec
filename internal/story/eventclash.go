package story

import "slices"

// The event clash: two reports of one cast (the same candidates, the same
// club, the same company) about two different acts — a debate and a
// primary won, an arrest and a trade — share their names and much of
// their words, so the term and entity scores join them. The analysed
// events of each side (Doc.Events: the PLOVER type of each act, or who
// did what to whom) tell the acts apart: when the two sides' entities
// agree (cosine >= Options.EventClashCast) and their events do not
// (cosine < Options.EventClash, each side naming at least
// Options.EventClashMin distinct keys), they are two events.

// eventFeatures are an article's event keys as features of weight one,
// sorted by key, each once.
func eventFeatures(events []string) []Feature {
	ev := uniqueSorted(events)
	f := make([]Feature, len(ev))
	for i, k := range ev {
		f[i] = Feature{KeyOf('v', k), 1}
	}
	sortByKey(f)
	return slices.CompactFunc(f, func(a, b Feature) bool { return a.Key == b.Key })
}

// eventClash reports whether stories a and b are two acts of one cast
// (eventsClash on their events and centroids' entities); off unless
// Options.EventClash > 0.
func (c *Clusterer) eventClash(a, b *Story) bool {
	if c.opts.EventClashUndated && (!a.First.IsZero() || !b.First.IsZero()) {
		return false
	}
	return c.eventsClash(a.Events, b.Events, a.Centroid, b.Centroid)
}

// eventsClash is the clash test on two sides' event features ea, eb and
// feature vectors va, vb (their entities, kind 'e', are compared).
func (c *Clusterer) eventsClash(ea, eb, va, vb []Feature) bool {
	if c.opts.EventClash <= 0 || len(ea) < c.opts.EventClashMin || len(eb) < c.opts.EventClashMin {
		return false
	}
	if cosine(ea, eb) >= c.opts.EventClash {
		return false
	}
	return cosine(kindRange(va, 'e'), kindRange(vb, 'e')) >= c.opts.EventClashCast
}
