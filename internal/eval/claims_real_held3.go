package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// held3Docs reads the third held-out claims sample, sorted by id: the ECB+
// documents of the clustering test split, the CoNLL-2003 test documents
// (Reuters 1996, split at their datelines as conllDocs does) and the
// PolNeAR test articles. No other claims sample reads them. All are taken:
// half of them (by a hash salted "claims8") held two claims, too few to
// judge. The documents are only read for claims judged by hand: no
// clustering, NER or quote figure is computed on them here.
func held3Docs(o ClaimsSampleOptions) ([]realDoc, error) {
	var all []realDoc
	path := filepath.Join(o.Shared, "bench", "clustering", "ecbplus", "ecbplus_docs.jsonl")
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("claims real sample: %w", err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var d struct{ ID, Split, Text string }
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return nil, fmt.Errorf("claims real sample %s: %w", path, err)
		}
		if d.Split == "test" {
			all = append(all, realDoc{id: "ecbplus-test/" + d.ID, text: d.Text})
		}
	}
	path = filepath.Join(o.Shared, "bench", "ner", "conll2003", "test.txt")
	raw, err = os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("claims real sample: %w", err)
	}
	for n, text := range conllDocs(string(raw)) {
		all = append(all, realDoc{id: fmt.Sprintf("conll-test/%04d", n), text: text})
	}
	dir := filepath.Join(o.Shared, "bench", "quotes", "polnear", "data", "test", "text")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("claims real sample: no PolNeAR test articles under %s", dir)
	}
	for _, p := range names {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("claims real sample: %w", err)
		}
		all = append(all, realDoc{id: "polnear-test/" + strings.TrimSuffix(filepath.Base(p), ".txt"), text: string(raw)})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	return all, nil
}
