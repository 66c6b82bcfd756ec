package eval

// The fifth held-out entity sample (fourteenth session): PolNeAR train
// and dev articles and CoNLL-2003 train documents that none of the second,
// third and fourth held-out samples reads (their draws are checked and
// left out), drawn with a new seed. No test document of either corpus is
// read (the PolNeAR compartment is checked in its metadata.tsv), no
// NewsWCL50 or ECB+ document (the tune and held sets). Judged once before
// the fourteenth session's entity changes and once after them, never
// tuned on.

// Seeds and moduli of the fifth held-out entity sample: a document is read
// when no earlier PolNeAR/CoNLL sample reads it and its id hash seeded with
// entityHeld5DocSeed is 0 modulo its corpus's modulus (about as many
// documents as the fourth sample); an entity is in the merge sample when
// it has two or more forms or articles and its key hash seeded with the
// merge salt is 0 modulo entityHeld5KeepMerge, and in the missed-merge
// sample when its key hash seeded with the missed salt is 0 modulo
// entityHeld5KeepMissed.
const (
	entityHeld5DocSeed    = "ent-held5-docs-14:"
	entityHeld5PolNeAR    = 2
	entityHeld5CoNLL      = 3
	entitySaltHeld5Merge  = "ent-held5-merge-14:"
	entitySaltHeld5Miss   = "ent-held5-missed-14:"
	entityHeld5KeepMerge  = 11
	entityHeld5KeepMissed = 100
)

// entityHeld5Drawn reports whether the fifth held-out sample reads the
// document id of corpus (conll or polnear): never one the second, third or
// fourth reads.
func entityHeld5Drawn(corpus, id string) bool {
	if entityHeld2Drawn(corpus, id) || entityHeld3Drawn(corpus, id) || entityHeld4Drawn(corpus, id) {
		return false
	}
	mod := uint32(entityHeld5PolNeAR)
	if corpus == "conll" {
		mod = entityHeld5CoNLL
	}
	return seededHashOf(entityHeld5DocSeed, id)%mod == 0
}

// entityHeld5Docs reads the fifth held-out set's documents, sorted by id.
func entityHeld5Docs(shared string) ([]realDoc, error) {
	return conllPolnearDocs(shared, entityHeld5Drawn)
}
