package eval

// The seventh held-out speaker sample (eleventh session, seventh speaker
// pass): ECB+ train/dev and MEANTIME documents in none of the earlier
// speaker samples, and, new to the speaker samples, CoNLL-2003 train
// documents (Reuters 1996) and PolNeAR train and dev articles (2016 US
// politics), each drawn by its own seeded hash. No test document is read:
// the clustering corpora's test split is left out by benchDocs, CoNLL's
// test file is never opened and a PolNeAR article is read only when its
// compartment in metadata.tsv is the folder's (train or dev). The events
// layer's eighth held-out documents are left out too, so that no
// document an earlier pass looked at is judged here.

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Seed and moduli of the seventh held-out speaker sample's draw: a
// document is taken when its id hash seeded with speakerHeld7Seed is 0
// modulo its corpus' modulus, and a quote when its key hash salted with
// speakerSaltHeld7 is 0 modulo speakerKeepHeld7.
const (
	speakerHeld7Seed     = "spk-held7:"
	speakerHeld7ECB      = 14
	speakerHeld7MEANTIME = 6
	speakerHeld7CoNLL    = 40
	speakerHeld7PolNeAR  = 40
	speakerSaltHeld7     = "speakers-held7-6:"
	speakerKeepHeld7     = 6
)

// held7SpeakerDocs returns the documents of the seventh held-out speaker
// sample, sorted by id.
func held7SpeakerDocs(shared string) ([]realDoc, error) {
	used, err := eventsSampleDocIDs(shared)
	if err != nil {
		return nil, err
	}
	for _, draw := range []func(string) ([]realDoc, error){held5SpeakerDocs, held6SpeakerDocs, held8Docs} {
		docs, err := draw(shared)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			used[d.id] = true
		}
	}
	docs, err := drawSpeakerDocs(shared, used, speakerHeld7Seed, speakerHeld7ECB, 0, speakerHeld7MEANTIME)
	if err != nil {
		return nil, err
	}
	mods := map[string]uint32{"conll": speakerHeld7CoNLL, "polnear": speakerHeld7PolNeAR}
	more, err := trainDevDocs(shared, func(corpus, id string) bool {
		return !used[id] && drawnBy(speakerHeld7Seed, mods, corpus, id)
	})
	if err != nil {
		return nil, err
	}
	docs = append(docs, more...)
	sort.Slice(docs, func(i, j int) bool { return docs[i].id < docs[j].id })
	return docs, nil
}

// trainDevDocs reads the CoNLL-2003 train documents ("conll-train/NNNN")
// and the PolNeAR train and dev articles ("polnear-SPLIT/NAME") that take
// (called with the corpus, "conll" or "polnear", and the id) keeps. A
// PolNeAR article whose metadata.tsv compartment is not its folder's is
// never read.
func trainDevDocs(shared string, take func(corpus, id string) bool) ([]realDoc, error) {
	var docs []realDoc
	path := filepath.Join(shared, "bench", "ner", "conll2003", "train.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("real-news sample: %w", err)
	}
	for n, text := range conllDocs(string(raw)) {
		if id := fmt.Sprintf("conll-train/%04d", n); take("conll", id) {
			docs = append(docs, realDoc{id: id, text: text})
		}
	}
	base := filepath.Join(shared, "bench", "quotes", "polnear", "data")
	comp, err := polnearCompartments(filepath.Join(base, "metadata.tsv"))
	if err != nil {
		return nil, err
	}
	for _, split := range []string{"train", "dev"} {
		names, err := filepath.Glob(filepath.Join(base, split, "text", "*.txt"))
		if err != nil || len(names) == 0 {
			return nil, fmt.Errorf("real-news sample: no PolNeAR %s articles under %s", split, base)
		}
		for _, p := range names {
			name := strings.TrimSuffix(filepath.Base(p), ".txt")
			id := "polnear-" + split + "/" + name
			if comp[name] != split || !take("polnear", id) {
				continue // a test article is never read
			}
			raw, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("real-news sample: %w", err)
			}
			docs = append(docs, realDoc{id: id, text: string(raw)})
		}
	}
	return docs, nil
}
