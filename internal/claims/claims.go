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

type word struct {
	raw, low, stem string
	capital        bool
	possessive     bool
	stop           bool // punctuation followed: a clause edge
	quoteEnd       bool // a closing quotation mark followed
}

func (e *Extractor) words(s string) []word {
	fs := strings.Fields(s)
	ws := make([]word, 0, min(len(fs), 401))
	for _, f := range fs {
		w := strings.TrimLeft(f, "\"'“‘([—-")
		end := strings.TrimRight(w, "\"'”’)].,;:!?—")
		stop := len(end) < len(w) && strings.ContainsAny(w[len(end):], ".,;:!?")
		if stop && (abbreviations[strings.ToLower(w)] || strings.Contains(end, ".") && strings.HasPrefix(w[len(end):], ".") && len(w)-len(end) == 1) {
			stop = false // "Mr." and "U.N." end no clause
		}
		if stop && len(end) == 1 && end[0] >= 'A' && end[0] <= 'Z' && w[1:] == "." {
			stop = false // an initial: "Donald J. Trump"
		}
		quoteEnd := len(end) < len(w) && strings.ContainsAny(w[len(end):], "\"”")
		w = end
		for _, suf := range contractions {
			if !strings.ContainsAny(w, "'’") {
				break
			}
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				w = strings.TrimSuffix(w, suf) // "he'd", "I’ll": the pronoun
				break
			}
		}
		poss := false
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				w, poss = strings.TrimSuffix(w, suf), true
				break
			}
		}
		if w == "" && len(ws) > 0 && (strings.Trim(f, "—–") == "" || f == "--") {
			ws[len(ws)-1].stop = true // a dash ends a clause
		}
		if w == "" || partyTag(w) {
			continue // "(D-Va.)" names no one
		}
		low := strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		ws = append(ws, word{raw: w, low: low, stem: e.stem.Stem(low), capital: unicode.IsUpper(r), possessive: poss, stop: stop, quoteEnd: quoteEnd})
		if len(ws) > 400 {
			break
		}
	}
	return dropAsides(ws)
}

// asides are the parentheticals a writer sets between a subject and its
// verb: "Snyder, for his part, has denied ...".
var asides = [][]string{{"for", "his", "part"}, {"for", "her", "part"}, {"for", "its", "part"}, {"for", "their", "part"},
	{"however"}, {"meanwhile"}, {"in", "turn"}, {"in", "response"}, {"in", "a", "statement"}}

// dropAsides takes an aside (asides) out from between a name and a lower
// case word ("Tarel, for his part, has denied" reads "Tarel has denied"),
// so that every rule finds the verb's subject right before it.
func dropAsides(ws []word) []word {
	for k := 0; k+2 < len(ws); k++ {
		if !ws[k].capital || !ws[k].stop || ws[k].quoteEnd {
			continue
		}
		for _, a := range asides {
			end := k + len(a) // the aside's last word
			if end+1 >= len(ws) || !ws[end].stop || ws[end].quoteEnd || ws[end+1].capital {
				continue
			}
			same := true
			for n, x := range a {
				if ws[k+1+n].low != x || n < len(a)-1 && ws[k+1+n].stop {
					same = false
					break
				}
			}
			if same {
				ws[k].stop = false
				ws = append(ws[:k+1], ws[end+1:]...)
				break
			}
		}
	}
	return ws
}

// partyTag reports whether w is a US party-and-state tag ("D-Va", "R-N.H").
func partyTag(w string) bool {
	return len(w) >= 4 && strings.ContainsRune("DRI", rune(w[0])) && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// abbreviations are words whose full stop ends no clause.
var abbreviations = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "sen.": true,
	"gov.": true, "rep.": true, "gen.": true, "st.": true, "jr.": true, "sr.": true, "lt.": true, "col.": true}

var contractions = []string{"'d", "’d", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'m", "’m"}

// hedgeWords before a stance make it no statement of its holder: a
// condition or a question ("if Valdoria is ready", "whether she opposes"),
// or someone else's report of it that is denied, doubted or called a lie
// ("dismissed Tehran's insistence", "denied that Ostmark refused", "is
// lying about her support").
var hedgeWords = map[string]bool{"if": true, "whether": true, "unless": true, "denied": true, "denies": true,
	"deny": true, "denying": true, "dismissed": true, "dismisses": true, "dismissing": true, "alleged": true,
	"allegedly": true, "allegation": true, "allegations": true, "rumor": true, "rumors": true, "rumours": true,
	"speculation": true, "speculated": true, "reportedly": true, "lying": true, "lied": true, "lies": true,
	"falsely": true, "accused": true, "accuses": true, "accusing": true}

// hedged reports whether the stance at ws[i] is conditional, questioned or
// reported as someone else's word.
func hedged(ws []word, i int, s string) bool {
	if strings.HasSuffix(strings.TrimRight(s, " \"'”’)»"), "?") {
		return true
	}
	for _, w := range ws[:i] {
		if hedgeWords[w.low] {
			return true
		}
	}
	for j := i + 1; j < min(len(ws), i+16); j++ {
		if (ws[j].low == "if" || ws[j].low == "unless") && ws[j-1].low != "and" && ws[j-1].low != "but" {
			return true // "could agree to a new deal if it was strong enough"
		}
		if ws[j].stop {
			break // "supported the sanctions, and if these fail": another clause
		}
	}
	return false
}

// stanceCues are lower-case prefixes one of which every stance or pledge
// word opens with; a sentence without any is skipped cheaply.
var stanceCues = []string{"read", "willing", "prepar", "eager", "keen", "open", "refus", "reject",
	"unwil", "reluct", "support", "back", "endors", "welcom", "oppos", "condemn", "demand", "insist", "urg", "call", "rebuf", "spurn", "seek", "sought", "agree", "commit",
	"vow", "pledg", "promis", "criticiz", "criticis", "denounc", "push", "encourag", "lobb", "appeal", "pressur", "pressed", "pressing", "swor",
	"deni", "deny", "accus", "blam", "warn", "threaten to", "threatens to", "threatened to", "threatening to", "in favo", "want to", "wants to",
	"wanted to", "wanting to", "dismiss", "no truth"}

// cuesByFirst indexes stanceCues by their first byte (a read-only table).
var cuesByFirst = func() (t [256][]string) {
	for _, c := range stanceCues {
		t[c[0]] = append(t[c[0]], c)
	}
	return t
}()

func mayHoldStance(s string) bool {
	// Cues are lower case inside words; a capitalised cue can only open
	// the sentence or a name, so the raw text and its lowered head suffice.
	return hasCue(s) || hasCue(strings.ToLower(s[:min(len(s), 16)]))
}

func hasCue(s string) bool {
	for i := 0; i < len(s); i++ {
		if i > 0 && (s[i-1]|0x20 >= 'a' && s[i-1]|0x20 <= 'z') {
			continue // cues open words: "compromise" holds no "promis"
		}
		for _, c := range cuesByFirst[s[i]] {
			if strings.HasPrefix(s[i:], c) {
				return true
			}
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
	case "criticized", "criticised", "criticizes", "criticises", "criticize", "criticise", "criticizing", "criticising":
		return "oppose" // not "critics", "critical", "criticism"
	}
	return stances[w.stem]
}

// sentence finds the claims of one sentence. firstPerson, when set, is the
// holder of "we"/"I" (a quote's speaker).
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

func makeClaim(holder, stance, obj, qual, qualShow string, neg bool, sentence string) Claim {
	st := stance
	phrase := stancePhrase[stance]
	if neg {
		st = "not-" + stance
		phrase = "not " + phrase
		if stance != "ready" {
			phrase = "does not " + strings.TrimSuffix(stancePhrase[stance], "s")
		}
	}
	key, show := obj, objectPhrase[obj]
	if qual != "" {
		key = obj + ":" + qual
		if qualShow != "" {
			show = qualified(obj, qualShow)
		}
	}
	return Claim{
		Key: holder + "|" + st + "|" + key, Holder: holder, Stance: stance, Object: obj, Qualifier: qual, Negated: neg,
		Text:     displayIn(holder, sentence) + " — " + phrase + " " + show,
		Sentence: sentence,
	}
}

// qualified is the display of an object with its qualifier: "the Puerto
// Rico agreement", "a trade agreement", "NATO membership".
func qualified(obj, show string) string {
	switch obj {
	case "membership":
		return show + " membership"
	case "ban":
		if !strings.Contains(show, " ") && !strings.HasSuffix(show, "s") {
			return "the " + show + " ban" // named before the head: "the Zorvan ban", not "a ban on Zorvan"
		}
		return "a ban on " + show
	case "resignation":
		return "the resignation of " + show
	case "settlement":
	default:
		return policyQualified(obj, show)
	}
	r, _ := utf8.DecodeRuneInString(show)
	if unicode.IsUpper(r) {
		return "the " + show + " agreement"
	}
	return "a " + show + " agreement"
}

func display(h string) string {
	f := strings.Fields(h)
	for i, w := range f {
		if i > 0 && smallWords[w] {
			continue // "Maravel Chamber of Commerce"
		}
		r, n := utf8.DecodeRuneInString(w)
		f[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(f, " ")
}

// displayIn is display with the casing the texts (a claim's sentence, its
// article) give the holder's words: an acronym ("Asheville Tea PAC", not
// "Pac"; "RSPB") or a name with capitals inside ("McEnaney", "DeSantis")
// keeps them. A word written only lower case or only in a line of
// capitals ("TRUMP SAYS") keeps display's casing.
func displayIn(h string, texts ...string) string {
	f := strings.Fields(display(h))
	for i, w := range f {
		if i > 0 && smallWords[w] {
			continue
		}
		for _, t := range texts {
			if raw := writtenAs(t, w); raw != "" {
				f[i] = raw
				break
			}
		}
	}
	return strings.Join(f, " ")
}

// writtenAs returns how text writes the word w (compared without case)
// where it writes it with capitals past the first letter, in a sentence
// mostly lower case: "PAC", "McEnaney"; "" when it does not.
func writtenAs(text, w string) string {
	if len(w) < 2 {
		return ""
	}
	low := strings.ToLower(text)
	lw := strings.ToLower(w)
	if len(low) != len(text) {
		return "" // a case change moved bytes: leave display's casing
	}
	for _, i := range wordIndexes(low, lw) {
		raw := text[i : i+len(lw)]
		if raw == w || !strings.ContainsFunc(raw[1:], unicode.IsUpper) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(raw); !unicode.IsUpper(r) {
			continue
		}
		if !strings.ContainsFunc(raw, unicode.IsLower) && (len(raw) > 5 || capsLine(text, i)) {
			continue // "TRUMP" in a headline of capitals is no acronym
		}
		return raw
	}
	return ""
}

// capsLine reports whether the line of text around byte i is written
// mostly in capitals.
func capsLine(text string, i int) bool {
	start := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += i
	}
	up, lo := 0, 0
	for _, r := range text[start:end] {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			lo++
		}
	}
	return up > lo
}

// smallWords stay lower case inside a displayed name.
var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "de": true}

// Canon is the holder a name stands for, as Claim.Holder spells it:
// "Vladimir Putin" -> "putin", "the Kremlin" -> "russia".
func Canon(name string) string { return canon(strings.ToLower(strings.TrimSpace(name))) }

// OnBehalfOf returns c as the position of party, the country its holder
// speaks for ("putin|ready|negotiations", said by Russia's president,
// becomes "russia|ready|negotiations", "Russia — ready for negotiations").
// c comes back unchanged when party names nobody or is already its holder.
func (c Claim) OnBehalfOf(party string) Claim {
	h := Canon(party)
	if h == "" || h == c.Holder {
		return c
	}
	if _, rest, ok := strings.Cut(c.Key, "|"); ok {
		c.Key = h + "|" + rest
	}
	if _, phrase, ok := strings.Cut(c.Text, " — "); ok {
		c.Text = display(h) + " — " + phrase
	}
	if c.Partner == h {
		c.Partner = ""
	}
	c.Holder = h
	return c
}
