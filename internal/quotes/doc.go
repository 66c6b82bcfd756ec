// Package quotes finds quotations in article text and attributes them to
// speakers.
//
// It finds direct quotes (straight or curly marks, split quotes, quotes that
// run over several paragraphs, quotes introduced by a colon), short scare
// quotes inside attributed sentences (marked Fragment), and reported speech
// ("Putin said Russia is ready ...", "according to officials, ..."), and
// other attributions as PolNeAR annotates them (beliefs, intentions,
// evidence, noun cues: "hopes", "seemed", "polls show", "criticism of").
// Quote.Kind tells direct quotes, reported speech and those other
// attributions apart.
//
// Reported speech and the other attributions are found by an attribution
// tagger (see Model and NOTE.md): a two-stage averaged perceptron trained on
// the PolNeAR train split that labels each token Source, Cue or Content;
// each Content run is one Quote, its speaker the Source run nearest its Cue
// (else the nearest Source before the Cue in its sentence, else the
// hand-written rules' subject of the cue); the rules in subjects.go put the
// cue's own clause subject first where the nearest Source belongs to
// another clause (a relative clause, an apposition, a coordinated verb). A sentence with a tagged Cue and
// no Content takes the words after the Cue (or before it) as content. Direct quotes still come
// from the quote-mark rules; one that a tagged unit covers lends it its
// marks and, when the unit has no source, its speaker. Options.NoModel
// returns to hand-written rules alone: a reporting-verb lexicon (verbs.txt)
// and a cue lexicon learned from PolNeAR train (cues.txt), see NOTE.md.
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
