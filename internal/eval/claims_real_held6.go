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
// unread) that the trafilatura extraction benchmark does not hold too (by
// URL or by the bytes of the page: three in four of them are the same
// pages, which real-held4 and real-held5 read), extracted as ingest
// extracts HTML, that read as English news text (englishText). No other
// claims sample reads them. The pages are only read for claims judged by
// hand: no date figure is computed here.
func held6Docs(ctx context.Context, o ClaimsSampleOptions) ([]realDoc, error) {
	seenURL, seenPage, err := trafilaturaPages(o.Shared)
	if err != nil {
		return nil, err
	}
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
		if seenURL[plainURL(u)] {
			files[it.File] = "" // read by real-held4 or real-held5
			continue
		}
		if prev, ok := files[it.File]; !ok || prev != "" && u < prev {
			files[it.File] = u
		}
	}
	names := make([]string, 0, len(files))
	for f, u := range files {
		if u != "" {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	ex := extract.New(extract.Options{})
	var docs []realDoc
	for _, f := range names {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		text, ok, err := pageText(ctx, ex, filepath.Join(dir, "html", f+".gz"), files[f], seenPage)
		if err != nil {
			return nil, err
		}
		if ok {
			docs = append(docs, realDoc{id: "htmldate/" + strings.TrimSuffix(f, ".html"), text: text})
		}
	}
	return docs, nil
}

// pageText reads the gzipped HTML page at path and extracts it as ingest
// does, giving its title and text; ok is false for a page seenPage holds
// (the same page under another URL), one with no text, or one not in
// English: ingest would give no claims worth judging.
func pageText(ctx context.Context, ex extract.Extractor, path, url string, seenPage map[uint64]bool) (text string, ok bool, err error) {
	body, err := extrReadGz(path)
	if err != nil {
		return "", false, fmt.Errorf("claims real sample: %w", err)
	}
	if seenPage[pageHash(body)] {
		return "", false, nil
	}
	a, err := ex.Extract(ctx, core.Document{Source: path, URL: url, Format: core.FormatHTML, Body: body})
	if err != nil || !englishText(a.Text) {
		return "", false, nil
	}
	return a.Title + "\n\n" + a.Text, true, nil
}

// trafilaturaPages returns the URLs (see plainURL) and the page hashes of
// the trafilatura extraction benchmark's pages, which held4Docs reads.
func trafilaturaPages(shared string) (urls map[string]bool, pages map[uint64]bool, err error) {
	dir := filepath.Join(shared, "bench", "extraction-trafilatura")
	raw, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, nil, fmt.Errorf("claims real sample: %w", err)
	}
	var items map[string]struct {
		File string `json:"file"`
	}
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, nil, fmt.Errorf("claims real sample: %s: %w", filepath.Join(dir, "evaldata.json"), err)
	}
	urls, pages = map[string]bool{}, map[uint64]bool{}
	for u, it := range items {
		urls[plainURL(u)] = true
		body, err := extrReadGz(filepath.Join(dir, "html", it.File+".gz"))
		if err != nil {
			return nil, nil, fmt.Errorf("claims real sample: %w", err)
		}
		pages[pageHash(body)] = true
	}
	return urls, pages, nil
}

// plainURL is u without its scheme, "www." and a closing slash.
func plainURL(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	return strings.TrimSuffix(strings.TrimPrefix(u, "www."), "/")
}

func pageHash(b []byte) uint64 {
	h := fnv.New64a()
	h.Write(b)
	return h.Sum64()
}
