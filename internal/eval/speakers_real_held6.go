package eval

// The sixth held-out speaker sample (tenth session, sixth speaker pass):
// ECB+ train/dev and MEANTIME documents in none of the earlier speaker
// samples (never a test-split document), drawn by their own seeded hash.

// Seed and moduli of the sixth held-out speaker sample's draw: a document
// is taken when its id hash seeded with speakerHeld6Seed is 0 modulo its
// corpus' modulus, and a quote when its key hash salted with
// speakerSaltHeld6 is 0 modulo speakerKeepHeld6.
const (
	speakerHeld6Seed     = "spk-held6:"
	speakerHeld6ECB      = 7
	speakerHeld6MEANTIME = 3
	speakerSaltHeld6     = "speakers-held6-4:"
	speakerKeepHeld6     = 6
)

// held6SpeakerDocs returns the documents of the sixth held-out speaker
// sample: ECB+ train/dev and MEANTIME documents that none of the earlier
// speaker samples (real-held5's included) reads, drawn by a seeded id hash.
func held6SpeakerDocs(shared string) ([]realDoc, error) {
	used, err := eventsSampleDocIDs(shared)
	if err != nil {
		return nil, err
	}
	held5, err := held5SpeakerDocs(shared)
	if err != nil {
		return nil, err
	}
	for _, d := range held5 {
		used[d.id] = true
	}
	return drawSpeakerDocs(shared, used, speakerHeld6Seed, speakerHeld6ECB, 0, speakerHeld6MEANTIME)
}
