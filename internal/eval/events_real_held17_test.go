package eval

import (
	_ "embed"
	"testing"
)

// The seventeenth held-out real-news sample of events (session 24,
// events9): sentences of 6-70 words with a word of any category the
// layer types (held15Cue or conflictCue: the neighbouring categories
// APPEAL/DEMAND, ACCUSE/REJECT, CONSULT/AGREE as well as the acts of
// force) from CoNLL-2003 train documents that no earlier events sample
// read: none of the eighth to thirteenth samples' documents, and no
// document a sentence of held14, held15, held16, calib16 or calib17 comes
// from (no sports report), drawn by a hash seeded "held17:" (0 mod
// held17Mod). Every drawn sentence is held: judged blind once (its text
// and the entity names the layer sees in it, never the events found) with
// the code before any change of the pass, scored with ScoreHeld15
// (primary event) then and at the end. Gold in
// testdata/events_real_held17_gold.tsv, hashes only (the conflict
// sample's line format); its errors are never listed.

//go:embed testdata/events_real_held17_gold.tsv
var eventsHeld17Gold string

const (
	held17Seed = "held17:"
	held17Mod  = 5
)

// held17SentenceDrawn reports whether a sentence of a held17 document is
// drawn.
func held17SentenceDrawn(key, text string) bool {
	return anyCueSentenceDrawn(held17Seed, held17Mod, key, text)
}

// earlierEventsSentence reports whether an earlier events sample
// (held14, held15, held16, calib16, calib17) draws the sentence.
func earlierEventsSentence(key, text string) bool {
	return held14SentenceDrawn(key, text) || held15SentenceDrawn(key, text) || held16SentenceDrawn(key, text) || calib16.drawn(key, text) || calib17.drawn(key, text)
}

// held17Docs reads held15Docs less every document a sentence of an
// earlier events sample comes from.
func held17Docs(shared string) ([]realDoc, error) {
	docs, err := held15Docs(shared)
	if err != nil {
		return nil, err
	}
	return docsNoneDrawn(docs, earlierEventsSentence), nil
}

// held17Golds parses the committed gold lines.
func held17Golds() (map[string]ConflictGold, error) {
	return parseConflictGolds(eventsHeld17Gold, "events held17")
}

// TestDumpHeld17 writes the drawn sentences that have no gold yet, for
// judging, with the entity names the layer sees in each (never the events
// found). It runs only with EVENTS_HELD17_DUMP=FILE.
func TestDumpHeld17(t *testing.T) {
	dumpConflictSample(t, "EVENTS_HELD17_DUMP", held17Docs, held17Golds, withCue(held17SentenceDrawn), dumpKeyTextNames)
}

func TestHeld17Golds(t *testing.T) { expectGoldTypesUpper(t, held17Golds) }

// TestScoreHeld17 scores the seventeenth sample (EVENTS_HELD17=1); its
// errors are never listed.
func TestScoreHeld17(t *testing.T) {
	scoreWholeConflictSample(t, "EVENTS_HELD17", "set EVENTS_HELD17=1 to score the seventeenth sample", "events held17", held17Docs, held17Golds, withCue(held17SentenceDrawn))
}
