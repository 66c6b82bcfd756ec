package claims

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/core"
)

// Polarity of a statement. "Kell is qualified to lead the authority" and
// "Kell is not qualified to lead the authority" share every content stem;
// a gist of content stems alone reads them alike, and Join would put the
// second in the first's group. A negation of a main clause puts negMark
// in the statement's gist right before the first content stem it stands
// before (the stem it negates, near enough: "not qualifi"), and the key
// writes that stem "not-qualifi". Join never joins two statements of
// which one negates a stem both say and the other does not; a negation of
// words only one of them says (a longer quote's other sentence) does not
// keep them apart.
//
// Scope: a negation counts in a main clause of each sentence of the
// statement. Not a negation: "not only", "not just", "no doubt", "no
// matter", "nothing less than", a "not" after a comma ("run, not walk");
// one in a subordinate clause, from its subordinator ("if", "because",
// "who", "which", a relative "that" after a noun ...) to the next comma,
// colon, semicolon, dash or sentence end ("Kell, who has not paid her
// staff, is ready to lead the authority"). A "that" after a verb of
// saying or thinking opens what is said, and a negation there counts ("I
// know that we are not ready"). "n't" is "not" ("isn't", "cant").
//
// Litotes: a negation of a refusal or of unwillingness ("we have never
// refused to negotiate", "we are not unwilling to talk") reads, in Join,
// as the readiness it states, as the stance families read "never refused
// talks" as ready for negotiations; its key keeps "not-refus", so it never
// meets a plain refusal. Other double negatives ("we never opposed the
// plan") are negated statements and join neither side.

// negMark stands in a negated statement's gist where the negation is. It
// is a stop word, so no content stem is ever the same.
const negMark = "not"

// negPrefix writes a negated stem in a statement's key ("not-qualifi").
const negPrefix = "not-"

// negators negate what follows them.
var negators = map[string]bool{"not": true, "never": true, "no": true, "nor": true, "neither": true,
	"cannot": true, "n't": true, "nothing": true, "nobody": true, "none": true, "nowhere": true}

// notNegating are words after a negator that make no negation of it: "not
// only", "not just", "no doubt", "no matter", "not least".
var notNegating = map[string]bool{"only": true, "just": true, "merely": true, "simply": true, "least": true,
	"doubt": true, "matter": true, "wonder": true, "question": true, "less": true, "short": true, "but": true}

// clauseOpeners open a clause that is not the statement's main one.
var clauseOpeners = map[string]bool{"if": true, "unless": true, "because": true, "although": true, "though": true,
	"while": true, "whilst": true, "whether": true, "when": true, "whenever": true, "where": true, "wherever": true,
	"which": true, "who": true, "whom": true, "whose": true, "since": true, "until": true, "till": true,
	"once": true, "whereas": true, "lest": true, "than": true}

// complementHeads are the words after which "that" opens what is said or
// thought, not a relative clause: "I know that", "it is clear that".
var complementHeads = map[string]bool{"say": true, "says": true, "said": true, "saying": true, "think": true,
	"thinks": true, "thought": true, "believe": true, "believes": true, "believed": true, "know": true, "knows": true,
	"knew": true, "clear": true, "sure": true, "certain": true, "true": true, "hope": true, "hoped": true, "fear": true,
	"feel": true, "feels": true, "mean": true, "means": true, "meant": true, "show": true, "shows": true, "showed": true,
	"agree": true, "agreed": true, "confident": true, "convinced": true, "aware": true, "realize": true,
	"realise": true, "understand": true, "insist": true, "insists": true, "insisted": true, "expect": true,
	"expects": true, "argue": true, "argued": true, "claim": true, "claims": true, "claimed": true, "fact": true,
	"promise": true, "promised": true, "warn": true, "warned": true, "stress": true, "stressed": true,
	"confirm": true, "confirmed": true, "announce": true, "announced": true, "is": true, "was": true, "be": true}

// titleAbbrevs end in a period that ends no sentence.
var titleAbbrevs = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "jr": true, "sr": true, "inc": true, "co": true, "corp": true,
	"lt": true, "col": true, "sgt": true, "prof": true, "no": true, "vs": true}

// negationsAt returns the byte offsets in s of the negations of its
// sentences' main clauses (see the polarity rules above). A reported
// statement's opening "that" is no relative.
func negationsAt(s string) []int {
	type tok struct {
		low      string // lower case, straight apostrophes, no punctuation around
		at       int
		boundary bool // a comma, colon, semicolon or dash follows
		end      bool // ends the sentence
		dash     bool // a dash opens it ("—not weaken it")
	}
	var toks []tok
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' || i < len(s) && (s[i] == '\n' || s[i] == '\t') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' {
			j++
		}
		if i == j {
			break
		}
		f := s[i:j]
		core := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
		core = strings.Trim(core, "'’")
		off := i + strings.Index(f, core)
		if core == "" {
			off = i
		}
		t := tok{low: strings.ReplaceAll(strings.ToLower(core), "’", "'"), at: off, dash: strings.HasPrefix(f, "—") || strings.HasPrefix(f, "–") || strings.HasPrefix(f, "-")}
		tail := strings.TrimRight(f[strings.Index(f, core)+len(core):], "\"'“”‘’)»")
		if core == "" {
			tail = f
		}
		switch {
		case strings.ContainsAny(tail, ",;:") || strings.ContainsAny(f, "—–") || f == "-" || f == "--":
			t.boundary = true
		case strings.ContainsAny(tail, "!?"):
			t.end = true
		case strings.HasPrefix(tail, ".") && !strings.Contains(core, ".") && len(core) > 1 && !titleAbbrevs[t.low]:
			t.end = true
		}
		toks = append(toks, t)
		i = j
	}
	var out []int
	sub := false
	for k, t := range toks {
		w := t.low
		var prev, next string
		if k > 0 {
			prev = toks[k-1].low
		}
		if k+1 < len(toks) {
			next = toks[k+1].low
		}
		switch {
		case w == "that":
			if k > 0 && (prev == "so" || prev == "now" || prev == "such" || !complementHeads[prev] && !stopLike(prev) && !adverb(prev)) {
				sub = true // "the deal that we did not sign", "so that they do not suffer"
			}
		case clauseOpeners[w] || w == "case" && prev == "in":
			sub = true // "in case you haven't noticed"
		case !sub && negation(w) && !notNegating[next] && !(w == "not" && (t.dash || k > 0 && toks[k-1].boundary)):
			out = append(out, t.at)
		}
		if t.end || t.boundary {
			sub = false
		}
	}
	return out
}

// negation reports whether word w (lower case) negates: "not", "never",
// "cannot", a verb in "n't" ("don't", "isn't", "won't").
func negation(w string) bool {
	return negators[w] || strings.HasSuffix(w, "n't") && len(w) > 3 || bareContractions[w]
}

// bareContractions are verbs in "n't" written without the apostrophe.
var bareContractions = map[string]bool{"cant": true, "dont": true, "doesnt": true, "didnt": true, "isnt": true,
	"wasnt": true, "arent": true, "werent": true, "couldnt": true, "wouldnt": true, "shouldnt": true,
	"hasnt": true, "havent": true, "hadnt": true, "aint": true, "mustnt": true, "neednt": true}

// adverb reports whether w reads as an adverb ("show clearly that"),
// after which "that" opens what is said.
func adverb(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ly") && w != "only" }

// stopLike reports whether w is a function word after which "that" is no
// relative ("is that", "and that", "but that"): "that" as a relative
// follows a noun.
func stopLike(w string) bool {
	switch w {
	case "", "and", "but", "or", "not", "so", "said", "of", "in", "on", "for", "to", "with", "by", "at", "about",
		"all", "after", "before", "than", "like":
		return true
	}
	return false
}

// negatedGist returns gist (gistOf(s)) with negMark before each stem a
// negation of s stands before (see above), and the key stems of key
// (sorted) with those stems written "not-qualifi"; a negated stem key
// lacks is added to it.
func (e *Extractor) negatedGist(s string, gist, key []string) ([]string, []string) {
	at := negationsAt(s)
	if len(at) == 0 {
		return gist, key
	}
	marked := map[int]bool{}
	for _, a := range at {
		if k := len(e.gistOf(s[:a])); k < len(gist) {
			marked[k] = true
		}
	}
	if len(marked) == 0 {
		return gist, key
	}
	out := make([]string, 0, len(gist)+len(marked))
	neg := map[string]bool{}
	for i, st := range gist {
		if marked[i] {
			out = append(out, negMark)
			neg[st] = true
		}
		out = append(out, st)
	}
	nk := append([]string(nil), key...)
	for _, st := range gist {
		if neg[st] && !contains(nk, st) {
			nk = append(nk, st) // a negated stem the longest leave out is part of the key still
		}
	}
	sort.Strings(nk)
	for i, st := range nk {
		if neg[st] {
			nk[i] = negPrefix + st
		}
	}
	return out, nk
}

// readGist reads a stored gist as Join compares it: its content stems as
// their synonym classes, distinct, in order (classes), and for each
// whether a negation stands before it (nil when none does). A negated
// refusal or unwillingness (litotes: "never refused") is read as
// readiness, not negated.
func readGist(gist []string) (cl []string, neg []bool) {
	marks := 0
	for _, s := range gist {
		if s == negMark {
			marks++
		}
	}
	if marks == 0 {
		return classes(gist), nil
	}
	lx := synonyms()
	cl, neg = make([]string, 0, len(gist)-marks), make([]bool, 0, len(gist)-marks)
	mark := false
	for _, s := range gist {
		if s == negMark {
			mark = true
			continue
		}
		c, ok := lx.class[s]
		if !ok {
			c = s
		}
		negated := mark
		if mark && lx.litotes[c] {
			c, negated = lx.ready, false
		}
		mark = false
		if contains(cl, c) {
			continue
		}
		cl, neg = append(cl, c), append(neg, negated)
	}
	return cl, neg
}

// polarityClash reports whether two gists read by readGist differ in
// polarity where they meet: one negates a stem both say, and the other
// holds no negation from the first to the last of the stems both say
// ("Kell is not qualified ..." / "Kell is qualified ..."). Two reports
// that negate the shared words in other places ("she neither sent nor
// received" / "she had not sent or received"), or a longer quote that
// negates words the other does not say, do not clash.
func polarityClash(a []string, na []bool, b []string, nb []bool) bool {
	return negatedAlone(a, na, b, nb) || negatedAlone(b, nb, a, na)
}

// negatedAlone reports whether a negates a stem b says while b negates
// nothing over the stems it shares with a.
func negatedAlone(a []string, na []bool, b []string, nb []bool) bool {
	shared := false
	for i, s := range a {
		if na != nil && na[i] && contains(b, s) {
			shared = true
			break
		}
	}
	if !shared {
		return false
	}
	if nb == nil {
		return true
	}
	first, last := -1, -1
	for j, s := range b {
		if contains(a, s) {
			if first < 0 {
				first = j
			}
			last = j
		}
	}
	for j := first; j >= 0 && j <= last; j++ {
		if nb[j] {
			return false
		}
	}
	return true
}

// reportVerbs report a statement; negated before a quote's span ("never
// said that", "did not claim") they report none.
var reportVerbs = map[string]bool{"say": true, "says": true, "said": true, "saying": true, "claim": true,
	"claims": true, "claimed": true, "claiming": true, "state": true, "stated": true, "tell": true, "told": true,
	"suggest": true, "suggested": true, "argue": true, "argued": true, "announce": true, "announced": true,
	"indicate": true, "indicated": true, "write": true, "wrote": true, "mention": true, "mentioned": true,
	"promise": true, "promised": true, "predict": true, "predicted": true, "insist": true, "insisted": true}

// unsaid reports whether the sentence of quote q negates the verb of
// saying right before its span, or has a verb of denial there: "Kell
// never said that Ostmark was ready for talks", "Tarel did not claim the
// bridge would reopen", "Tarel denied that the bridge would close" report
// no statement of the speaker, and the words are not the speaker's claim.
func unsaid(q core.Quote) bool {
	text := strings.TrimSpace(q.Text)
	if text == "" || q.Sentence == "" {
		return false
	}
	k := strings.Index(q.Sentence, text)
	if k < 0 {
		return false
	}
	before := strings.Fields(strings.ToLower(strings.ReplaceAll(q.Sentence[:k], "’", "'")))
	n := len(before)
	if n == 0 {
		return false
	}
	if nearlySaid(before) {
		return true // "stopped short of saying that ...": not said
	}
	v := n - 1
	if denialVerbs[strings.Trim(before[v], ",:")] {
		return true // "Tarel denied that the bridge would close": what he denies is no statement of his
	}
	if !reportVerbs[strings.Trim(before[v], ",:")] {
		return false
	}
	for j := v - 1; j >= max(0, v-3); j-- {
		w := strings.Trim(before[j], ",\"'“”")
		if negation(w) && !notNegating[strings.Trim(before[j+1], ",")] {
			return true
		}
		if strings.HasSuffix(before[j], ",") {
			break
		}
	}
	return false
}

// nearlySaid reports whether the lower-case words before a span end in a
// saying or admission the writer says was not made: "stopped short of
// saying (that)", "fell short of an admission", "came close to admitting",
// "veered close to an admission that". What follows is not said.
func nearlySaid(before []string) bool {
	n := len(before)
	if n > 0 && strings.Trim(before[n-1], ",:") == "that" {
		n--
	}
	return n > 0 && nearWords[strings.Trim(before[n-1], ",:")] && nearlyBefore(before[:n-1])
}

// nearlyBefore reports whether lower-case words end in "short of" or
// "close to" (a determiner may follow): what comes next was not done.
func nearlyBefore(lows []string) bool {
	j := len(lows) - 1
	if j >= 0 {
		if d := lows[j]; d == "a" || d == "an" || d == "the" || d == "any" {
			j--
		}
	}
	if j < 1 {
		return false
	}
	p, q := lows[j], lows[j-1]
	return p == "of" && q == "short" || p == "to" && (q == "close" || q == "closer" || q == "near")
}

// nearlyAt reports whether ws[i] follows "short of" or "close to" in its
// clause ("stopped short of saying", "came close to admitting").
func nearlyAt(ws []word, i int) bool {
	lows := make([]string, 0, 3)
	for k := max(0, i-3); k < i; k++ {
		if ws[k].stop {
			lows = lows[:0] // a clause ends there
			continue
		}
		lows = append(lows, ws[k].low)
	}
	return nearlyBefore(lows)
}

// nearWords say or admit: after "short of" or "close to" (nearlySaid)
// they report what was not said.
var nearWords = map[string]bool{"saying": true, "admitting": true, "admission": true, "acknowledging": true,
	"acknowledgment": true, "acknowledgement": true, "conceding": true, "concession": true, "stating": true,
	"declaring": true, "claiming": true, "confirming": true, "asserting": true, "suggesting": true,
	"promising": true, "predicting": true, "announcing": true}

// denialVerbs report that the speaker says the opposite of what follows.
var denialVerbs = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true}

// unsaidAt reports whether a negated verb of saying stands before the
// stance word at ws[i] in its clause: "Kell never said Ostmark was ready
// for talks" states no stance of Ostmark's (nor of Kell's). A pledge
// ("did not promise to negotiate") is read by its own rules.
func unsaidAt(ws []word, i int) bool {
	for j := i - 1; j >= max(0, i-8); j-- {
		if ws[j].stop {
			return false
		}
		if nearWords[ws[j].low] && nearlyAt(ws, j) {
			return true // "stopped short of saying Ostmark was ready"
		}
		if reportVerbs[ws[j].low] && !pledgeVerbs[ws[j].low] && negatedAt(ws, j) {
			return true
		}
	}
	return false
}

// contraction is a verb and its "n't": "isn't", "don’t", "won't", or
// one of bareContractions ("cant").
var contraction = regexp.MustCompile(`(?i)\b(?:[a-z]+n['’]t|cant|dont|doesnt|didnt|isnt|wasnt|arent|werent|couldnt|wouldnt|shouldnt|hasnt|havent|hadnt|aint|mustnt|neednt)\b`)

// uncontract writes a verb's "n't" as "not" ("won't" -> "will not",
// "can't" -> "can not"), so that a gist holds no "isn", "didn" or "won"
// for "isn't", "didn't", "won't": the negation is the gist's mark, and
// "is not qualified" and "isn't qualified" are one statement.
func uncontract(s string) string {
	if !strings.Contains(s, "nt") && !strings.Contains(s, "n't") && !strings.Contains(s, "n’t") && !strings.Contains(s, "NT") && !strings.Contains(s, "N'T") && !strings.Contains(s, "N’T") {
		return s
	}
	return contraction.ReplaceAllStringFunc(s, func(m string) string {
		v := strings.ToLower(strings.TrimRight(m, "tT'’"))
		v = v[:len(v)-1] // the "n"
		switch v {
		case "wo":
			v = "will"
		case "ai":
			v = "is"
		case "ca":
			v = "can"
		case "sha":
			v = "shall"
		}
		return v + " not"
	})
}
