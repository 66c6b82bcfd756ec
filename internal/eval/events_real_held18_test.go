package eval

import (
	_ "embed"
	"testing"
)

// The eighteenth held-out real-news sample of events (session 25,
// events10): sentences of 6-70 words with a word of any category the
// layer types (held15Cue or conflictCue) from CoNLL-2003 train documents
// that no earlier events sample read: held17Docs less every document a
// held17 sentence comes from, drawn by a hash seeded "held18:" (0 mod
// held18Mod). Every drawn sentence is held: judged blind once (its text
// and the entity names the layer sees in it, never the events found)
// with the code before any change of the pass, scored with ScoreHeld15
// (primary event) then and at the end. Gold in
// testdata/events_real_held18_gold.tsv, hashes only (the conflict
// sample's line format); its errors are never listed.

//go:embed testdata/events_real_held18_gold.tsv
var eventsHeld18Gold string

const (
	held18Seed = "held18:"
	held18Mod  = 2
)

// held18SentenceDrawn reports whether a sentence of a held18 document is
// drawn.
func held18SentenceDrawn(key, text string) bool {
	return anyCueSentenceDrawn(held18Seed, held18Mod, key, text)
}

// held18Docs reads held17Docs less every document a held17 sentence
// comes from.
func held18Docs(shared string) ([]realDoc, error) {
	docs, err := held17Docs(shared)
	if err != nil {
		return nil, err
	}
	return docsNoneDrawn(docs, held17SentenceDrawn), nil
}

// held18Golds parses the committed gold lines.
func held18Golds() (map[string]ConflictGold, error) {
	return parseConflictGolds(eventsHeld18Gold, "events held18")
}

// TestDumpHeld18 writes the drawn sentences that have no gold yet, for
// judging, with the entity names the layer sees in each (never the events
// found). It runs only with EVENTS_HELD18_DUMP=FILE.
func TestDumpHeld18(t *testing.T) {
	dumpConflictSample(t, "EVENTS_HELD18_DUMP", held18Docs, held18Golds, withCue(held18SentenceDrawn), dumpKeyTextNames)
}

func TestHeld18Golds(t *testing.T) { expectGoldTypesUpper(t, held18Golds) }

// TestScoreHeld18 scores the eighteenth sample (EVENTS_HELD18=1); its
// errors are never listed.
func TestScoreHeld18(t *testing.T) {
	scoreWholeConflictSample(t, "EVENTS_HELD18", "set EVENTS_HELD18=1 to score the eighteenth sample", "events held18", held18Docs, held18Golds, withCue(held18SentenceDrawn))
}
