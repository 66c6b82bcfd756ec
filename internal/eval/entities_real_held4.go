package eval

// The fourth held-out entity sample (thirteenth session): PolNeAR train
// and dev articles and CoNLL-2003 train documents that neither the second
// nor the third held-out sample reads (both draws are checked and left
// out), drawn with a new seed. No test document of either corpus is read
// (the PolNeAR compartment is checked in its metadata.tsv), no NewsWCL50
// or ECB+ document (the tune and held sets). Judged once before the
// thirteenth session's entity changes and once after them, never tuned on.

// Seeds and moduli of the fourth held-out entity sample: a document is
// read when neither the second nor the third sample reads it and its id
// hash seeded with entityHeld4DocSeed is 0 modulo its corpus's modulus; an
// entity is in the merge sample when it has two or more forms or articles
// and its key hash seeded with the merge salt is 0 modulo
// entityHeld4KeepMerge, and in the missed-merge sample when its key hash
// seeded with the missed salt is 0 modulo entityHeld4KeepMissed.
const (
	entityHeld4DocSeed    = "ent-held4-docs-13:"
	entityHeld4PolNeAR    = 3
	entityHeld4CoNLL      = 4
	entitySaltHeld4Merge  = "ent-held4-merge-10:"
	entitySaltHeld4Miss   = "ent-held4-missed-13:"
	entityHeld4KeepMerge  = 11
	entityHeld4KeepMissed = 100
)

// entityHeld4Drawn reports whether the fourth held-out sample reads the
// document id of corpus (conll or polnear): never one the second or the
// third reads.
func entityHeld4Drawn(corpus, id string) bool {
	if entityHeld2Drawn(corpus, id) || entityHeld3Drawn(corpus, id) {
		return false
	}
	mod := uint32(entityHeld4PolNeAR)
	if corpus == "conll" {
		mod = entityHeld4CoNLL
	}
	return seededHashOf(entityHeld4DocSeed, id)%mod == 0
}

// entityHeld4Docs reads the fourth held-out set's documents, sorted by id.
func entityHeld4Docs(shared string) ([]realDoc, error) {
	return conllPolnearDocs(shared, entityHeld4Drawn)
}
