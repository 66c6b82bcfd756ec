package eval

// The seventh held-out entity sample (sixteenth session): the MEANTIME
// Wikinews articles (four topics, so many people and companies recur
// across articles; no entity sample read them before) and CoNLL-2003
// train documents none of the second to sixth held-out samples reads. No
// PolNeAR article is left that held2 .. held6 did not read; no test
// document of any corpus is read (MEANTIME has no split: it is a set of
// negatives for clustering), no NewsWCL50 or ECB+ document (the tune and
// held sets). Judged once before the sixteenth session's entity changes
// and once after them, never tuned on.

import (
	"path/filepath"
	"sort"
)

// Seeds and moduli of the seventh held-out entity sample: a CoNLL-2003
// train document is read when no earlier sample reads it and its id hash
// seeded with entityHeld7DocSeed is 0 modulo entityHeld7CoNLL; every
// MEANTIME article is read. An entity is in the merge sample when it has
// two or more forms or articles and its key hash seeded with the merge
// salt is 0 modulo entityHeld7KeepMerge, and in the missed-merge sample
// when its key hash seeded with the missed salt is 0 modulo
// entityHeld7KeepMissed (odd moduli: see entities_real_held6.go).
const (
	entityHeld7DocSeed    = "ent-held7-docs-16:"
	entityHeld7CoNLL      = 1
	entitySaltHeld7Merge  = "ent-held7-merge-16:"
	entitySaltHeld7Miss   = "ent-held7-missed-16:"
	entityHeld7KeepMerge  = 9
	entityHeld7KeepMissed = 75
)

// entityHeld7Drawn reports whether the seventh held-out sample reads the
// CoNLL-2003 train document id: never one held2 .. held6 read.
func entityHeld7Drawn(corpus, id string) bool {
	if corpus != "conll" || entityHeld2Drawn(corpus, id) || entityHeld3Drawn(corpus, id) || entityHeld4Drawn(corpus, id) ||
		entityHeld5Drawn(corpus, id) || entityHeld6Drawn(corpus, id) {
		return false
	}
	return seededHashOf(entityHeld7DocSeed, id)%entityHeld7CoNLL == 0
}

// entityHeld7Docs reads the seventh held-out set's documents: its
// CoNLL-2003 train documents and every MEANTIME article, sorted by id.
func entityHeld7Docs(shared string) ([]realDoc, error) {
	docs, err := trainDevDocs(shared, entityHeld7Drawn)
	if err != nil {
		return nil, err
	}
	mt, err := benchDocs(filepath.Join(shared, "bench", "clustering", "meantime", "meantime_en_docs.jsonl"), "meantime")
	if err != nil {
		return nil, err
	}
	docs = append(docs, mt...)
	sort.Slice(docs, func(i, j int) bool { return docs[i].id < docs[j].id })
	return docs, nil
}
