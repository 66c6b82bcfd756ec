package eval

// A second calibration sample of events (twenty-first session, calib2),
// drawn as calib16 was: sentences of CoNLL-2003 train documents and
// PolNeAR train/dev articles that none of the eighth to thirteenth events
// samples read, no sentence the fourteenth or fifteenth sample or calib16
// draws, drawn by a hash seeded "calib17:" (every
// sentence of 6-70 words, no cue word: the events readers are shown come
// from any sentence). Every event found in a drawn sentence (as analyze:
// one per sentence and act) was judged once, type right or wrong, with
// the earlier samples' conventions, from the sentence and the event's
// trigger, type, actor and target, never its confidence, before that
// session changed the confidence model or scored either model on it
// (internal/events NOTE.md, twenty-first session). Verdicts: testdata/events_calib17.tsv,
// key (document id # sentence hash), trigger offset, type, y or n; no
// text. No confidence fit reads it.

import (
	_ "embed"
	"testing"
)

//go:embed testdata/events_calib17.tsv
var eventsCalib17 string

// calib17 is the sample (events_calib_test.go draws it); it leaves out
// the sentences calib16 draws.
var calib17 = eventsCalib{name: "calib17", tsv: eventsCalib17, exclude: calib16.drawn}

// TestCalib17Dump lists the drawn events for judging (CALIB17_DUMP=FILE,
// outside the repository).
func TestCalib17Dump(t *testing.T) { calib17.dump(t) }

// TestCalib17Verdicts checks the committed verdicts parse, name each
// event once and hold no text (a key is a document id and a hash).
func TestCalib17Verdicts(t *testing.T) { calib17.checkVerdicts(t, 100, "want the events judged") }
