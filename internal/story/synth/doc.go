// Package synth generates a synthetic news stream for the scale benchmark:
// articles of realistic length recombined from the sentences of the shared
// clustering corpora (read at run time, never committed), with story
// structure — stories that start, run for a while with several outlets'
// articles and end — syndicated near-copies, and a clock.
//
// Each synthetic story draws most sentences from one source pool (one gold
// story of a corpus) and carries invented names and a number of its own, so
// that stories reusing a pool stay distinguishable, as two summits with the
// same cast are.
package synth
