package eval

// The fifth held-out speaker sample (eighth session, fifth speaker pass):
// documents in none of the earlier speaker samples, drawn afresh from ECB+
// train/dev, NewsWCL50 and MEANTIME (never a test-split document).

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Seed and moduli of the fifth held-out speaker sample's draw: a document
// is taken when its id hash seeded with speakerHeld5Seed is 0 modulo its
// corpus' modulus, and a quote when its key hash salted with
// speakerSaltHeld5 is 0 modulo speakerKeepHeld5.
const (
	speakerHeld5Seed     = "spk-held5:"
	speakerHeld5ECB      = 12
	speakerHeld5WCL      = 1
	speakerHeld5MEANTIME = 6
	speakerSaltHeld5     = "speakers-held5-2:"
	speakerKeepHeld5     = 6
)

// held5SpeakerDocs returns the documents of the fifth held-out speaker
// sample: ECB+ train/dev, NewsWCL50 and MEANTIME documents that none of
// the earlier speaker samples reads, drawn by a seeded id hash.
func held5SpeakerDocs(shared string) ([]realDoc, error) {
	used, err := eventsSampleDocIDs(shared)
	if err != nil {
		return nil, err
	}
	return drawSpeakerDocs(shared, used, speakerHeld5Seed, speakerHeld5ECB, speakerHeld5WCL, speakerHeld5MEANTIME)
}

// eventsSampleDocIDs returns the ids of the documents of the events
// samples the first five speaker samples read (real .. real-held4).
func eventsSampleDocIDs(shared string) (map[string]bool, error) {
	used := map[string]bool{}
	for _, o := range []RealSampleOptions{
		{Shared: shared}, {Shared: shared, Held: true}, {Shared: shared, Held2: true},
		{Shared: shared, Held3: true, Held4: true}, {Shared: shared, Held5: true},
	} {
		docs, err := realDocs(o.withDefaults())
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			used[d.id] = true
		}
	}
	return used, nil
}

// drawSpeakerDocs returns the ECB+ train/dev, NewsWCL50 and MEANTIME
// documents not in used whose id hash seeded with seed is 0 modulo the
// corpus' modulus (0 leaves the corpus out).
func drawSpeakerDocs(shared string, used map[string]bool, seed string, ecb, wcl, meantime uint32) ([]realDoc, error) {
	var out []realDoc
	for _, c := range []struct {
		name, file string
		mod        uint32
	}{
		{"ecbplus", "ecbplus/ecbplus_docs.jsonl", ecb},
		{"newswcl50", "newswcl50/newswcl50_docs.jsonl", wcl},
		{"meantime", "meantime/meantime_en_docs.jsonl", meantime},
	} {
		if c.mod == 0 {
			continue
		}
		docs, err := benchDocs(filepath.Join(shared, "bench", "clustering", c.file), c.name)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			if !used[d.id] && seededHashOf(seed, d.id)%c.mod == 0 {
				out = append(out, d)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, nil
}

// benchDocs reads a clustering corpus' documents (JSON lines with id,
// split and text), leaving out its test split, with ids prefixed by
// name and a slash.
func benchDocs(path, name string) ([]realDoc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("sample documents: %w", err)
	}
	var out []realDoc
	for n, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var d struct {
			ID, Split, Text string
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return nil, fmt.Errorf("sample documents %s line %d: %w", path, n+1, err)
		}
		if d.Split != "test" {
			out = append(out, realDoc{id: name + "/" + d.ID, text: d.Text})
		}
	}
	return out, nil
}
