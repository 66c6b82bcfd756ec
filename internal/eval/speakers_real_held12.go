package eval

import (
	_ "embed"
)

// The twelfth held-out speaker sample (twenty-first session, quotes given
// to the wrong speaker in real news). Every non-test document has been
// read by an earlier speaker, events or entity sample, so this one draws
// new quotes, not new documents: ECB+ train/dev and MEANTIME documents,
// CoNLL-2003 train documents and PolNeAR train and dev articles taken by
// a seeded document hash (benchDocs leaves out the clustering corpora's
// test split, CoNLL's test file is never opened, a PolNeAR article is read
// only when its compartment is train or dev), a quote kept by a thirteenth
// hash salt, and a quote with a verdict in the main file
// (speakers_real_judged.tsv) left out unless this sample's own file holds
// one for it: a quote an earlier sample judged, and so tuned on, is not
// drawn. The verdicts live in testdata/speakers_real_held12.tsv (same
// format) and win over the main file's.
const (
	speakerHeld12Seed     = "spk-held12-21:"
	speakerHeld12ECB      = 3
	speakerHeld12MEANTIME = 2
	speakerHeld12CoNLL    = 3
	speakerHeld12PolNeAR  = 9
	speakerSaltHeld12     = "speakers-held12-21:"
	speakerKeepHeld12     = 37
)

//go:embed testdata/speakers_real_held12.tsv
var speakersHeld12Judged string

// held12SpeakerDocs returns the documents of the twelfth held-out speaker
// sample, sorted by id.
func held12SpeakerDocs(shared string) ([]realDoc, error) {
	return drawHeldSpeakerDocs(shared, map[string]bool{}, speakerHeld12Seed, speakerHeld12ECB, speakerHeld12MEANTIME, speakerHeld12CoNLL, speakerHeld12PolNeAR)
}
