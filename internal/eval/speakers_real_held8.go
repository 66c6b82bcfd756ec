package eval

// The eighth held-out speaker sample (twelfth session, eighth speaker
// pass): ECB+ train/dev and MEANTIME documents, CoNLL-2003 train documents
// and PolNeAR train and dev articles in none of the earlier speaker
// samples, none of the events layer's held-out samples (sixth to ninth
// included) and none of the entity layer's second and third held-out
// samples, drawn by their own seeded hash. No test document is read: the
// clustering corpora's test split is left out by benchDocs, CoNLL's test
// file is never opened and a PolNeAR article is read only when its
// compartment in metadata.tsv is the folder's (train or dev). NewsWCL50
// (test only) is not read.

import "sort"

// Seed and moduli of the eighth held-out speaker sample's draw: a document
// is taken when its id hash seeded with speakerHeld8Seed is 0 modulo its
// corpus' modulus, and a quote when its key hash salted with
// speakerSaltHeld8 is 0 modulo speakerKeepHeld8.
const (
	speakerHeld8Seed     = "spk-held8-12:"
	speakerHeld8ECB      = 8
	speakerHeld8MEANTIME = 1
	speakerHeld8CoNLL    = 30
	speakerHeld8PolNeAR  = 16
	speakerSaltHeld8     = "speakers-held8-11:"
	speakerKeepHeld8     = 6
)

// usedBeforeHeld8 returns the ids of every document an earlier sample of
// the speaker, events or entity layers reads.
func usedBeforeHeld8(shared string) (map[string]bool, error) {
	used, err := eventsSampleDocIDs(shared)
	if err != nil {
		return nil, err
	}
	draws := []func(string) ([]realDoc, error){held5SpeakerDocs, held6SpeakerDocs, held7SpeakerDocs, entityHeld2Docs, entityHeld3Docs}
	for _, o := range []RealSampleOptions{{Held6: true}, {Held7: true}, {Held8: true}, {Held9: true}} {
		o.Shared = shared
		o = o.withDefaults()
		draws = append(draws, func(string) ([]realDoc, error) { return realDocs(o) })
	}
	return used, markDrawn(used, shared, draws)
}

// held8SpeakerDocs returns the documents of the eighth held-out speaker
// sample, sorted by id.
func held8SpeakerDocs(shared string) ([]realDoc, error) {
	used, err := usedBeforeHeld8(shared)
	if err != nil {
		return nil, err
	}
	return drawHeldSpeakerDocs(shared, used, speakerHeld8Seed, speakerHeld8ECB, speakerHeld8MEANTIME, speakerHeld8CoNLL, speakerHeld8PolNeAR)
}

// markDrawn marks as used every document the draws take.
func markDrawn(used map[string]bool, shared string, draws []func(string) ([]realDoc, error)) error {
	for _, draw := range draws {
		docs, err := draw(shared)
		if err != nil {
			return err
		}
		for _, d := range docs {
			used[d.id] = true
		}
	}
	return nil
}

// drawHeldSpeakerDocs draws a held-out speaker sample, sorted by id: ECB+
// and MEANTIME documents by drawSpeakerDocs, then CoNLL-2003 train and
// PolNeAR train/dev documents by their moduli, all outside used.
func drawHeldSpeakerDocs(shared string, used map[string]bool, seed string, ecb, meantime, conll, polnear uint32) ([]realDoc, error) {
	docs, err := drawSpeakerDocs(shared, used, seed, ecb, 0, meantime)
	if err != nil {
		return nil, err
	}
	mods := map[string]uint32{"conll": conll, "polnear": polnear}
	more, err := trainDevDocs(shared, func(corpus, id string) bool {
		return !used[id] && drawnBy(seed, mods, corpus, id)
	})
	if err != nil {
		return nil, err
	}
	docs = append(docs, more...)
	sort.Slice(docs, func(i, j int) bool { return docs[i].id < docs[j].id })
	return docs, nil
}
