package eval

// The second held-out entity sample (eleventh session): documents neither
// earlier entity set reads, PolNeAR train and dev articles (2016 US
// politics: many people, offices and organisations) and CoNLL-2003 train
// documents (Reuters 1996: sports results, teams, cities, companies). No
// test document of either is read (the PolNeAR compartment is checked in
// its metadata.tsv) and no NewsWCL50 document. Judged once before the
// eleventh session's entity changes and once after them (the entities the
// changes touched), never tuned on.

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

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
	var docs []realDoc
	path := filepath.Join(shared, "bench", "ner", "conll2003", "train.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("entity sample held2: %w", err)
	}
	for n, text := range conllDocs(string(raw)) {
		id := fmt.Sprintf("conll-train/%04d", n)
		if seededHashOf(entityHeld2DocSeed, id)%entityHeld2CoNLL == 0 {
			docs = append(docs, realDoc{id: id, text: text})
		}
	}
	base := filepath.Join(shared, "bench", "quotes", "polnear", "data")
	comp, err := polnearCompartments(filepath.Join(base, "metadata.tsv"))
	if err != nil {
		return nil, fmt.Errorf("entity sample held2: %w", err)
	}
	for _, split := range []string{"train", "dev"} {
		names, err := filepath.Glob(filepath.Join(base, split, "text", "*.txt"))
		if err != nil || len(names) == 0 {
			return nil, fmt.Errorf("entity sample held2: no PolNeAR %s articles under %s", split, base)
		}
		for _, p := range names {
			name := strings.TrimSuffix(filepath.Base(p), ".txt")
			id := "polnear-" + split + "/" + name
			if comp[name] != split || seededHashOf(entityHeld2DocSeed, id)%entityHeld2PolNeAR != 0 {
				continue // a test article is never read
			}
			raw, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("entity sample held2: %w", err)
			}
			docs = append(docs, realDoc{id: id, text: string(raw)})
		}
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].id < docs[j].id })
	return docs, nil
}
