package eval

// A calibration sample of events (twentieth session, calib): sentences of
// CoNLL-2003 train documents and PolNeAR train/dev articles that none of
// the eighth to thirteenth events samples read, no sentence the fourteenth
// or fifteenth sample draws, drawn by a hash seeded "calib16:" (every
// sentence of 6-70 words, no cue word: the events readers are shown come
// from any sentence). Every event found in a drawn sentence (as analyze:
// one per sentence and act) was judged once, type right or wrong, with
// the earlier samples' conventions, from the sentence and the event's
// trigger, type, actor and target, never its confidence, after that
// session's confidence model was committed and before the old or the new
// model was scored on it (internal/events NOTE.md, twentieth session). Verdicts: testdata/events_calib16.tsv,
// key (document id # sentence hash), trigger offset, type, y or n; no
// text. Spent: the twenty-first session's confidence fit reads it.

import (
	_ "embed"
	"testing"
)

//go:embed testdata/events_calib16.tsv
var eventsCalib16 string

// calib16 is the sample (events_calib_test.go draws it).
var calib16 = eventsCalib{name: "calib16", tsv: eventsCalib16}

// TestCalib16Dump lists the drawn events for judging (CALIB16_DUMP=FILE,
// outside the repository).
func TestCalib16Dump(t *testing.T) { calib16.dump(t) }

// TestCalib16Verdicts checks the committed verdicts parse, name each
// event once and hold no text (a key is a document id and a hash).
func TestCalib16Verdicts(t *testing.T) { calib16.checkVerdicts(t, 150, "want the 163 judged") }
