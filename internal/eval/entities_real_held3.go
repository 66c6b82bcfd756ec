package eval

// The third held-out entity sample (twelfth session): PolNeAR train and
// dev articles and CoNLL-2003 train documents that the second held-out
// sample does not read (its draw is checked and left out), drawn with a
// new seed. No test document of either corpus is read (the PolNeAR
// compartment is checked in its metadata.tsv), no NewsWCL50 or ECB+
// document (the tune and held sets). Judged once before the twelfth
// session's entity changes and once after them, never tuned on.

// Seeds and moduli of the third held-out entity sample: a document is read
// when the second sample does not read it and its id hash seeded with
// entityHeld3DocSeed is 0 modulo its corpus's modulus; an entity is in the
// merge sample when it has two or more forms or articles and its key hash
// seeded with the merge salt is 0 modulo entityHeld3KeepMerge, and in the
// missed-merge sample when its key hash seeded with the missed salt is 0
// modulo entityHeld3KeepMissed.
const (
	entityHeld3DocSeed    = "ent-held3-docs-12:"
	entityHeld3PolNeAR    = 3
	entityHeld3CoNLL      = 4
	entitySaltHeld3Merge  = "ent-held3-merge-6:"
	entitySaltHeld3Miss   = "ent-held3-missed-8:"
	entityHeld3KeepMerge  = 11
	entityHeld3KeepMissed = 100
)

// entityHeld2Drawn reports whether the second held-out sample reads the
// document id of corpus (conll or polnear).
func entityHeld2Drawn(corpus, id string) bool {
	mod := uint32(entityHeld2PolNeAR)
	if corpus == "conll" {
		mod = entityHeld2CoNLL
	}
	return seededHashOf(entityHeld2DocSeed, id)%mod == 0
}

// entityHeld3Drawn reports whether the third held-out sample reads the
// document id of corpus (conll or polnear): never one the second reads.
func entityHeld3Drawn(corpus, id string) bool {
	if entityHeld2Drawn(corpus, id) {
		return false
	}
	mod := uint32(entityHeld3PolNeAR)
	if corpus == "conll" {
		mod = entityHeld3CoNLL
	}
	return seededHashOf(entityHeld3DocSeed, id)%mod == 0
}

// entityHeld3Docs reads the third held-out set's documents, sorted by id.
func entityHeld3Docs(shared string) ([]realDoc, error) {
	return conllPolnearDocs(shared, entityHeld3Drawn)
}
