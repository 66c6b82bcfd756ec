package eval

// The tenth held-out speaker sample (sixteenth session, speakers on unseen
// real news): ECB+ train/dev documents, CoNLL-2003 train documents and
// PolNeAR train and dev articles in none of the earlier speaker samples
// (real .. real-held9), none of the events layer's samples (held12
// included) and none of the entity layer's held-out samples (second to
// sixth), drawn by their own seeded hash. No test document is read: the
// clustering corpora's test split is left out by benchDocs, CoNLL's test
// file is never opened and a PolNeAR article is read only when its
// compartment in metadata.tsv is the folder's (train or dev). NewsWCL50
// (test only) is not read; MEANTIME has no document left.

// Seed and moduli of the tenth held-out speaker sample's draw: a document
// is taken when its id hash seeded with speakerHeld10Seed is 0 modulo its
// corpus' modulus, and a quote when its key hash salted with
// speakerSaltHeld10 is 0 modulo speakerKeepHeld10. Every document left
// is taken (moduli 1): 149 ECB+ and 127 CoNLL-2003 documents, about 1,260
// quotes, of which the odd quote modulus keeps about a hundred. No PolNeAR
// article is left: the entity layer's sixth sample took every one the
// second to fifth had not, and MEANTIME (modulus 0, not read) was spent by
// the events layer's eleventh.
const (
	speakerHeld10Seed     = "spk-held10-16:"
	speakerHeld10ECB      = 1
	speakerHeld10MEANTIME = 0
	speakerHeld10CoNLL    = 1
	speakerHeld10PolNeAR  = 1
	speakerSaltHeld10     = "speakers-held10-16:"
	speakerKeepHeld10     = 11
)

// usedBeforeHeld10 returns the ids of every document an earlier sample of
// the speaker, events or entity layers reads.
func usedBeforeHeld10(shared string) (map[string]bool, error) {
	used, err := usedBeforeHeld9(shared)
	if err != nil {
		return nil, err
	}
	o := RealSampleOptions{Shared: shared, Held12: true}.withDefaults()
	draws := []func(string) ([]realDoc, error){held9SpeakerDocs, entityHeld6Docs,
		func(string) ([]realDoc, error) { return realDocs(o) }}
	return used, markDrawn(used, shared, draws)
}

// held10SpeakerDocs returns the documents of the tenth held-out speaker
// sample, sorted by id.
func held10SpeakerDocs(shared string) ([]realDoc, error) {
	used, err := usedBeforeHeld10(shared)
	if err != nil {
		return nil, err
	}
	return drawHeldSpeakerDocs(shared, used, speakerHeld10Seed, speakerHeld10ECB, speakerHeld10MEANTIME, speakerHeld10CoNLL, speakerHeld10PolNeAR)
}
