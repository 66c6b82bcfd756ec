// Package terms turns news text into the features the story stages compare:
// lower-cased, stop-word-free, stemmed word tokens; sentences; capitalised
// phrases that stand in for named entities when no language layer ran; and
// the years and numbers an article mentions.
//
// Everything here is deterministic and free of global mutable state; the only
// state, a bounded stem cache, lives in a Stemmer value owned by the caller.
package terms
