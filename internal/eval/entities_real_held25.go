package eval

// The twenty-fifth-session held-out entity sample (held25, helper
// entity10): the pages of the trafilatura extraction benchmark
// (extraction-trafilatura/evaldata.json, a development set; no test split
// of any benchmark), extracted as ingest extracts HTML, that read as
// English running text (englishText), both halves of claims held4/held5's
// split. No entity sample read them before (the earlier ones read ECB+,
// NewsWCL50, PolNeAR, CoNLL-2003, MEANTIME). Judged once before the
// entity changes of entity10 and once after them, never tuned on.

import "context"

// Salts and moduli of the held25 entity sample (odd moduli: see
// entities_real_held6.go).
const (
	entitySaltHeld25Merge  = "ent-held25-merge-25:"
	entitySaltHeld25Miss   = "ent-held25-missed-25:"
	entityHeld25KeepMerge  = 7
	entityHeld25KeepMissed = 97
)

// entityHeld25Docs reads the held25 documents: every trafilatura
// benchmark page whose extracted text is English running text, sorted by
// URL.
func entityHeld25Docs(ctx context.Context, shared string) ([]realDoc, error) {
	return trafilaturaEnglishDocs(ctx, shared, "", nil)
}
