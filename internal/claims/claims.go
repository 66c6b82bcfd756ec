package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/sentence"
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
	// Qualifier names which agreement or membership the object is
	// ("trade", "puerto rico", "nato"); it is part of Key, so that support
	// for one deal does not group with support for another. "" when the
	// sentence does not say.
	Qualifier string
	// Partner is whom or what negotiations are with or about, as the
	// sentence names it ("ukraine"); "" when it names none. It is not part
	// of Key: a statement naming no partner ("we have never refused to
	// negotiate") is the same line as one that does.
	Partner string
	Negated bool
	// Questioned is set when the writer puts the stance in question rather
	// than reporting it ("skepticism about his willingness to talk"): the
	// claim is the story's topic, not the holder's statement. It keeps the
	// claim's Key, so stories still meet on it.
	Questioned bool
	// Statement is set for a statement claim (statement.go): a quote's
	// named speaker and the gist of what was said, Stance "says", Object
	// the gist's stems. Alone it is one article's quote; it is a recurring
	// claim when its key comes back in another article.
	Statement bool
	// Gist is a statement claim's content stems, distinct, in the order
	// said (Object keeps only the longest of them): what Join compares
	// with the holder's earlier statements. Nil for a stance claim.
	Gist []string
	// Own is the key Extract gave a statement claim that Join re-keyed to
	// the group of an earlier statement it restates; "" when not re-keyed.
	Own string
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
	return e.extract(title, text, quotes, nil)
}

// ExtractArticle is Extract on an analysed article: its entities, when
// the analyze layer found them, tell an organisation's whole name from a
// person's surname and which names the article knows (speaker.go).
func (e *Extractor) ExtractArticle(a *core.Article) []Claim {
	return e.extract(a.Title, a.Text, a.Quotes, a.Entities)
}

func (e *Extractor) extract(title, text string, quotes []core.Quote, ents []core.Entity) []Claim {
	doc := &article{text: title + "\n" + text, ents: entityIndex(ents)}
	var per [][]Claim
	for _, s := range sentencesOf(title) {
		cs := e.sentence(headlineCase(s, text, ents), doc, "")
		for k := range cs {
			cs[k].Sentence = s // the headline as written
		}
		per = append(per, cs)
		doc.prev = s
		e.noteDeal(s, doc)
	}
	for _, s := range sentencesOf(text) {
		per = append(per, e.sentence(s, doc, ""))
		doc.prev = s
		e.noteDeal(s, doc)
	}
	stanced := map[string]bool{} // sentences a stance claim was read from
	denied := map[string]bool{}  // of those, the ones whose every stance claim is a denial
	for _, cs := range per {
		for _, c := range cs {
			if !stanced[c.Sentence] {
				denied[c.Sentence] = true
			}
			stanced[c.Sentence] = true
			denied[c.Sentence] = denied[c.Sentence] && c.Stance == "deny"
		}
	}
	for _, q := range quotes {
		if q.Speaker == "" || noHolder(q, doc) {
			continue
		}
		var qs []Claim
		for _, s := range sentencesOf(q.Text) {
			cs := e.sentence(s, doc, strings.ToLower(q.Speaker))
			qs = append(qs, cs...)
			per = append(per, cs)
		}
		if len(qs) > 0 || stanced[q.Sentence] && !(denied[q.Sentence] && saidBeforeDenial(q)) {
			continue // the stance families win where they apply
		}
		if c, ok := e.statementClaim(q, doc); ok {
			per = append(per, []Claim{c})
		}
	}
	seen := map[string]int{}
	var out []Claim
	for _, cs := range per {
		for _, c := range cs {
			c.Text = shownInFull(c, doc)
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
	return out
}

// headlineCase lower-cases the words of a title-case headline ("Tarel
// Denies Smuggling Allegations", "Minister Says Talks Will Resume") that
// that no entity of the article names and the text writes lower case or
// not at all, so that
// the stance rules read the verb and its object as words, not as a name
// run ("Tarel Denies Smuggling Allegations" reads "Tarel denies smuggling
// allegations"). Any other title is returned as given.
func headlineCase(title, text string, ents []core.Entity) string {
	f := strings.Fields(title)
	long, caps := 0, 0
	for _, w := range f[min(1, len(f)):] {
		w = strings.Trim(w, "\"'“”‘’(),.;:!?")
		if len(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	if long < 2 || caps < long {
		return title
	}
	named := map[string]bool{}
	for _, e := range ents {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, w := range strings.Fields(n) {
				named[strings.ToLower(strings.Trim(w, "\"'“”‘’(),.;:!?"))] = true
			}
		}
	}
	lower, upper := map[string]bool{}, map[string]bool{} // words the text writes lower case, capitalised
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, "\"'“”‘’(),.;:!?")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower[w] = true
		} else {
			upper[strings.ToLower(w)] = true
		}
	}
	for i, w := range f {
		bare := strings.Trim(w, "\"'“”‘’(),.;:!?")
		low := strings.ToLower(bare)
		if low == bare || named[low] || upper[low] && !lower[low] {
			continue // a name: the entities' or one the text writes capitalised only
		}
		f[i] = strings.Replace(w, bare, low, 1)
	}
	return strings.Join(f, " ")
}

// saidBeforeDenial reports whether a quote stands in its sentence before
// any word of denial ("Tarel said the port is ready to reopen, but denied
// the allegations"): what it says is no part of what is denied, so it is
// a statement beside the sentence's deny claim; so is a quote after the
// comma that closes a participle opening the sentence ("Denying the
// charges, Tarel said the port is ready to reopen"). A quote after a
// denial word, or one its sentence does not hold as written, is not.
func saidBeforeDenial(q core.Quote) bool {
	at := strings.Index(q.Sentence, q.Text)
	if at < 0 || q.Text == "" {
		return false
	}
	before := q.Sentence[:at]
	if f := strings.Fields(before); len(f) > 0 && frontedParticiples[strings.ToLower(strings.Trim(f[0], "\"'“‘("))] {
		if _, rest, ok := strings.Cut(before, ","); ok {
			before = rest // "Denying the charges, Tarel said the port ...": the denial ends at its comma
		}
	}
	return !hasDenialWord(before)
}

// hasDenialWord reports whether s holds a word of denial (denialWords,
// "no truth") as a whole word in any case: a name that only begins like
// one ("Denise", "Falsetti", "Rejectal") is none.
func hasDenialWord(s string) bool {
	prevNo := false
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		w := strings.ToLower(f)
		if denialWords[w] || prevNo && w == "truth" {
			return true
		}
		prevNo = w == "no"
	}
	return false
}

// denialWords are the words of a denial, in lower case.
var denialWords = map[string]bool{
	"deny": true, "denies": true, "denied": true, "denying": true, "denial": true, "denials": true,
	"dismiss": true, "dismisses": true, "dismissed": true, "dismissing": true, "dismissal": true, "dismissive": true,
	"reject": true, "rejects": true, "rejected": true, "rejecting": true, "rejection": true,
	"refute": true, "refutes": true, "refuted": true, "refuting": true, "refutation": true,
	"rebut": true, "rebuts": true, "rebutted": true, "rebutting": true, "rebuttal": true,
	"baseless": true, "unfounded": true, "untrue": true, "false": true, "falsely": true, "falsehood": true,
}

// shownInFull is c's display with a holder named by surname shown as the
// article names the person in full ("Clara Benn — says ...", as her
// quotes are listed); c.Text as it is otherwise (see article.personShown).
func shownInFull(c Claim, doc *article) string {
	full := doc.personShown(c.Holder)
	if full == "" {
		return c.Text
	}
	if _, rest, ok := strings.Cut(c.Text, " — "); ok {
		return full + " — " + rest
	}
	return c.Text
}

// BySentence returns the claims of each sentence of an article: the
// sentences of title, then of text, as sentencesOf splits them, so that
// a caller judging sentences (package novelty) can pair them. Pronouns
// resolve against the whole article.
func (e *Extractor) BySentence(title, text string) (sentences []string, claims [][]Claim) {
	doc := &article{text: title + "\n" + text}
	sentences = append(sentencesOf(title), sentencesOf(text)...)
	claims = make([][]Claim, len(sentences))
	for i, s := range sentences {
		claims[i] = e.sentence(s, doc, "")
		doc.prev = s
		e.noteDeal(s, doc)
	}
	return sentences, claims
}

// sentencesOf returns the sentences of text as package sentence splits
// them (abbreviations, initials, quotation marks closing a sentence:
// "“very serious.” During ..." is two).
func sentencesOf(text string) []string {
	ss := sentence.Split(text)
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if t := strings.TrimSpace(s.Text); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func (e *Extractor) sentence(s string, doc *article, firstPerson string) []Claim {
	if !mayHoldStance(s) {
		return nil
	}
	// "WEST PALM BEACH, Fla. — President X ...": the dateline's place is
	// where the story was filed, never a holder.
	ws := e.words(s[sentence.DatelineEnd(s):])
	if titleCased(ws) {
		uncapTitle(ws, s, doc)
	}
	var out []Claim
	for i, w := range ws {
		if stance, v, ok := infinitive(ws, i); ok {
			if pledgeVerbs[w.low] && !strings.HasPrefix(w.low, "want") && negatedAt(ws, i) {
				continue // "did not threaten to call off the deal": no pledge made
			}
			// "vowed to hold elections", "urged Democrats to vote for
			// the deal": the stance word is the pledge or the urging, the
			// object is the verb's.
			if c, ok := e.claimAt(ws, i, v, stance, s, doc, firstPerson, true); ok {
				out = append(out, c)
			}
			continue
		}
		if w.low == "truth" {
			if c, ok := e.noTruthClaim(ws, i, s, doc, firstPerson); ok {
				out = append(out, c) // "there is no truth to reports that ..." (denial.go)
				continue
			}
		}
		if familyVerbs[w.low] != "" {
			if c, ok := e.openClaim(ws, i, s, doc, firstPerson); ok {
				out = append(out, c) // "denied the allegations", "warned of a recession"
				continue
			}
			if c, ok := e.objectFirstDenial(ws, i, s, doc, firstPerson); ok {
				out = append(out, c) // "a charge Ostmark has denied" (denial.go)
				continue
			}
		}
		stance := stanceOf(w)
		if inFavor(ws, i) {
			stance = "support" // "voted in favor of the deal"
		} else if stance == "" || !stanceForm(ws, i) {
			if c, ok := e.urgedClaim(ws, i, s, doc, firstPerson); ok {
				out = append(out, c) // "called on Kell to resign"
			}
			continue
		}
		p := i
		if flip, ok := gerundStance(ws, i+1); ok && (stance == "support" || stance == "oppose") {
			p = i + 1 // "supported staying in the deal", "opposed leaving it"
			if flip {
				stance = map[string]string{"support": "oppose", "oppose": "support"}[stance]
			}
		}
		c, ok := e.claimAt(ws, i, p, stance, s, doc, firstPerson, false)
		if ok && !((w.stem == "seek" || w.low == "sought") && c.Object == "election") {
			out = append(out, c) // "seeking election" is running for office
		} else if !ok {
			if c, ok := e.urgedClaim(ws, i, s, doc, firstPerson); ok {
				out = append(out, c) // "demanded Wang's release"
			}
		}
	}
	return out
}

// titleCased reports whether a sentence is a headline in title case
// ("Trump Calls On Obama To Resign"): of its words of four letters or
// more after the first, at least three and four in five are capitalised,
// and a function or stance word is among them ("Rick Tarel endorsed Lena
// Varro on Friday" is names, not a headline).
func titleCased(ws []word) bool {
	long, caps, upper, function := 0, 0, 0, 0
	for _, w := range ws[min(1, len(ws)):] {
		if len(w.low) < 4 {
			continue
		}
		long++
		if w.capital {
			caps++
			if !strings.ContainsFunc(w.raw, unicode.IsLower) {
				upper++
			}
		}
	}
	// an all-capitals headline ("BRITAIN WELCOMES ...") is left as it is
	if caps < 3 || 5*caps < 4*long || 2*upper >= long {
		return false
	}
	for _, w := range ws[1:] {
		if w.capital && !nonNames[w.low] && (terms.IsStop(w.low) || familyVerbs[w.low] != "" || urgeVerbs[w.low] || stanceOf(w) != "") {
			function++ // "On", "To", "Calls", "Endorses": no name's word
		}
	}
	return function > 0
}

// uncapTitle lowers the capitals of a title-cased sentence's words that
// the rest of the article never writes capitalised inside a sentence, so
// that "Calls For Special Prosecutor" reads as "calls for special
// prosecutor" while "Pence" stays a name.
func uncapTitle(ws []word, s string, doc *article) {
	rest := strings.ReplaceAll(doc.text, s, "")
	for k := range ws {
		if !ws[k].capital || k == 0 && len(ws) > 1 && ws[1].capital && capitalInside(rest, ws[1].raw) {
			continue // the first word of a name ("Mike Pence")
		}
		if !capitalInside(rest, ws[k].raw) {
			ws[k].capital = false
		}
	}
}

// capitalInside reports whether text writes w (capitalised) inside a
// sentence: after a word, not after a sentence's end.
func capitalInside(text, w string) bool {
	for at := 0; ; {
		k := strings.Index(text[at:], w)
		if k < 0 {
			return false
		}
		k += at
		at = k + len(w)
		if at < len(text) && isLetter(text[at]) {
			continue // "Calls" in "Callson"
		}
		b := strings.TrimRight(text[:k], " \"'“‘(")
		if b != "" && len(b) < k && !strings.ContainsAny(b[len(b)-1:], ".!?\n:") {
			return true
		}
	}
}

// claimAt makes the claim of the stance word at ws[i] whose object heads
// the phrase after ws[p] (p == i but for an infinitive); ok is false when
// the stance is hedged, has no object or no holder. pledge is set for a
// stance read through the verb after "to" (see infinitive).
func (e *Extractor) claimAt(ws []word, i, p int, stance, s string, doc *article, firstPerson string, pledge bool) (Claim, bool) {
	if hedged(ws, i, s) || unsaidAt(ws, i) {
		return Claim{}, false
	}
	obj, qual, qualShow, ok := e.phrase(ws, p)
	if !ok {
		return Claim{}, false
	}
	if (stance == "demand" || stance == "support") && undone(ws, p) {
		stance = "oppose" // "called for the lifting of sanctions"
	}
	if obj == "negotiations" && pledge && stance == "support" {
		stance = "ready" // "agreed to hold talks", "vowed to negotiate"
	}
	if (obj == "ban" || obj == "resignation" || policyNeedsQual[obj]) && qual == "" {
		return Claim{}, false // a ban on nothing named, no one's resignation
	}
	if obj == "settlement" && qual == "" {
		if definiteDeal(ws, p) {
			qual, qualShow = doc.deal, doc.dealShow // "scrap the deal": the one the article named
			if qual == "" {
				qual, qualShow = e.firstDeal(doc) // or names after
			}
		}
		if qual == "" {
			qual = unnamedDeal(s) // no one can tell which: it groups with nothing
		}
	}
	partner := ""
	if obj == "negotiations" {
		partner, qual, qualShow = qual, "", ""
	}
	neg := negatedAt(ws, i)
	if obj == "negotiations" && neg && stance == "refuse" {
		stance, neg = "ready", false // "we have never refused to negotiate"
	}
	holder := e.holder(ws, i, doc, firstPerson)
	if holder == "" || policyObjects[obj] && policyHolderOff(ws, i, holder, doc, s) || doc.openingWord(holder, ws) {
		return Claim{}, false
	}
	if partner == holder {
		partner = ""
	}
	c := makeClaim(holder, stance, obj, qual, qualShow, neg, s)
	c.Partner = partner
	c.Questioned = doubted(ws, i)
	return c, true
}

// negatedAt reports whether a negation stands in the three words before
// ws[i]; "not only", "not just", "no doubt" negate nothing ("Ostmark is not
// only ready for talks but eager for them").
func negatedAt(ws []word, i int) bool {
	neg := false
	for j := max(0, i-3); j < i; j++ {
		switch ws[j].low {
		case "not", "never", "no", "n't", "nor", "neither":
			if !notNegating[ws[j+1].low] {
				neg = true
			}
		case "but":
			neg = false // "not hostile but ready for talks": the negation stops at "but"
		}
	}
	return neg
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
