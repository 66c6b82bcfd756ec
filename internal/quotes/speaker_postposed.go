package quotes

import (
	"sort"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/sentence"
)

// postposedSource returns tags where a content run that is the inverted
// subject of a reporting verb right after a quotation is the quotation's
// source: “…,” said [a commentary in the official Karstad Herald]. The
// tagger often tags such a noun phrase as reported content of its own
// (an indefinite or document-noun subject more than a name): the unit
// listed no speaker and "a spokesman for the ministry" as a statement,
// and the quotation before it took the rules' cut subject ("a spokesman")
// or none. The run must follow a one-word reporting verb (not a form of
// "tell", whose inverted word is the listener) that follows the closing
// mark (and comma) of a quotation, end its sentence, open with a
// determiner or a capitalised word, and hold no verb, auxiliary or "that"
// before a comma or relative pronoun (a clause is reported content:
// “…,” said [the minister is wrong] does not occur, but "said the plan
// was dead" after a fragment does).
func (d *doc) postposedSource(tags []int8) []int8 {
	n := len(tags)
	for c := 1; c+1 < n; c++ {
		if tags[c] != tagBCue || tags[c+1] != tagBCon {
			continue
		}
		cue := lower(d.toks[c].Text)
		if _, ok := lookupVerb(cue); !ok || tellForms[cue] {
			continue
		}
		m := c - 1
		if d.toks[m].Text == "," && m > 0 {
			m--
		}
		if !isQuoteRune(firstRune(d.toks[m].Text)) || tags[m] != tagICon && tags[m] != tagBCon || !d.closesQuote(d.toks[m].Start) {
			continue
		}
		a := c + 1
		if d.inQuote(d.toks[a].Start) {
			continue
		}
		b := a + 1
		for b < n && tags[b] == tagICon {
			b++
		}
		if !d.sentenceFinal(b, a) || !d.nounPhrase(a, b) {
			continue
		}
		e := d.adjunctStart(a, b)
		tags[a] = tagBSrc
		for k := a + 1; k < b; k++ {
			tags[k] = tagISrc
			if k >= e {
				tags[k] = tagO
			}
		}
		c = b - 1
	}
	return tags
}

// adjunctStart returns the first token of [a+1,b) that opens an adjunct
// after the source's noun phrase ("the company [in a statement]", "the
// minister [on Friday]", "a spokesman [at a news conference]"), or b.
func (d *doc) adjunctStart(a, b int) int {
	for k := a + 1; k < b; k++ {
		w := lower(d.toks[k].Text)
		if postAdjuncts[w] {
			return k
		}
		if (w == "in" || w == "at" || w == "on" || w == "during") && k+1 < b {
			for j := k + 1; j < b && j <= k+4; j++ {
				if adjunctNouns[lower(d.toks[j].Text)] {
					return k
				}
			}
		}
	}
	return b
}

// postAdjuncts open a time or circumstance after a source ("said the
// minister yesterday", "said Roe as she left").
var postAdjuncts = set("yesterday", "today", "tonight", "earlier", "later", "when", "while", "as", "after", "before",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this")

// adjunctNouns are the occasions and channels of a statement: "in a
// statement", "at a news conference", "on Twitter", "on the eve of",
// "on condition of anonymity".
var adjunctNouns = set("statement", "statements", "interview", "speech", "email", "e-mail", "letter", "post", "tweet",
	"note", "release", "briefing", "conference", "rally", "hearing", "remarks", "address", "twitter", "facebook",
	"television", "radio", "telephone", "phone", "call", "broadcast", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "week", "weekend", "morning", "afternoon", "evening", "night",
	"eve", "sidelines", "anniversary", "occasion", "condition", "way", "day")

// tellForms are the forms of "tell": the word after them is the listener.
var tellForms = set("tell", "tells", "told", "telling")

// closesQuote reports whether the quote mark at byte p closes a quotation
// (it lies between a span's content and its end).
func (d *doc) closesQuote(p int) bool {
	i := sort.Search(len(d.spans), func(i int) bool { return d.spans[i].close > p })
	return i < len(d.spans) && d.spans[i].end <= p
}

// sentenceFinal reports whether token b (the one after a run opening at
// token a) ends the run's sentence: the text's end, a sentence-final mark,
// or a token of a later sentence.
func (d *doc) sentenceFinal(b, a int) bool {
	if b >= len(d.toks) {
		return true
	}
	switch d.toks[b].Text {
	case ".", "!", "?":
		return true
	}
	return d.sentenceAt(d.toks[b].Start) != d.sentenceAt(d.toks[a].Start)
}

// npAuxiliaries are auxiliaries and copulas: a run holding one before any
// comma or relative pronoun is a clause, not a noun phrase.
var npAuxiliaries = set("is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
	"can", "could", "should", "may", "might", "must", "do", "does", "did", "'s", "’s", "that", "to")

// npOpeners are determiners and possessives that open a noun phrase.
var npOpeners = set("a", "an", "the", "one", "another", "his", "her", "its", "their", "our", "this", "that")

// subjectPronouns open a clause, not a source phrase, when followed by more.
var subjectPronouns = set("i", "we", "you", "they", "it")

// nounPhrase reports whether tokens [a,b) read as a noun phrase: at most
// 20 tokens, opening with a determiner or a capitalised word that is no
// pronoun, with no auxiliary, "that" or reporting verb before the first
// comma, "who" or "which".
func (d *doc) nounPhrase(a, b int) bool {
	if b-a > 20 || b <= a {
		return false
	}
	w := d.toks[a].Text
	lw := lower(w)
	if !npOpeners[lw] && !isCap(w) || subjectPronouns[lw] || lw == "that" {
		return false
	}
	for k := a; k < b; k++ {
		lw := lower(d.toks[k].Text)
		if lw == "," || lw == "who" || lw == "which" {
			break
		}
		if k > a && npAuxiliaries[lw] {
			return false
		}
		if _, ok := lookupVerb(lw); ok && k > a {
			return false
		}
	}
	return true
}

// rulesNamedSource reports whether the quote rules named quotation q's
// speaker from words inside unit u's source while the unit's source names
// no one but itself: “…,” said [S the 21-year-old German] is Anke Huber by
// the rules (ageDescription), the phrase by the tagger's source. Only a
// definite description ("the ..."): an indefinite one ("One strategist")
// is someone new (indefiniteSource), whoever the rules took it for.
func (d *doc) rulesNamedSource(u, q Quote) bool {
	if u.SpeakerStart < 0 || q.SpeakerStart < u.SpeakerStart || q.SpeakerEnd > u.SpeakerEnd || q.Speaker == "" || q.Speaker == u.Speaker {
		return false
	}
	own := d.text[u.SpeakerStart:u.SpeakerEnd]
	if !strings.EqualFold(u.Speaker, own) || !strings.HasPrefix(lower(own), "the ") || strings.EqualFold(q.Speaker, d.text[q.SpeakerStart:q.SpeakerEnd]) {
		return false
	}
	for _, m := range d.mentions {
		if m.Name == q.Speaker && m.Type == "PER" {
			return true
		}
	}
	return false
}

// fragmentBeforeSource reports whether quoted fragment q inside unit u took
// its speaker from words before u's own source: "Researchers at Karst Labs
// say attacks are “spreading like wildfire”" is the researchers', not the
// subject of an earlier sentence the rules reached ("The software giant
// said ..."). A speaker the rules found inside the unit ("Roe said that
// Lind called it a “gold standard”") stays.
func (d *doc) fragmentBeforeSource(u, q Quote) bool {
	return q.Fragment && u.Speaker != "" && u.SpeakerStart >= 0 && q.SpeakerStart >= 0 && q.SpeakerEnd <= u.SpeakerStart && u.SpeakerEnd <= q.Start && d.namesSomeone(u.Speaker)
}

// fragmentAfterSource reports whether quoted fragment q inside unit u took
// its speaker from an attribution after it while u's own source stands
// before it: "White said he was “completely blindsided” because Heller had
// agreed to ..." and "Roe said he too was “shocked”, releasing a
// statement saying ..." are White's and Roe's words (a scare quote in the
// sentence that attributes it), not Heller's or the statement's. A
// fragment named after it by "as X called it" keeps X.
func (d *doc) fragmentAfterSource(u, q Quote) bool {
	if !q.Fragment || u.Speaker == "" || u.SpeakerStart < 0 || u.SpeakerEnd > q.Start || q.SpeakerStart < q.End || q.SpeakerStart > len(d.text) {
		return false
	}
	between := " " + lower(d.text[q.End:q.SpeakerStart]) + " "
	if strings.Contains(between, " as ") || strings.Contains(between, " what ") {
		return false
	}
	for _, w := range strings.Fields(lower(q.Cue)) {
		if namingForms[w] || w == "put" {
			return false
		}
	}
	return d.namesSomeone(u.Speaker)
}

// namesSomeone reports whether speaker sp can name someone: not a stray
// word or cut phrase the tagger took for a source ("only", "the 1999",
// "legal history and articles from").
func (d *doc) namesSomeone(sp string) bool {
	f := strings.Fields(sp)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	if len(f) == 1 && !isCap(last) && !groupNouns[lower(last)] {
		return false
	}
	return !sourceStops[lower(last)] && !unicode.IsDigit(firstRune(last))
}

// sourceStops cannot end a source phrase.
var sourceStops = set("from", "of", "and", "or", "with", "in", "on", "at", "to", "for", "by", "the", "a", "an")

// mentionAsModifier reads a place or body named right before a role or
// group noun as that noun's modifier: "said a New Hampshire Republican" is
// a Republican ("New Hampshire Republican"), not New Hampshire, and
// "said Velsk Minister Ana Lind" is the person named after the noun. ok is
// false when mention m is a person or no such noun follows it.
func (d *doc) mentionAsModifier(toks []sentence.Token, m int) (attribution, bool) {
	mm := d.mentions[m]
	if mm.Type == core.Person {
		return attribution{}, false
	}
	e := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= mm.End })
	if e >= len(toks) || toks[e].Start > mm.End+1 {
		return attribution{}, false
	}
	w := lower(toks[e].Text)
	if !roleNouns[w] && !groupNouns[w] {
		return attribution{}, false
	}
	if e+1 < len(toks) {
		if p := d.mentionStartingAt(toks[e+1].Start); p >= 0 && d.mentions[p].Type == core.Person {
			pm := d.mentions[p]
			return attribution{speaker: pm.Name, sStart: pm.Start, sEnd: pm.End}, true
		}
	}
	return attribution{speaker: d.text[mm.Start:toks[e].End], sStart: mm.Start, sEnd: toks[e].End}, true
}

// carriedFromRules reports whether quotation q, with no cue of its own,
// holds the speaker the quote rules carried over from the quotation before
// (rule; "" when the rules found that quotation's own cue) while that
// quotation's tagged unit named another (prevUnit): “A,” said Sen. Robert
// Kasey (D-Pa.), a Lind backer. “B.” — the rules missed Kasey (the
// sentence ends at "Sen.") and carried an earlier speaker to both
// quotations; B is Kasey's, as the unit gave A. Where the rules found A's
// own cue ("Mr. Friedman said"), what they carry to B stands: there the
// unit is more often wrong.
func (d *doc) carriedFromRules(q Quote, rule string, prevUnit Quote) bool {
	if q.Cue != "" || q.Fragment || q.Speaker == "" || rule == "" || q.Speaker != rule || prevUnit.Speaker == "" || prevUnit.Speaker == rule || prevUnit.Fragment {
		return false
	}
	return d.sentenceAt(prevUnit.End-1) >= d.sentenceAt(q.Start)-2 || continuedBetween(d.text, prevUnit.End, q.Start)
}

// personModifiesNoun reports whether person mention m is followed, before
// byte end, only by words ending in a role or group noun: "A Lind
// adviser", "the Varga campaign aides" name the adviser and the aides, not
// Lind or Varga.
func (d *doc) personModifiesNoun(m, end int) bool {
	mm := d.mentions[m]
	if mm.Type != core.Person || mm.End >= end {
		return false
	}
	f := strings.Fields(d.text[mm.End:end])
	if len(f) == 0 || len(f) > 3 || strings.HasPrefix(f[0], "'") || strings.HasPrefix(f[0], "’") {
		return false // "Lind's spokesman" is a proxy (proxyAfter)
	}
	last := lower(f[len(f)-1])
	return roleNouns[last] || groupNouns[last]
}
