// Package novelty finds what is new in an article: the sentences that add
// information not present in the earlier articles of its storyline.
//
// A sentence is old when most of its content words (Snowball stems, stop
// words dropped) already stood together in one earlier sentence of the
// storyline, or when it only repeats a claim the storyline already holds
// (package claims: "ready for talks" after "readiness for negotiations").
// It is new otherwise, and the reason names what is new: words never seen
// together before, or a name or number the storyline never mentioned.
//
// The memory of each storyline is behind the Memory interface so that a
// store can persist it; NewMemMemory keeps a bounded number of sentences per
// storyline in memory.
package novelty
