package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/story/terms"
)

// held4Docs reads the fourth held-out claims sample (twelfth pass), sorted
// by id: the pages of the trafilatura extraction benchmark
// (extraction-trafilatura/evaldata.json, a development set; no test split
// of any benchmark), extracted as ingest extracts HTML, that read as
// English news text (englishText) and fall in the half a hash salted with
// Seed ("claims12") gives: an even hash for Held4, an odd one for Held5
// (the thirteenth pass's held sample). No other claims sample reads them (the earlier
// ones read the seeds, ECB+, NewsWCL50, MEANTIME, PolNeAR and CoNLL-2003).
// The pages are only read for claims judged by hand: no extraction figure
// is computed here.
func held4Docs(ctx context.Context, o ClaimsSampleOptions) ([]realDoc, error) {
	return trafilaturaEnglishDocs(ctx, o.Shared, "claims real sample", func(u string) bool {
		h := fnv.New32a()
		h.Write([]byte(o.Seed + "/" + u))
		return (h.Sum32()%2 == 1) == o.Held5
	})
}

// trafilaturaEnglishDocs reads the pages of the trafilatura extraction
// benchmark (extraction-trafilatura/evaldata.json) whose URL keep takes
// (nil: every one), sorted by URL, extracted as ingest extracts HTML,
// that read as English running text (englishText): claims held4/held5
// and entities held25. Each is a document "trafilatura/FILE" of its
// title, a blank line and its text. A file error is wrapped as "what:
// ..." (what "" leaves it as it is); a cancelled ctx's error is returned
// as it is.
func trafilaturaEnglishDocs(ctx context.Context, shared, what string, keep func(url string) bool) ([]realDoc, error) {
	wrap := func(err error) error {
		if what == "" {
			return err
		}
		return fmt.Errorf("%s: %w", what, err)
	}
	dir := filepath.Join(shared, "bench", "extraction-trafilatura")
	raw, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, wrap(err)
	}
	var items map[string]struct {
		File string `json:"file"`
	}
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, wrap(fmt.Errorf("%s: %w", filepath.Join(dir, "evaldata.json"), err))
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
		if keep != nil && !keep(u) {
			continue
		}
		path := filepath.Join(dir, "html", items[u].File+".gz")
		body, err := extrReadGz(path)
		if err != nil {
			return nil, wrap(err)
		}
		a, err := ex.Extract(ctx, core.Document{Source: path, URL: u, Format: core.FormatHTML, Body: body})
		if err != nil || !englishText(a.Text) {
			continue // no text, or not English: ingest would give no claims worth judging
		}
		docs = append(docs, realDoc{id: "trafilatura/" + items[u].File, text: a.Title + "\n\n" + a.Text})
	}
	return docs, nil
}

// englishText reports whether text is English running text of 150 words
// or more: a tenth or more of its words are among the commonest English
// function words.
func englishText(text string) bool {
	ws := terms.Words(text)
	if len(ws) < 150 {
		return false
	}
	n := 0
	for _, w := range ws {
		if englishFunction[w] {
			n++
		}
	}
	return 10*n >= len(ws)
}

var englishFunction = map[string]bool{"the": true, "of": true, "and": true, "to": true, "in": true, "is": true,
	"that": true, "for": true, "was": true, "with": true, "on": true, "it": true, "he": true, "she": true,
	"they": true, "said": true, "are": true, "by": true, "this": true, "from": true}
