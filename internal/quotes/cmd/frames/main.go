// Command frames builds the word-frame table of package quotes
// (frames.bin.gz) from unlabelled training and development text: PolNeAR
// train articles, ECB+ documents of the train and dev splits and the
// CoNLL-2003 train and valid sentences. Test data is never read.
//
//	go run ./internal/quotes/cmd/frames -out internal/quotes/frames.bin.gz
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/storyline/storyline/internal/quotes"
)

func main() {
	bench := flag.String("bench", "../shared/bench", "the shared bench folder")
	out := flag.String("out", "", "write the frame table here")
	minCount := flag.Int("min", 8, "words seen fewer times get no frame")
	k := flag.Int("k", 64, "frames")
	iters := flag.Int("iters", 20, "k-means passes")
	seed := flag.Int64("seed", 5, "k-means++ seed")
	flag.Parse()
	texts, err := corpus(*bench)
	if err != nil {
		fmt.Fprintln(os.Stderr, "frames:", err)
		os.Exit(1)
	}
	fr := quotes.BuildFrames(texts, quotes.FrameOptions{MinCount: *minCount, K: *k, Iters: *iters, Seed: *seed})
	fmt.Printf("%d texts, %d words with a frame\n", len(texts), len(fr))
	if *out == "" {
		return
	}
	f, err := os.Create(*out)
	if err == nil {
		err = quotes.WriteFrames(f, fr)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "frames:", err)
		os.Exit(1)
	}
}

// corpus reads the unlabelled texts; a path naming a test split stops it.
func corpus(bench string) ([]string, error) {
	var texts []string
	files, err := filepath.Glob(filepath.Join(bench, "quotes", "polnear", "data", "train", "text", "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no PolNeAR train texts under %s", bench)
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		texts = append(texts, string(b))
	}
	raw, err := os.ReadFile(filepath.Join(bench, "clustering", "ecbplus", "ecbplus_docs.jsonl"))
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(raw), "\n") {
		var d struct {
			Split string `json:"split"`
			Text  string `json:"text"`
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return nil, err
		}
		if d.Split == "train" || d.Split == "dev" {
			texts = append(texts, d.Text)
		}
	}
	for _, name := range []string{"train.txt", "valid.txt"} {
		raw, err := os.ReadFile(filepath.Join(bench, "ner", "conll2003", name))
		if err != nil {
			return nil, err
		}
		texts = append(texts, conllText(string(raw)))
	}
	return texts, nil
}

// conllText joins a CoNLL file's tokens into text, one sentence a line.
func conllText(raw string) string {
	var sb strings.Builder
	for _, line := range strings.Split(raw, "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
			sb.WriteByte('\n')
		case f[0] != "-DOCSTART-":
			sb.WriteString(f[0])
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}
