package eval

// The eleventh held-out entity sample (twenty-first session, after the
// test runs): every ECB+ train and dev document in one store, as held9 and
// held10 read them, drawn with new salts. An entity whose lower-cased name
// the tune, held, held9 or held10 set judged under any type is left out of
// the sample: only entities no one judged are drawn. No test document is
// read (benchDocs drops ECB+'s test split), no NewsWCL50 document. Judged
// once before the store changes of entitystore2 and once after them, never
// tuned on.

// Salts and moduli of the eleventh held-out entity sample (odd moduli: see
// entities_real_held6.go).
const (
	entitySaltHeld11Merge  = "ent-held11-merge-21b:"
	entitySaltHeld11Miss   = "ent-held11-missed-21b:"
	entityHeld11KeepMerge  = 25
	entityHeld11KeepMissed = 149
)

// entityHeld11Spent returns the lower-cased names the tune, held, held9
// and held10 sets judged, under any type: the eleventh sample leaves them
// out.
func entityHeld11Spent(judged map[string]EntityVerdict) map[string]bool {
	return judgedNames(judged, "tune", "held", "held9", "held10")
}
