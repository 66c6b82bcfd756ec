package eval

// The sixth held-out entity sample (fifteenth session): PolNeAR train and
// dev articles and CoNLL-2003 train documents that none of the second to
// fifth held-out samples reads (their draws are checked and left out),
// drawn with a new seed. No test document of either corpus is read (the
// PolNeAR compartment is checked in its metadata.tsv), no NewsWCL50 or
// ECB+ document (the tune and held sets). Judged once before the fifteenth
// session's entity changes and once after them, never tuned on.

// Seeds and moduli of the sixth held-out entity sample: a document is read
// when no earlier PolNeAR/CoNLL sample reads it and its id hash seeded with
// entityHeld6DocSeed is 0 modulo its corpus's modulus; an entity is in the
// merge sample when it has two or more forms or articles and its key hash
// seeded with the merge salt is 0 modulo entityHeld6KeepMerge, and in the
// missed-merge sample when its key hash seeded with the missed salt is 0
// modulo entityHeld6KeepMissed. (The moduli are odd or 1: the low bits of
// an FNV-1a hash do not depend on the seed, so an even modulus would draw
// again by what held3 and held4, modulo 4, left out.)
const (
	entityHeld6DocSeed    = "ent-held6-docs-15:"
	entityHeld6PolNeAR    = 1
	entityHeld6CoNLL      = 3
	entitySaltHeld6Merge  = "ent-held6-merge-15:"
	entitySaltHeld6Miss   = "ent-held6-missed-15:"
	entityHeld6KeepMerge  = 7
	entityHeld6KeepMissed = 60
)

// entityHeld6Drawn reports whether the sixth held-out sample reads the
// document id of corpus (conll or polnear): never one the second to fifth
// read.
func entityHeld6Drawn(corpus, id string) bool {
	if entityHeld2Drawn(corpus, id) || entityHeld3Drawn(corpus, id) || entityHeld4Drawn(corpus, id) || entityHeld5Drawn(corpus, id) {
		return false
	}
	mod := uint32(entityHeld6PolNeAR)
	if corpus == "conll" {
		mod = entityHeld6CoNLL
	}
	return seededHashOf(entityHeld6DocSeed, id)%mod == 0
}

// entityHeld6Docs reads the sixth held-out set's documents, sorted by id.
func entityHeld6Docs(shared string) ([]realDoc, error) {
	return conllPolnearDocs(shared, entityHeld6Drawn)
}
