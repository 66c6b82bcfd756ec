package eval

// The twelfth held-out entity sample (twenty-second session, entity7):
// every ECB+ train and dev document in one store, as held9 .. held11 read
// them, drawn with new salts. An entity whose lower-cased name the tune,
// held, held9, held10 or held11 set judged under any type is left out of
// the sample: only entities no one judged are drawn. No test document is
// read (benchDocs drops ECB+'s test split), no NewsWCL50 document. Judged
// once before the entity changes of entity7 and once after them, never
// tuned on.

// Salts and moduli of the twelfth held-out entity sample (odd moduli: see
// entities_real_held6.go).
const (
	entitySaltHeld12Merge  = "ent-held12-merge-22:"
	entitySaltHeld12Miss   = "ent-held12-missed-22:"
	entityHeld12KeepMerge  = 25
	entityHeld12KeepMissed = 149
)

// entityHeld12Spent returns the lower-cased names the tune, held, held9,
// held10 and held11 sets judged, under any type: the twelfth sample leaves
// them out.
func entityHeld12Spent(judged map[string]EntityVerdict) map[string]bool {
	return judgedNames(judged, "tune", "held", "held9", "held10", "held11")
}
