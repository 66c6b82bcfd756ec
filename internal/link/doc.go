// Package link connects each new article to what came before it: the
// near-duplicate it repeats (dedup), the story it belongs to and the
// storyline that story is part of (story), the claims it makes (claims) and
// the sentences that are new to its storyline (novelty). It runs one article
// at a time, in arrival order, over state a store keeps (States), so nothing
// is ever rebuilt.
package link
