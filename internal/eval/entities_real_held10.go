package eval

// The tenth held-out entity sample (twenty-first session): every ECB+
// train and dev document in one store, as held9 reads them, drawn with
// new salts. An entity whose lower-cased name the tune, held or held9 set
// judged under any type is left out of the sample: only entities no one
// judged are drawn. No test document is read (benchDocs drops ECB+'s test
// split), no NewsWCL50 document. Judged once before the twenty-first
// session's entity changes and once after them, never tuned on.

// Salts and moduli of the tenth held-out entity sample (odd moduli: see
// entities_real_held6.go).
const (
	entitySaltHeld10Merge  = "ent-held10-merge-21:"
	entitySaltHeld10Miss   = "ent-held10-missed-21:"
	entityHeld10KeepMerge  = 23
	entityHeld10KeepMissed = 139
)

// entityHeld10Spent returns the lower-cased names the tune, held and
// held9 sets judged, under any type: the tenth sample leaves them out.
func entityHeld10Spent(judged map[string]EntityVerdict) map[string]bool {
	return judgedNames(judged, "tune", "held", "held9")
}
