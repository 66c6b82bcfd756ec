//go:build ignore

// gen_lexicon builds the word lists that RepairGlued embeds (see NOTE.md).
// From the repository root (../shared beside it holds the benchmark data):
//
//	cd internal/textclean && go run gen_lexicon.go \
//	    -small /usr/share/dict/american-english-small \
//	    -medium /usr/share/dict/american-english \
//	    -large /usr/share/dict/american-english-large,/usr/share/dict/british-english-large \
//	    -corpus text:../../../shared/bench/quotes/polnear/data/train/text \
//	    -corpus conll:../../../shared/bench/ner/conll2003/train.txt
//
// It writes frequent.txt ("word count left right" per line: the words a glued
// token may be split into, how often each occurs in the counting corpus, and
// in how many known compounds it is the left or the right part) and
// joined.txt (one known word per line that could be split into two frequent
// words and so must never be).
//
// The counting corpus is training and development data only: test splits
// are refused (see refuseTest), so nothing RepairGlued does is derived from
// the data it is measured on. Only counts are kept, never text.
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// modern lists compounds common in news that the word lists predate.
var modern = []string{
	"cyberattack", "cyberattacks", "livestream", "livestreams", "livestreamed",
	"whistleblower", "whistleblowers", "pushback", "lockdown", "lockdowns",
	"facebook", "smartphones", "deepfake", "deepfakes", "chatbot", "chatbots",
	"cryptocurrency", "cryptocurrencies", "skyrocketed", "skyrocketing",
	"ransomware", "teleworking", "gameplay", "playoffs", "wildfires",
	"lawmaker", "policymaker", "frontlines", "ceasefires", "antiwar",
	"walkout", "meltdown", "setback", "setbacks", "comeback", "handover",
	"showdown", "someday", "sometime", "anytime", "overall", "worldwide",
	"nationwide", "statewide", "citywide", "onboard", "online", "offline",
	"website", "websites", "webpage", "podcast", "podcasts", "hashtags",
	"mainland", "homeland", "timeline", "headline", "headlines", "deadline",
	"deadlines", "frontman", "spokeswoman", "spokesman", "congressman",
	"congresswoman", "businessman", "businesswoman", "chairwoman",
	"fundraise", "fundraised", "fundraises", "cheerleading", "superdelegate",
	"superdelegates", "frontrunner", "frontrunners", "livestreaming",
}

// corpusFlag collects repeated -corpus FORMAT:PATH values.
type corpusFlag []string

func (c *corpusFlag) String() string     { return strings.Join(*c, ",") }
func (c *corpusFlag) Set(v string) error { *c = append(*c, v); return nil }

const corpusUsage = `counting corpus as FORMAT:PATH, repeatable; PATH may be a comma-separated list. Formats:
  text         plain-text files, or directories whose *.txt files are read (not recursively)
  conll        CoNLL-2003 column files: the first column of each line is a token
  trafilatura  trafilatura evaldata.json: the "with" snippets of pages that read as English`

func main() {
	small := flag.String("small", "/usr/share/dict/american-english-small", "SCOWL size-35 list")
	medium := flag.String("medium", "/usr/share/dict/american-english", "SCOWL size-50 list (names)")
	large := flag.String("large", "/usr/share/dict/american-english-large", "SCOWL size-70 lists, comma-separated")
	var corpora corpusFlag
	flag.Var(&corpora, "corpus", corpusUsage)
	flag.Parse()

	counts := map[string]int{}
	seen := map[[32]byte]bool{} // documents already counted (corpora repeat some)
	add := func(text string) {
		h := sha256.Sum256([]byte(text))
		if seen[h] {
			return
		}
		seen[h] = true
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			counts[strings.ToLower(w)]++
		}
	}
	for _, c := range corpora {
		format, paths, ok := strings.Cut(c, ":")
		if !ok {
			log.Fatalf("-corpus %q: want FORMAT:PATH", c)
		}
		for _, p := range strings.Split(paths, ",") {
			if err := refuseTest(p); err != nil {
				log.Fatal(err)
			}
			switch format {
			case "text":
				readText(p, add)
			case "conll":
				readCoNLL(p, add)
			case "trafilatura":
				readTrafilatura(p, add)
			default:
				log.Fatalf("-corpus %q: unknown format %q", c, format)
			}
		}
	}
	tokens := 0
	for _, n := range counts {
		tokens += n
	}
	log.Printf("counting corpus: %d documents, %d tokens, %d types", len(seen), tokens, len(counts))

	freq := map[string]bool{} // keys as listed: lowercase words and capitalised names
	for _, w := range readList(*small) {
		if len(w) >= 2 {
			freq[w] = true
		}
	}
	for _, w := range readList(*medium) {
		if len(w) >= 3 && strings.ToLower(w) != w && isUpperASCII(w[0]) && strings.ToLower(w[1:]) == w[1:] {
			freq[w] = true // capitalised names: "Iran", "Kyiv"
		}
	}
	freqLower := map[string]bool{}
	freqAny := map[string]bool{}
	for w := range freq {
		if strings.ToLower(w) == w {
			freqLower[w] = true
		}
		freqAny[strings.ToLower(w)] = true
	}

	known := map[string]bool{}
	for _, path := range strings.Split(*large, ",") {
		for _, w := range readList(path) {
			known[strings.ToLower(w)] = true
		}
	}
	for w, n := range counts {
		if n >= 2 && isASCIIAlpha(w) {
			known[w] = true
		}
	}
	for _, w := range modern {
		known[w] = true
	}

	var joined []string
	left, right := map[string]int{}, map[string]int{} // compound productivity
	for w := range known {
		if freqLower[w] {
			continue // a frequent word is never split anyway
		}
		isJoined := false
		for i := 2; i <= len(w)-2; i++ {
			if freqAny[w[:i]] && freqLower[w[i:]] {
				isJoined = true
				if freqLower[w[:i]] && i >= 3 && len(w)-i >= 3 {
					left[w[:i]]++
					right[w[i:]]++
				}
			}
		}
		if isJoined {
			joined = append(joined, w)
		}
	}
	sort.Strings(joined)

	words := make([]string, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	sort.Strings(words)
	writeLines("frequent.txt", len(words), func(i int) string {
		return fmt.Sprintf("%s %d %d %d", words[i], counts[strings.ToLower(words[i])], left[words[i]], right[words[i]])
	})
	writeLines("joined.txt", len(joined), func(i int) string { return joined[i] })
}

// readList reads a SCOWL list keeping plain ASCII words (no possessives).
func readList(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if isASCIIAlpha(strings.ToLower(w)) {
			out = append(out, w)
		}
	}
	return out
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

func isASCIIAlpha(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

func writeLines(path string, n int, line func(int) string) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for i := 0; i < n; i++ {
		fmt.Fprintln(w, line(i))
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

// refuseTest rejects test data as a counting corpus: a path with a folder
// or file named "test" (any extension), and benchmark sets that are test
// data as a whole (extraction-zyte's ground truth; htmldate's mediacloud
// set). Tune on train and dev splits, report on test ones.
func refuseTest(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("corpus %s: %w", path, err)
	}
	for _, part := range strings.Split(filepath.ToSlash(abs), "/") {
		name := strings.ToLower(strings.TrimSuffix(part, filepath.Ext(part)))
		if name == "test" || name == "testa" || name == "testb" || name == "extraction-zyte" || strings.Contains(name, "mediacloud") {
			return fmt.Errorf("corpus %s: test data may not be counted", path)
		}
	}
	return nil
}

// readText counts a plain-text file, or the *.txt files of a directory.
func readText(path string, add func(string)) {
	st, err := os.Stat(path)
	if err != nil {
		log.Fatal(err)
	}
	files := []string{path}
	if st.IsDir() {
		if files, err = filepath.Glob(filepath.Join(path, "*.txt")); err != nil {
			log.Fatal(err)
		}
		if len(files) == 0 {
			log.Fatalf("corpus %s: no .txt files", path)
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		add(string(b))
	}
}

// readCoNLL counts the tokens (first column) of a CoNLL-2003 file, one
// document per -DOCSTART- line (a file without them is one document).
func readCoNLL(path string, add func(string)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var doc strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		tok, _, _ := strings.Cut(sc.Text(), " ")
		switch tok {
		case "-DOCSTART-":
			add(doc.String())
			doc.Reset()
		case "":
			doc.WriteByte('\n')
		default:
			doc.WriteString(tok)
			doc.WriteByte(' ')
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatalf("corpus %s: %v", path, err)
	}
	add(doc.String())
}

// readTrafilatura counts the "with" snippets (text the extraction must
// keep) of the English pages of trafilatura's evaldata.json.
func readTrafilatura(path string, add func(string)) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var pages map[string]struct {
		With []string `json:"with"`
	}
	if err := json.Unmarshal(b, &pages); err != nil {
		log.Fatalf("corpus %s: %v", path, err)
	}
	for _, p := range pages {
		text := strings.Join(p.With, "\n")
		if readsEnglish(text) {
			add(text)
		}
	}
}

// englishFunctionWords are frequent English words seldom found in other
// languages' running text.
var englishFunctionWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "is": true, "that": true,
	"for": true, "with": true, "was": true, "are": true, "this": true, "have": true,
	"from": true, "it": true, "be": true, "by": true, "which": true, "were": true,
}

// readsEnglish reports whether at least a tenth of the words of text are
// English function words (German or Spanish pages score near zero).
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
