package eval

// The eighth held-out real-news sample of events (tenth session, events
// pass 13): see RealSampleOptions.Held8. Besides the ECB+ and MEANTIME
// documents the earlier samples left, it draws CoNLL-2003 train documents
// (Reuters 1996) and PolNeAR train and dev articles (2016 US politics:
// statements, accusations, demands). No test document of either is read:
// the PolNeAR compartment is checked in its metadata.tsv.

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

// held8Seed seeds the hashes that draw the eighth held-out sample; the
// moduli are its ECB+, MEANTIME, CoNLL-2003 and PolNeAR ones.
const (
	held8Seed     = "held8:"
	held8ECB      = 15
	held8MEANTIME = 3
	held8CoNLL    = 36
	held8PolNeAR  = 72
)

// held8Drawn reports whether the document id of corpus name (ecbplus,
// meantime, conll or polnear) is drawn by the eighth sample's seeded hash;
// the caller excludes the documents of the earlier samples.
func held8Drawn(name, id string) bool {
	return drawnBy(held8Seed, held8Moduli, name, id)
}

// held8Moduli are the eighth sample's moduli by corpus.
var held8Moduli = map[string]uint32{"ecbplus": held8ECB, "meantime": held8MEANTIME, "conll": held8CoNLL, "polnear": held8PolNeAR}

// drawnBy reports whether the hash of id seeded with seed is 0 modulo the
// modulus mods gives corpus name (1, every document, when it gives none).
func drawnBy(seed string, mods map[string]uint32, name, id string) bool {
	mod := mods[name]
	if mod == 0 {
		mod = 1
	}
	return seededHashOf(seed, id)%mod == 0
}

// held8Docs reads the eighth sample's CoNLL-2003 train documents and
// PolNeAR train and dev articles, sorted by id.
func held8Docs(shared string) ([]realDoc, error) {
	return conllPolnearDocs(shared, held8Drawn)
}

// conllPolnearDocs reads the CoNLL-2003 train documents and PolNeAR train
// and dev articles that drawn(corpus, id) takes (corpus conll or polnear),
// sorted by id; no test document is read.
func conllPolnearDocs(shared string, drawn func(name, id string) bool) ([]realDoc, error) {
	docs, err := trainDevDocs(shared, drawn)
	if err != nil {
		return nil, err
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].id < docs[j].id })
	return docs, nil
}

// polnearCompartments maps each PolNeAR article's file name to its
// compartment (train, dev, test ...) from metadata.tsv.
func polnearCompartments(path string) (map[string]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("events real sample: %w", err)
	}
	return parseCompartments(string(raw)), nil
}

// parseCompartments reads metadata.tsv lines "compartment<TAB>filename
// <TAB>..." (ended by \n, \r\n or \r): a line without a tab is skipped; the header maps "filename"
// to "compartment", which no article is named.
func parseCompartments(raw string) map[string]string {
	out := map[string]string{}
	for _, line := range strings.FieldsFunc(raw, func(r rune) bool { return r == '\n' || r == '\r' }) {
		comp, rest, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		name, _, _ := strings.Cut(rest, "\t")
		out[strings.TrimSpace(name)] = strings.TrimSpace(comp)
	}
	return out
}
