package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/story/terms"
)

// A Claim is one normalised statement found in an article.
type Claim struct {
	// Key groups claims: "holder|stance|object", with "not-" before a negated
	// stance ("russia|ready|negotiations").
	Key string
	// Holder is the lower-cased canonical holder ("russia").
	Holder string
	// Stance and Object are canonical ("ready", "negotiations").
	Stance, Object string
	Negated        bool
	// Questioned is set when the writer puts the stance in question rather
	// than reporting it ("skepticism about his willingness to talk"): the
	// claim is the story's topic, not the holder's statement. It keeps the
	// claim's Key, so stories still meet on it.
	Questioned bool
	// Text is the claim for display: "Russia — ready for negotiations".
	Text string
	// Sentence is the sentence it was read from.
	Sentence string
}

// Options tunes an Extractor. The zero value works.
type Options struct {
	// Window is how many words after the stance word an object may stand;
	// 0 means 8.
	Window int
}

// An Extractor finds claims. It is NOT safe for concurrent use (it caches
// stems).
type Extractor struct {
	opts Options
	stem terms.Stemmer
}

// NewExtractor returns an Extractor.
func NewExtractor(opts Options) *Extractor {
	if opts.Window <= 0 {
		opts.Window = 8
	}
	return &Extractor{opts: opts}
}

// Extract returns the claims of an article, in order, one per key (a
// statement of the claim before a sentence that questions it). Quotes
// from the language layer, when given, attribute first-person claims ("we are
// open to a dialogue") to their speaker.
func (e *Extractor) Extract(title, text string, quotes []core.Quote) []Claim {
	doc := &article{text: title + "\n" + text}
	seen := map[string]int{}
	var out []Claim
	add := func(cs []Claim) {
		for _, c := range cs {
			i, ok := seen[c.Key]
			switch {
			case !ok:
				seen[c.Key] = len(out)
				out = append(out, c)
			case out[i].Questioned && !c.Questioned:
				out[i] = c // the holder's own statement outweighs a doubt about it
			}
		}
	}
	for _, s := range terms.Sentences(title) {
		add(e.sentence(s, doc, ""))
	}
	for _, s := range terms.Sentences(text) {
		add(e.sentence(s, doc, ""))
	}
	for _, q := range quotes {
		if q.Speaker == "" {
			continue
		}
		for _, s := range terms.Sentences(q.Text) {
			add(e.sentence(s, doc, strings.ToLower(q.Speaker)))
		}
	}
	return out
}

// BySentence returns the claims of each sentence of an article: the
// sentences of title, then of text, as terms.Sentences splits them, so that
// a caller judging sentences (package novelty) can pair them. Pronouns
// resolve against the whole article.
func (e *Extractor) BySentence(title, text string) (sentences []string, claims [][]Claim) {
	doc := &article{text: title + "\n" + text}
	sentences = append(terms.Sentences(title), terms.Sentences(text)...)
	claims = make([][]Claim, len(sentences))
	for i, s := range sentences {
		claims[i] = e.sentence(s, doc, "")
	}
	return sentences, claims
}

type word struct {
	raw, low, stem string
	capital        bool
	possessive     bool
	stop           bool // punctuation followed: a clause edge
	quoteEnd       bool // a closing quotation mark followed
}

func (e *Extractor) words(s string) []word {
	var ws []word
	for _, f := range strings.Fields(s) {
		w := strings.TrimLeft(f, "\"'“‘([—-")
		end := strings.TrimRight(w, "\"'”’)].,;:!?—")
		stop := len(end) < len(w) && strings.ContainsAny(w[len(end):], ".,;:!?")
		quoteEnd := len(end) < len(w) && strings.ContainsAny(w[len(end):], "\"”")
		w = end
		poss := false
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				w, poss = strings.TrimSuffix(w, suf), true
				break
			}
		}
		if w == "" {
			continue
		}
		low := strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		ws = append(ws, word{raw: w, low: low, stem: e.stem.Stem(low), capital: unicode.IsUpper(r), possessive: poss, stop: stop, quoteEnd: quoteEnd})
		if len(ws) > 400 {
			break
		}
	}
	return ws
}

// stanceCues are lower-case substrings one of which every stance word
// contains; a sentence without any is skipped cheaply.
var stanceCues = []string{"read", "willing", "prepar", "eager", "keen", "open", "refus", "reject",
	"unwil", "reluct", "support", "back", "endors", "welcom", "oppos", "condemn", "demand", "insist", "urg", "call"}

func mayHoldStance(s string) bool {
	// Cues are lower case inside words; a capitalised cue can only open
	// the sentence or a name, so the raw text and its lowered head suffice.
	head := strings.ToLower(s[:min(len(s), 16)])
	for _, c := range stanceCues {
		if strings.Contains(s, c) || strings.Contains(head, c) {
			return true
		}
	}
	return false
}

func stanceOf(w word) string {
	switch w.low {
	case "willing":
		return "ready"
	case "unwilling":
		return "refuse"
	}
	return stances[w.stem]
}

// sentence finds the claims of one sentence. firstPerson, when set, is the
// holder of "we"/"I" (a quote's speaker).
func (e *Extractor) sentence(s string, doc *article, firstPerson string) []Claim {
	if !mayHoldStance(s) {
		return nil
	}
	ws := e.words(s)
	var out []Claim
	for i, w := range ws {
		stance := stanceOf(w)
		if stance == "" {
			continue
		}
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1].low
		}
		if needsPrep[w.stem] && next != "to" && next != "for" {
			continue
		}
		if stance == "demand" && w.stem == "call" && next != "for" {
			continue
		}
		obj := ""
		for j := i + 1; j < len(ws) && j <= i+e.opts.Window; j++ {
			if o := objects[ws[j].stem]; o != "" {
				if obj == "" || (obj == "peace" && o != "peace") {
					obj = o
				}
				if o != "peace" {
					break
				}
			}
			if ws[j].stop {
				break
			}
		}
		if obj == "" {
			continue
		}
		neg := false
		for j := max(0, i-3); j < i; j++ {
			switch ws[j].low {
			case "not", "never", "no", "n't", "nor", "neither":
				neg = true
			}
		}
		holder := e.holder(ws, i, doc, firstPerson)
		if holder == "" {
			continue
		}
		c := makeClaim(holder, stance, obj, neg, s)
		c.Questioned = doubted(ws, i)
		out = append(out, c)
	}
	return out
}

// doubtNouns are words that put the stance after them in question: a
// writer's "skepticism about his willingness to talk" is no statement of his.
var doubtNouns = map[string]bool{"skepticism": true, "scepticism": true, "doubt": true, "doubts": true,
	"questions": true, "suspicion": true, "suspicions": true, "mistrust": true, "distrust": true, "uncertainty": true}

var doubtPreps = map[string]bool{"about": true, "over": true, "of": true, "on": true, "regarding": true, "around": true}

// doubted reports whether the stance word at ws[i] is the object of a doubt
// noun: "doubts over Valdoria's readiness", "skepticism about his willingness".
// "I have no doubt that he is ready" is not: the doubt takes no preposition.
func doubted(ws []word, i int) bool {
	for p := i - 1; p >= max(1, i-2); p-- {
		if doubtPreps[ws[p].low] && doubtNouns[ws[p-1].low] && !ws[p-1].stop {
			return true
		}
	}
	return false
}

// holder finds who holds the stance at ws[i]: a possessor right before it
// ("Russia's readiness"), else the nearest name before it in the clause.
func (e *Extractor) holder(ws []word, i int, doc *article, firstPerson string) string {
	if i > 0 {
		p := ws[i-1]
		if p.possessive && p.capital {
			return canon(nameEndingAt(ws, i-1))
		}
		if pronouns[p.low] && doc.main() != "" {
			return canon(doc.main())
		}
		if (p.low == "our" || p.low == "my") && firstPerson != "" {
			return canon(firstPerson)
		}
	}
	for j := i - 1; j >= 0; j-- {
		w := ws[j]
		if (w.stop || w.quoteEnd) && j < i-1 {
			break // a clause or a quotation ends before the stance
		}
		if (w.low == "we" || w.low == "i") && firstPerson != "" {
			return canon(firstPerson)
		}
		if pronouns[w.low] && doc.main() != "" {
			return canon(doc.main())
		}
		if !w.capital && orgHeads[w.low] && j > 0 && ws[j-1].low == "the" {
			if name := doc.named(w.low); name != "" {
				return canon(name) // "the authority" -> "port edrin authority"
			}
		}
		if unresolved[w.low] || w.capital && demonstratives[w.low] {
			return "" // "They are not ready": no name to give it
		}
		if w.capital && j > 0 || w.capital && metonyms[w.low] != "" || w.capital && j == 0 && !terms.IsStop(w.low) {
			return canon(nameEndingAt(ws, j))
		}
		if pronouns[w.low] && doc.main() != "" {
			return canon(doc.main())
		}
	}
	return ""
}

// nameEndingAt joins the capitalised words ending at ws[j] (at most four).
func nameEndingAt(ws []word, j int) string {
	k := j
	for k > 0 && j-k < 3 && ws[k-1].capital && !ws[k-1].stop && !ws[k-1].possessive {
		k--
	}
	parts := make([]string, 0, j-k+1)
	for _, w := range ws[k : j+1] {
		parts = append(parts, w.low)
	}
	return strings.Join(parts, " ")
}

// canon maps a name to its canonical holder: metonyms to countries, titles
// stripped ("president vladimir putin" -> "vladimir putin"), then a
// multi-word person name to its last word, so that "Putin" and "Vladimir
// Putin" agree.
func canon(name string) string {
	name = strings.TrimPrefix(name, "the ")
	if m, ok := metonyms[name]; ok {
		return m
	}
	f := strings.Fields(name)
	for len(f) > 1 && isTitle(f[0]) {
		f = f[1:]
	}
	if len(f) > 0 {
		if m, ok := metonyms[f[0]]; ok && len(f) > 1 && isTitle(f[1]) {
			return m // "Russian President" with no name after it
		}
	}
	for len(f) > 1 && metonyms[f[0]] != "" && !isTitle(f[1]) && len(f) <= 3 {
		f = f[1:] // "Russian Sergei Shoigu" -> "sergei shoigu"
	}
	name = strings.Join(f, " ")
	if m, ok := metonyms[name]; ok {
		return m
	}
	if len(f) > 1 && orgHeads[f[len(f)-1]] {
		return name // "port edrin authority" is an organisation, not a surname
	}
	if len(f) == 2 || len(f) == 3 {
		return f[len(f)-1]
	}
	return name
}

func isTitle(w string) bool {
	switch w {
	case "president", "prime", "minister", "defense", "defence", "foreign", "secretary",
		"chancellor", "mr", "mrs", "ms", "dr", "leader", "spokesman", "spokeswoman", "envoy":
		return true
	}
	return false
}

func makeClaim(holder, stance, obj string, neg bool, sentence string) Claim {
	st := stance
	phrase := stancePhrase[stance]
	if neg {
		st = "not-" + stance
		phrase = "not " + phrase
		if stance != "ready" {
			phrase = "does not " + strings.TrimSuffix(stancePhrase[stance], "s")
		}
	}
	if stance != "ready" && !neg {
		phrase = stancePhrase[stance]
	}
	return Claim{
		Key: holder + "|" + st + "|" + obj, Holder: holder, Stance: stance, Object: obj, Negated: neg,
		Text:     display(holder) + " — " + phrase + " " + objectPhrase[obj],
		Sentence: sentence,
	}
}

func display(h string) string {
	f := strings.Fields(h)
	for i, w := range f {
		r, n := utf8.DecodeRuneInString(w)
		f[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(f, " ")
}

// An article is what holders resolve against beyond their sentence; each
// part is computed once, only when a sentence needs it.
type article struct {
	text        string
	mainDone    bool
	mainName    string
	phrases     []string
	phrasesDone bool
}

// main is the most mentioned capitalised phrase of the text (ties: the
// first), which "his"/"its" stand for when nothing nearer does.
func (a *article) main() string {
	if !a.mainDone {
		a.mainName, a.mainDone = mainActor(a.allPhrases(), a.text), true
	}
	return a.mainName
}

func (a *article) allPhrases() []string {
	if !a.phrasesDone {
		a.phrases, a.phrasesDone = terms.Phrases(a.text), true
	}
	return a.phrases
}

// named is the first name of several words in the text that ends in head,
// which "the <head>" stands for ("the authority" -> "port edrin
// authority"), or "".
func (a *article) named(head string) string {
	for _, p := range a.allPhrases() {
		if strings.HasSuffix(p, " "+head) && metonyms[p] == "" {
			return p
		}
	}
	return ""
}

func mainActor(ph []string, text string) string {
	if len(ph) == 0 {
		return ""
	}
	low := strings.ToLower(text)
	best, bestN := "", 0
	for _, p := range ph {
		if strings.Contains(p, " ") || metonyms[p] != "" {
			continue // count bare names: surnames and countries
		}
		if n := strings.Count(low, p); n > bestN {
			best, bestN = p, n
		}
	}
	return best
}
