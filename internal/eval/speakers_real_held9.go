package eval

// The ninth held-out speaker sample (fifteenth session, speakers on real
// news that are the writer's words): ECB+ train/dev and MEANTIME
// documents, CoNLL-2003 train documents and PolNeAR train and dev articles
// in none of the earlier speaker samples (real .. real-held8), none of the
// events layer's samples (held10 and held11 included) and none of the
// entity layer's held-out samples (second to fifth), drawn by their own
// seeded hash. No test document is read: the clustering corpora's test
// split is left out by benchDocs, CoNLL's test file is never opened and a
// PolNeAR article is read only when its compartment in metadata.tsv is the
// folder's (train or dev). NewsWCL50 (test only) is not read.

// Seed and moduli of the ninth held-out speaker sample's draw: a document
// is taken when its id hash seeded with speakerHeld9Seed is 0 modulo its
// corpus' modulus, and a quote when its key hash salted with
// speakerSaltHeld9 is 0 modulo speakerKeepHeld9. The CoNLL and PolNeAR
// moduli are odd: FNV-1a's lowest bit is the parity of the id's bytes, and
// the entity layer's fifth sample took PolNeAR ids by an even modulus, so
// an even one here would take all or none of the ids left.
const (
	speakerHeld9Seed     = "spk-held9-15:"
	speakerHeld9ECB      = 8
	speakerHeld9MEANTIME = 2
	speakerHeld9CoNLL    = 21
	speakerHeld9PolNeAR  = 13
	speakerSaltHeld9     = "speakers-held9-15:"
	speakerKeepHeld9     = 4
)

// usedBeforeHeld9 returns the ids of every document an earlier sample of
// the speaker, events or entity layers reads.
func usedBeforeHeld9(shared string) (map[string]bool, error) {
	used, err := usedBeforeHeld8(shared)
	if err != nil {
		return nil, err
	}
	draws := []func(string) ([]realDoc, error){held8SpeakerDocs, entityHeld4Docs, entityHeld5Docs}
	for _, o := range []RealSampleOptions{{Held10: true}, {Held11: true}} {
		o.Shared = shared
		o = o.withDefaults()
		draws = append(draws, func(string) ([]realDoc, error) { return realDocs(o) })
	}
	return used, markDrawn(used, shared, draws)
}

// held9SpeakerDocs returns the documents of the ninth held-out speaker
// sample, sorted by id.
func held9SpeakerDocs(shared string) ([]realDoc, error) {
	used, err := usedBeforeHeld9(shared)
	if err != nil {
		return nil, err
	}
	return drawHeldSpeakerDocs(shared, used, speakerHeld9Seed, speakerHeld9ECB, speakerHeld9MEANTIME, speakerHeld9CoNLL, speakerHeld9PolNeAR)
}
