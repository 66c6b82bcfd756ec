// Package ner finds named entities (people, organisations, places and other
// names, CoNLL's PER, ORG, LOC and MISC) in English news text.
//
// The tagger is a first-order averaged perceptron over IOB2 tags with Viterbi
// decoding. Its features are the word, its shape, affixes and capitalisation,
// the neighbouring words, membership in the hand-written gazetteers of
// package gazetteer, and document-level evidence (how the same word is
// written elsewhere in the document, which helps all-capitals headlines and
// sentence-initial words). The weights are trained by this package's own
// code (see cmd/train and NOTE.md) and embedded in the binary.
//
// Default returns the embedded model, loaded once on first use. A Tagger is
// read-only after loading and safe for concurrent use. WordCluster and
// KnownLower expose the embedded word clusters (KnownLower: whether a
// word's lower-case form occurs in the clusters' news text, which tells a
// common word opening a sentence from a name).
package ner
