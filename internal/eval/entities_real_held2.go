package eval

// The second held-out entity sample (eleventh session): documents neither
// earlier entity set reads, PolNeAR train and dev articles (2016 US
// politics: many people, offices and organisations) and CoNLL-2003 train
// documents (Reuters 1996: sports results, teams, cities, companies). No
// test document of either is read (the PolNeAR compartment is checked in
// its metadata.tsv) and no NewsWCL50 document. Judged once before the
// eleventh session's entity changes and once after them (the entities the
// changes touched), never tuned on.

// Seeds and moduli of the second held-out entity sample: a document is
// read when its id hash seeded with entityHeld2DocSeed is 0 modulo its
// corpus's modulus; an entity is in the merge sample when it has two or
// more forms or articles and its key hash seeded with the merge salt is 0
// modulo entityHeld2KeepMerge, and in the missed-merge sample when its key
// hash seeded with the missed salt is 0 modulo entityHeld2KeepMissed.
const (
	entityHeld2DocSeed    = "ent-held2-docs-11:"
	entityHeld2PolNeAR    = 3
	entityHeld2CoNLL      = 5
	entitySaltHeld2Merge  = "ent-held2-merge-4:"
	entitySaltHeld2Miss   = "ent-held2-missed-9:"
	entityHeld2KeepMerge  = 13
	entityHeld2KeepMissed = 120
)

// entityHeld2Docs reads the second held-out set's documents, sorted by id.
func entityHeld2Docs(shared string) ([]realDoc, error) {
	return conllPolnearDocs(shared, entityHeld2Drawn)
}
