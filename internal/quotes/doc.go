// Package quotes finds quotations in article text and attributes them to
// speakers.
//
// It finds direct quotes (straight or curly marks, split quotes, quotes that
// run over several paragraphs, quotes introduced by a colon), short scare
// quotes inside attributed sentences (marked Fragment), and reported speech
// ("Putin said Russia is ready ...", "according to officials, ...") cued by
// an embedded reporting-verb lexicon (verbs.txt, see NOTE.md), and other
// attributions as PolNeAR annotates them (beliefs, intentions, evidence,
// noun cues: "hopes", "seemed", "polls show", "criticism of") cued by a
// lexicon learned from the PolNeAR train split (cues.txt). Quote.Kind tells
// direct quotes, reported speech and those other attributions apart.
//
// Speakers are named through a Resolver, which maps text to entity mentions
// with canonical names; the analyze layer plugs in the NER tagger and the
// entity canonicaliser, and Heuristic is a self-contained fallback built on
// capitalised names. Pronouns ("he added") and descriptions ("the minister
// said", "the Russian president said") resolve to the most recent compatible
// person.
//
// Every stage is linear in the length of the text: a 1 MB paragraph or a text
// full of unbalanced quote marks costs time in proportion to its size.
package quotes
