package eval

// The ninth held-out entity sample (twentieth session): every ECB+ train
// and dev document in one store (the tune set reads the even-hashed half
// with NewsWCL50, the held set the odd-hashed half; no sample read both
// halves together, so the cross-article merges of topics split between
// them are new), drawn with new salts. An entity whose lower-cased name
// the tune or held set judged under any type is left out of the sample:
// only entities no one judged are drawn. No test document is read
// (benchDocs drops ECB+'s test split), no NewsWCL50 document. Judged once
// before the twentieth session's entity changes and once after them,
// never tuned on.

import (
	"path/filepath"
)

// Salts and moduli of the ninth held-out entity sample (odd moduli: see
// entities_real_held6.go).
const (
	entitySaltHeld9Merge  = "ent-held9-merge-20:"
	entitySaltHeld9Miss   = "ent-held9-missed-20:"
	entityHeld9KeepMerge  = 25
	entityHeld9KeepMissed = 151
)

// entityHeld9Docs reads the ninth held-out set's documents: every ECB+
// train and dev document, in file order.
func entityHeld9Docs(shared string) ([]realDoc, error) {
	return benchDocs(filepath.Join(shared, "bench", "clustering", "ecbplus", "ecbplus_docs.jsonl"), "ecbplus")
}

// entityHeld9Spent returns the lower-cased names the tune and held sets
// judged, under any type: the ninth sample leaves them out.
func entityHeld9Spent(judged map[string]EntityVerdict) map[string]bool {
	return judgedNames(judged, "tune", "held")
}
