package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/extract"
)

// held6Docs reads the sixth held-out claims sample (fourteenth pass),
// sorted by id: the pages of the dates-htmldate benchmark's dev split
// (eval_default.json; the test split, eval_mediacloud_2020.json, stays
// unread), extracted as ingest extracts HTML, that read as English news
// text (englishText), one page in three by a hash salted with Seed
// ("claims14"; the other two thirds are left for later held samples). No other claims sample reads them (the earlier ones
// read the seeds, ECB+, NewsWCL50, MEANTIME, PolNeAR, CoNLL-2003 and the
// trafilatura pages). The pages are only read for claims judged by hand:
// no date figure is computed here.
func held6Docs(ctx context.Context, o ClaimsSampleOptions) ([]realDoc, error) {
	dir := filepath.Join(o.Shared, "bench", "dates-htmldate")
	raw, err := os.ReadFile(filepath.Join(dir, "eval_default.json"))
	if err != nil {
		return nil, fmt.Errorf("claims real sample: %w", err)
	}
	var items map[string]struct {
		File string `json:"file"`
	}
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, fmt.Errorf("claims real sample: %s: %w", filepath.Join(dir, "eval_default.json"), err)
	}
	files := map[string]string{} // file -> first URL (one file serves two entries)
	for u, it := range items {
		if prev, ok := files[it.File]; !ok || u < prev {
			files[it.File] = u
		}
	}
	names := make([]string, 0, len(files))
	for f := range files {
		names = append(names, f)
	}
	sort.Strings(names)
	ex := extract.New(extract.Options{})
	var docs []realDoc
	for _, f := range names {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		h := fnv.New32a()
		h.Write([]byte(o.Seed + "/" + f))
		if h.Sum32()%3 != 0 {
			continue
		}
		path := filepath.Join(dir, "html", f+".gz")
		body, err := extrReadGz(path)
		if err != nil {
			return nil, fmt.Errorf("claims real sample: %w", err)
		}
		a, err := ex.Extract(ctx, core.Document{Source: path, URL: files[f], Format: core.FormatHTML, Body: body})
		if err != nil || !englishText(a.Text) {
			continue // no text, or not English: ingest would give no claims worth judging
		}
		docs = append(docs, realDoc{id: "htmldate/" + strings.TrimSuffix(f, ".html"), text: a.Title + "\n\n" + a.Text})
	}
	return docs, nil
}
