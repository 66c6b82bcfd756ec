//go:build ignore

// gen_lexicon builds the word lists that RepairGlued embeds (see NOTE.md):
//
//	go run gen_lexicon.go -small /usr/share/dict/american-english-small \
//	    -medium /usr/share/dict/american-english \
//	    -large /usr/share/dict/american-english-large,/usr/share/dict/british-english-large \
//	    -corpus ../../../shared/bench/extraction-zyte/ground-truth.json
//
// It writes frequent.txt ("word count left right" per line: the words a glued
// token may be split into, how often each occurs in the corpus, and in how
// many known compounds it is the left or the right part) and joined.txt (one
// known word per line that could be split into two frequent words and so must
// never be).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
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

func main() {
	small := flag.String("small", "/usr/share/dict/american-english-small", "SCOWL size-35 list")
	medium := flag.String("medium", "/usr/share/dict/american-english", "SCOWL size-50 list (names)")
	large := flag.String("large", "/usr/share/dict/american-english-large", "SCOWL size-70 lists, comma-separated")
	corpus := flag.String("corpus", "", "extraction-zyte ground-truth.json (token counts)")
	flag.Parse()

	counts := map[string]int{}
	if *corpus != "" {
		b, err := os.ReadFile(*corpus)
		if err != nil {
			log.Fatal(err)
		}
		var gt map[string]struct {
			ArticleBody string `json:"articleBody"`
		}
		if err := json.Unmarshal(b, &gt); err != nil {
			log.Fatal(err)
		}
		for _, v := range gt {
			for _, w := range strings.FieldsFunc(v.ArticleBody, func(r rune) bool { return !unicode.IsLetter(r) }) {
				counts[strings.ToLower(w)]++
			}
		}
	}

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
