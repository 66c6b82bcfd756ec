package main

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/ner"
)

// source is one part of the unlabelled corpus: a path under the bench
// folder and how to read it.
type source struct {
	format string // conll, text (a folder of *.txt), ecbplus or trafilatura
	path   string // relative to the bench folder
}

// sources lists the corpus. Every part is training or development data of
// its benchmark; test splits (CoNLL-2003 test.txt, PolNeAR data/test, ECB+
// documents whose split is "test", extraction-zyte, the htmldate
// mediacloud set) are never read.
var sources = []source{
	{"conll", "ner/conll2003/train.txt"},
	{"conll", "ner/conll2003/valid.txt"},
	{"text", "quotes/polnear/data/train/text"},
	{"text", "quotes/polnear/data/dev/text"},
	{"ecbplus", "clustering/ecbplus/ecbplus_docs.jsonl"}, // split train and dev only
	{"trafilatura", "extraction-trafilatura/evaldata.json"},
}

// refuseTest returns an error when path names test data: a path element
// test, testa or testb (any extension), the extraction-zyte benchmark (a
// test set) or the htmldate mediacloud set (its test split).
func refuseTest(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("corpus %s: %w", path, err)
	}
	for _, part := range strings.Split(filepath.ToSlash(abs), "/") {
		name := strings.ToLower(strings.TrimSuffix(part, filepath.Ext(part)))
		if name == "test" || name == "testa" || name == "testb" || name == "extraction-zyte" || strings.Contains(name, "mediacloud") {
			return fmt.Errorf("corpus %s: test data may not be read", path)
		}
	}
	return nil
}

// ecbSplits are the ECB+ splits the corpus may use.
var ecbSplits = map[string]bool{"train": true, "dev": true}

// corpusStats counts what corpus read, per source.
type corpusStats struct {
	docs, skipped int
}

// corpus reads tokenised sentences (one per line of text, or per CoNLL
// sentence) of every source under bench. A document repeated verbatim is
// read once.
func corpus(bench string) ([][]string, error) {
	var out [][]string
	seen := map[[32]byte]bool{}
	addText := func(text string) bool {
		h := sha256.Sum256([]byte(text))
		if seen[h] {
			return false
		}
		seen[h] = true
		for _, para := range strings.Split(text, "\n") {
			toks := ner.Tokenize(para)
			if len(toks) == 0 {
				continue
			}
			s := make([]string, len(toks))
			for i, t := range toks {
				s[i] = t.Text
			}
			out = append(out, s)
		}
		return true
	}
	for _, src := range sources {
		p := filepath.Join(bench, filepath.FromSlash(src.path))
		if err := refuseTest(p); err != nil {
			return nil, err
		}
		var st corpusStats
		var err error
		switch src.format {
		case "conll":
			st, err = readCoNLL(p, &out)
		case "text":
			st, err = readTextDir(p, addText)
		case "ecbplus":
			st, err = readECBPlus(p, addText)
		case "trafilatura":
			st, err = readTrafilatura(p, addText)
		default:
			err = fmt.Errorf("corpus %s: unknown format %q", p, src.format)
		}
		if err != nil {
			return nil, err
		}
		fmt.Printf("  %-40s %5d documents read, %4d skipped\n", src.path, st.docs, st.skipped)
	}
	return out, nil
}

// readCoNLL appends the sentences of a CoNLL-2003 file.
func readCoNLL(path string, out *[][]string) (corpusStats, error) {
	f, err := os.Open(path)
	if err != nil {
		return corpusStats{}, fmt.Errorf("corpus %s: %w", path, err)
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(f, path)
	if err != nil {
		return corpusStats{}, fmt.Errorf("corpus %s: %w", path, err)
	}
	for _, d := range docs {
		for _, s := range d {
			*out = append(*out, s.Tokens)
		}
	}
	return corpusStats{docs: len(docs)}, nil
}

// readTextDir reads the *.txt files of a folder.
func readTextDir(dir string, add func(string) bool) (corpusStats, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return corpusStats{}, fmt.Errorf("corpus %s: %w", dir, err)
	}
	if len(files) == 0 {
		return corpusStats{}, fmt.Errorf("corpus %s: no .txt files", dir)
	}
	var st corpusStats
	for _, p := range files {
		if err := refuseTest(p); err != nil {
			return st, err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return st, fmt.Errorf("corpus %s: %w", p, err)
		}
		if add(string(b)) {
			st.docs++
		} else {
			st.skipped++
		}
	}
	return st, nil
}

// readECBPlus reads the ECB+ documents (JSON lines) whose split is train
// or dev; a document without a known split is an error, so a change of
// format cannot let test documents through.
func readECBPlus(path string, add func(string) bool) (corpusStats, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return corpusStats{}, fmt.Errorf("corpus %s: %w", path, err)
	}
	var st corpusStats
	for n, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var d struct {
			ID    string `json:"id"`
			Split string `json:"split"`
			Text  string `json:"text"`
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return st, fmt.Errorf("corpus %s line %d: %w", path, n+1, err)
		}
		switch {
		case ecbSplits[d.Split]:
			if add(d.Text) {
				st.docs++
			} else {
				st.skipped++
			}
		case d.Split == "test":
			st.skipped++
		default:
			return st, fmt.Errorf("corpus %s line %d: document %q has unknown split %q", path, n+1, d.ID, d.Split)
		}
	}
	return st, nil
}

// readTrafilatura reads the "with" snippets (text the extraction must
// keep) of the trafilatura evaluation pages that read as English; most
// pages are German and are skipped.
func readTrafilatura(path string, add func(string) bool) (corpusStats, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return corpusStats{}, fmt.Errorf("corpus %s: %w", path, err)
	}
	var pages map[string]struct {
		With []string `json:"with"`
	}
	if err := json.Unmarshal(b, &pages); err != nil {
		return corpusStats{}, fmt.Errorf("corpus %s: %w", path, err)
	}
	urls := make([]string, 0, len(pages))
	for u := range pages {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	var st corpusStats
	for _, u := range urls {
		text := strings.Join(pages[u].With, "\n")
		if readsEnglish(text) && add(text) {
			st.docs++
		} else {
			st.skipped++
		}
	}
	return st, nil
}

// englishFunctionWords are frequent English words seldom found in other
// languages' running text.
var englishFunctionWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "is": true, "that": true,
	"for": true, "with": true, "was": true, "are": true, "this": true, "have": true,
	"from": true, "it": true, "be": true, "by": true, "which": true, "were": true,
}

// readsEnglish reports whether text has at least ten words and at least a
// tenth of them are English function words (German or Spanish pages score
// near zero).
func readsEnglish(text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	n := 0
	for _, w := range words {
		if englishFunctionWords[w] {
			n++
		}
	}
	return len(words) >= 10 && n*10 >= len(words)
}
