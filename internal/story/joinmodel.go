package story

import "math"

// joinTrace, when set (tests only), sees every article's candidates: the
// stories, their join features and the story the decision picked (nil for
// a new story). It is how TestTrainJoinModel labels pairs on ECB+ train.
type joinTrace func(d Doc, cands []*Story, xs []joinX, chosen *Story)

// joinProb is the probability by the join model (weights w) that an
// article belongs to the candidate with features x.
func joinProb(w *joinX, x *joinX) float64 {
	var z float64
	for i := range x {
		z += w[i] * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// learnedJoin decides an article's join by the join model: among the
// candidates near (hand scores) with links (mean similarities), the one of
// highest probability joins when that probability reaches
// Options.JoinModel and its link Options.LinkFloor; nil when none does
// (the article starts a story). hand is the hand test's choice, handScore
// its score: under Options.JoinBand the model is asked only when the best
// hand score is within a factor JoinBand of LinkJoin, the hand choice
// standing otherwise.
func (c *Clusterer) learnedJoin(d Doc, q []Feature, ql linkVecs, near []scored, links []float64, hand *Story, handScore float64) (*Story, float64) {
	if len(near) == 0 {
		if c.trace != nil {
			c.trace(d, nil, nil, nil)
		}
		return hand, handScore
	}
	top, passing := 0, 0
	for i, o := range near {
		if o.score >= c.opts.LinkJoin && links[i] >= c.opts.LinkFloor {
			passing++
		}
		if o.score > near[top].score || (o.score == near[top].score && o.s.ID < near[top].s.ID) {
			top = i
		}
	}
	if b := c.opts.JoinBand; b > 0 && c.trace == nil {
		if t := near[top].score; t < c.opts.LinkJoin/b || t > c.opts.LinkJoin*b {
			return hand, handScore
		}
	}
	w := c.joinWeights()
	var best *Story
	bestScore, bestP := 0.0, 0.0
	var xs []joinX
	var cands []*Story
	for i, o := range near {
		x := c.joinFeatures(q, ql, near, links, i, top, passing)
		if c.trace != nil {
			xs = append(xs, x)
			cands = append(cands, o.s)
		}
		p := joinProb(w, &x)
		if p < c.opts.JoinModel || links[i] < c.opts.LinkFloor {
			continue
		}
		if p > bestP || (p == bestP && best != nil && o.s.ID < best.ID) {
			best, bestScore, bestP = o.s, o.score, p
		}
	}
	if c.opts.JoinVeto && c.trace == nil {
		if hand == nil {
			return nil, 0
		}
		for i, o := range near {
			if o.s == hand {
				x := c.joinFeatures(q, ql, near, links, i, top, passing)
				if joinProb(w, &x) < c.opts.JoinModel {
					return nil, 0
				}
			}
		}
		return hand, handScore
	}
	if c.trace != nil {
		if c.opts.JoinModel <= 0 || c.opts.JoinModel > 1 {
			best, bestScore = hand, handScore // tracing the hand test
		}
		c.trace(d, cands, xs, best)
	}
	return best, bestScore
}

// joinWeights are the join model's weights: Options' (tests) or the
// trained ones (joinweights.go).
func (c *Clusterer) joinWeights() *joinX {
	if c.opts.joinW != nil {
		return c.opts.joinW
	}
	return &trainedJoinWeights
}
