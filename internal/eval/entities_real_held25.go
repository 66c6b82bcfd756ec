package eval

// The twenty-fifth-session held-out entity sample (held25, helper
// entity10): the pages of the trafilatura extraction benchmark
// (extraction-trafilatura/evaldata.json, a development set; no test split
// of any benchmark), extracted as ingest extracts HTML, that read as
// English running text (englishText), both halves of claims held4/held5's
// split. No entity sample read them before (the earlier ones read ECB+,
// NewsWCL50, PolNeAR, CoNLL-2003, MEANTIME). Judged once before the
// entity changes of entity10 and once after them, never tuned on.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/extract"
)

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
	dir := filepath.Join(shared, "bench", "extraction-trafilatura")
	raw, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, err
	}
	var items map[string]struct {
		File string `json:"file"`
	}
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "evaldata.json"), err)
	}
	urls := make([]string, 0, len(items))
	for u := range items {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	ex := extract.New(extract.Options{})
	var docs []realDoc
	for _, u := range urls {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		path := filepath.Join(dir, "html", items[u].File+".gz")
		body, err := extrReadGz(path)
		if err != nil {
			return nil, err
		}
		a, err := ex.Extract(ctx, core.Document{Source: path, URL: u, Format: core.FormatHTML, Body: body})
		if err != nil || !englishText(a.Text) {
			continue
		}
		docs = append(docs, realDoc{id: "trafilatura/" + items[u].File, text: a.Title + "\n\n" + a.Text})
	}
	return docs, nil
}
