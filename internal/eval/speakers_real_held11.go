package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// The eleventh held-out speaker sample (seventeenth session, speakers on
// unseen real news). The earlier speaker samples spent every ECB+
// train/dev, MEANTIME and CoNLL-2003 train document and every PolNeAR
// train/dev article no events or entity sample held, so this one reads two
// sources no speaker, events or entity sample has read: the CoNLL-2003
// valid documents (Reuters, August 1996; the NER layer's development split,
// read here only for the quotes of the documents) and the article pages of
// the Zyte extraction benchmark that read as English news (November 2019,
// several outlets; the claims layer's seventh held-out sample reads the
// same pages, held7Docs, with the same filters). No test document is read:
// CoNLL's test file is never opened, and of the Zyte benchmark only the
// pages and their URLs are read, never the gold article bodies. A quote is
// kept when its key hash salted with speakerSaltHeld11 is 0 modulo
// speakerKeepHeld11.
const (
	speakerSaltHeld11 = "speakers-held11-17:"
	speakerKeepHeld11 = 23
)

// held11SpeakerDocs returns the documents of the eleventh held-out speaker
// sample, sorted by id: "conll-valid/NNNN" and "zyte/ID".
func held11SpeakerDocs(ctx context.Context, shared string) ([]realDoc, error) {
	path := filepath.Join(shared, "bench", "ner", "conll2003", "valid.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("real-news sample: %w", err)
	}
	var docs []realDoc
	for n, text := range conllDocs(string(raw)) {
		docs = append(docs, realDoc{id: fmt.Sprintf("conll-valid/%04d", n), text: text})
	}
	pages, err := held7Docs(ctx, ClaimsSampleOptions{Shared: shared})
	if err != nil {
		return nil, err
	}
	docs = append(docs, pages...)
	sort.Slice(docs, func(i, j int) bool { return docs[i].id < docs[j].id })
	return docs, nil
}
