package eval

// The thirteenth held-out entity sample (twenty-second session, after the
// test runs, entitystore3): every ECB+ train and dev document in one store,
// as held9 .. held12 read them, drawn with new salts and aimed at the
// store's joins: the merge question is asked only of entities named in two
// or more articles (a join the store made, not one article's). An entity
// whose lower-cased name the tune, held, held9, held10, held11 or held12
// set judged under any type is left out. No test document is read
// (benchDocs drops ECB+'s test split), no NewsWCL50 document. Judged once
// before the store changes of entitystore3 and once after them, never
// tuned on.

// Salts and moduli of the thirteenth held-out entity sample (odd moduli:
// see entities_real_held6.go). The merge modulus is smaller than held12's
// as fewer entities are asked (two or more articles only).
const (
	entitySaltHeld13Merge  = "ent-held13-merge-22s:"
	entitySaltHeld13Miss   = "ent-held13-missed-22s:"
	entityHeld13KeepMerge  = 17
	entityHeld13KeepMissed = 151
)

// entityHeld13Spent returns the lower-cased names the tune, held, held9,
// held10, held11 and held12 sets judged, under any type: the thirteenth
// sample leaves them out.
func entityHeld13Spent(judged map[string]EntityVerdict) map[string]bool {
	return judgedNames(judged, "tune", "held", "held9", "held10", "held11", "held12")
}
