package story

// The cohesion floor. Undated, a same-cast story chains article by
// article: each join fits the story relative to its cohesion, and each
// lowers that cohesion, so the next looser article fits too. On ECB+
// train+dev no final story of three articles or more holds its articles
// at a mean similarity below 0.18, while the 2016 campaign blobs of
// PolNeAR (20-50 articles over months) sit at 0.10-0.15. So no join or
// merge may leave a story of three articles or more with a cohesion
// below Options.CohesionFloor: a story can grow only while its articles
// stay about one thing. The floor holds where an undated article is
// involved (the article, or an article of either story): where both sides
// are dated, publication time bounds a story (MaxGap, MaxSpan), and the
// floor, tried there too, cost the dated PolNeAR sample as much recall as
// it gave precision.
//
// The link a join or merge adds is measured without the years the two
// sides share (Options.FloorYears restores them): a year says when, not
// what. Undated, the 2016 campaign stories that chained over months were
// held together by the years their articles cite (a shared "2012" or
// "2016", weighed YearWeight times a term, gave 0.17-0.39 of their
// cohesion, their terms 0.03-0.07), while on ECB+ train+dev the years
// give at most 0.07 of a story's cohesion. The scores that decide which
// story an article joins keep the years: there they tell two subtopics of
// one topic apart (the quake of 2005 from the quake of 2008).

// cohesionFitsJoin reports whether s keeps a cohesion at or above the
// floor once an article with mean similarity a with its articles joins it
// (undated: the article has no publication time); true when there is
// nothing to test: the result would hold fewer than three articles, all
// dated, or s keeps no pair sum.
func (c *Clusterer) cohesionFitsJoin(s *Story, q linkVecs, a float64, undated bool) bool {
	if c.opts.CohesionFloor <= 0 || s.Size < 2 || s.PairSum <= 0 || (!undated && s.Undated <= 0) {
		return true
	}
	n := float64(s.Size)
	a -= c.sharedYears(q.all, s.Centroid) / n
	return (s.PairSum+a*n)/((n+1)*n/2) >= c.opts.CohesionFloor
}

// sharedYears is the part the years make of the mixed similarity of a and
// b (the dot product of their "y:" features, weighed as c.mix weighs the
// whole vectors); 0 under Options.FloorYears.
func (c *Clusterer) sharedYears(a, b []Feature) float64 {
	if c.opts.FloorYears {
		return 0
	}
	ya := kindRange(a, 'y')
	if len(ya) == 0 {
		return 0
	}
	yb := kindRange(b, 'y')
	if len(yb) == 0 {
		return 0
	}
	return c.mix(dot(ya, yb), 0)
}

// cohesionFitsMerge reports whether stories a and b, at mean cross
// similarity x, merge into a story of cohesion at or above the floor
// (true when both are all dated).
func (c *Clusterer) cohesionFitsMerge(a, b *Story, x float64) bool {
	if c.opts.CohesionFloor <= 0 || a.Size+b.Size < 3 || a.Undated+b.Undated <= 0 ||
		(a.Size >= 2 && a.PairSum <= 0) || (b.Size >= 2 && b.PairSum <= 0) {
		return true
	}
	na, nb := float64(a.Size), float64(b.Size)
	n := na + nb
	if na*nb > 0 {
		x -= c.sharedYears(a.Centroid, b.Centroid) / (na * nb)
	}
	return (a.PairSum+b.PairSum+x*na*nb)/(n*(n-1)/2) >= c.opts.CohesionFloor
}
