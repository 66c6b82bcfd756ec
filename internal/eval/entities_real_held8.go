package eval

// The eighth held-out entity sample (nineteenth session): the CoNLL-2003
// valid documents (Reuters, August 1996). The seven earlier entity samples
// spent every PolNeAR train/dev article and every CoNLL-2003 train
// document (held7 read the last of them), so this one reads the NER
// layer's development split, which no entity sample has read (the
// eleventh held-out speaker sample reads it for its quotes only). No test
// document is read: CoNLL's test file is never opened. Judged once before
// the nineteenth session's entity changes and once after them, never tuned
// on.

import (
	"fmt"
	"os"
	"path/filepath"
)

// Salts and moduli of the eighth held-out entity sample: every CoNLL-2003
// valid document is read; an entity is in the merge sample when it has two
// or more forms or articles and its key hash seeded with the merge salt is
// 0 modulo entityHeld8KeepMerge, and in the missed-merge sample when its
// key hash seeded with the missed salt is 0 modulo entityHeld8KeepMissed
// (odd moduli: see entities_real_held6.go).
const (
	entitySaltHeld8Merge  = "ent-held8-merge-19:"
	entitySaltHeld8Miss   = "ent-held8-missed-19:"
	entityHeld8KeepMerge  = 11
	entityHeld8KeepMissed = 75
)

// entityHeld8Docs reads the eighth held-out set's documents, the
// CoNLL-2003 valid documents ("conll-valid/NNNN"), in file order (sorted
// by id).
func entityHeld8Docs(shared string) ([]realDoc, error) {
	path := filepath.Join(shared, "bench", "ner", "conll2003", "valid.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("real-news sample: %w", err)
	}
	var docs []realDoc
	for n, text := range conllDocs(string(raw)) {
		docs = append(docs, realDoc{id: fmt.Sprintf("conll-valid/%04d", n), text: text})
	}
	return docs, nil
}
