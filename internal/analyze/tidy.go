package analyze

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner/gazetteer"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// tidyQuotes turns the quote finder's output (which the PolNeAR benchmark
// scores) into what a reader of "who said what" wants listed:
//
//   - a reported unit that holds a whole direct quote of its own is dropped
//     in favour of that quote ("A," he said, "B." lists A and B, not the
//     passage with its attribution); a unit around a scare-quote fragment
//     stays, with the fragment;
//   - a direct quote is its words, without its enclosing quote marks;
//   - indirect units of fewer than three words ("in", a bare name) go, and
//     so do those that begin with a speech participle: "saying that X" is
//     X, "speaking outside the hall" is no quote at all;
//   - a short indirect unit that states nothing, a noun phrase with no
//     verb ("announced [the news on Twitter]", "gave [her daily briefing]"),
//     goes: listed alone it tells a reader nothing (statesSomething), unless
//     it is what a named source called something ("Lind described the
//     plan as a betrayal"; quotes.Characterisation, namedSource); so
//     does an impersonal one ("It is expected [that ...]") or a state of
//     mind ("many people wonder [how ...]"; noStatement);
//   - the writer's own words go: a participle of comment after a clause
//     that reports no speech ("..., highlighting how [...]";
//     writerCommentary), a noun phrase cut after a cue's second
//     preposition ("hinted at progress with [X on ...]"; prepObject), a
//     hedge on a noun taken for a cue ("the alleged [arsonist was ...]";
//     attributiveHedge);
//   - a quoted fragment in a sentence opening "According to X," is X's
//     (accordingSource);
//   - a speaker of more than six words that is no entity of the article (a
//     noun phrase the rules took for a subject, often a relative clause's:
//     "X, a spokeswoman for Y, which runs most of Z, said ...") becomes the
//     first person named earlier in the quote's sentence, or unknown;
//     (or, with none, the description cut before a relative clause, if
//     short: "a Republican, who, like all respondents" -> "a Republican";
//     roleHead);
//   - an organisation named in a person's apposition ("Marcus Oyelaran,
//     chief executive of the Port Authority, said ...") gives way to the
//     person as speaker;
//   - a speaker that is the title before a name ("Chinese President" of
//     "Chinese President Xi Jinping") is the person named;
//   - a speaker that is no entity is a description, written in lower case
//     wherever it stands ("Police said" and "police said" are one speaker,
//     "police"); a bare pronoun or determiner left unresolved ("He",
//     "There") is no speaker, nor are words that are no noun phrase
//     ("has attracted much of the", "they'll") or findings ("studies
//     indicate"; junkSpeaker); a quote left with no speaker inside an
//     embedded post is its author's ("... — Ana Lind (@alind) May 2, 2019";
//     tweetAuthor);
//   - a capital speaking ("Moscow insists ...") is its state, as an event's
//     actor is (entity.ActorCountry); a seat of government ("the Kremlin
//     said") stays the institution the text names;
//   - SpeakerStart and SpeakerEnd keep the span the finder named the
//     speaker at only while the speaker is still the one found there (up
//     to case), else both are -1.
func tidyQuotes(text string, qs []quotes.Quote, known map[string]bool, ms []quotes.Mention) []quotes.Quote {
	out := make([]quotes.Quote, 0, len(qs))
	direct := directHolders(qs)
	ordered := mentionsOrdered(ms)
	for i, q := range qs {
		if direct[i] {
			continue
		}
		if !q.Direct {
			var ok bool
			if q, ok = trimCueStart(text, q); !ok {
				continue
			}
		}
		if !q.Direct && len(strings.Fields(q.Text)) < 3 {
			continue
		}
		if !q.Direct && !q.Fragment && !statesSomething(q.Text) && !(namedSource(q, known, ms) && quotes.Characterisation(q.Cue, q.Text)) {
			// A person's or body's characterisation stays ("Lind described
			// the plan as a betrayal"); a poll's "53% describe themselves as
			// liberal" goes.
			continue
		}
		if noStatement(text, q) || writerCommentary(text, q) || prepObject(q) || attributiveHedge(text, q) {
			continue
		}
		if q.Direct {
			q = stripMarks(text, q)
			if !hasLetterOrDigit(q.Text) {
				continue // quote-mark debris ('' or "…") says nothing
			}
		}
		found := q.Speaker
		if p := ownAttribution(text, q, ms); p != "" {
			q.Speaker = p
		}
		if p := namedBySubject(text, q, ms); p != "" {
			q.Speaker = p
		}
		if p := closingSpeaker(text, q, ms); p != "" {
			q.Speaker = p
		}
		if titleQuote(q) || workTitle(text, q) {
			q.Speaker = ""
		}
		if src := accordingSource(text, q, ms); src != "" {
			q.Speaker = src
		}
		if p := nameAfterSource(text, q, mentionsFrom(ms, q.SpeakerEnd, ordered)); p != "" && !known[q.Speaker] {
			q.Speaker = p
		}
		if !known[q.Speaker] && len(strings.Fields(q.Speaker)) > 6 {
			sp := firstPersonBefore(text, q.Start, ms)
			if q.SpeakerStart >= 0 && q.SpeakerEnd > q.SpeakerStart && q.SpeakerEnd < q.Start {
				// Only a person in or before the source phrase, not the one
				// it talks of ("A Lind adviser ... said of the senator, “...”").
				sp = firstPersonBefore(text[:q.SpeakerEnd], q.SpeakerEnd, ms)
			}
			if sp == "" {
				sp = roleHead(q.Speaker)
			}
			q.Speaker = sp
		}
		if p := appositionPerson(text, q, ms, ordered); p != "" {
			q.Speaker = p
		}
		if !known[q.Speaker] {
			if p := titledPerson(text, q, ms); p != "" {
				q.Speaker = p
			}
		}
		if c, ok := gazetteer.CapitalCountry(q.Speaker); ok && speakerIsPlace(q, ms) {
			q.Speaker = c
		}
		if !known[q.Speaker] {
			q.Speaker = description(q.Speaker)
			if junkSpeaker(q.Speaker) {
				q.Speaker = ""
			}
		}
		if q.Speaker == "" {
			q.Speaker = tweetAuthor(text, q, ms)
		}
		if q.Speaker == "" || !strings.EqualFold(q.Speaker, found) {
			// The span named the speaker the finder gave, not this one.
			q.SpeakerStart, q.SpeakerEnd = -1, -1
		}
		out = append(out, q)
	}
	return out
}

// roleHead returns a long description cut before a relative clause or
// after the word a comma follows, when what is left is one to seven words
// besides a determiner (written in lower case): "a New Hampshire
// Republican, who, like all respondents" -> "a New Hampshire Republican",
// "a spokesman for the Orlo foreign ministry" as it is, "The head of
// Iran's Atomic Energy organization" -> "the head of ...". "" when the
// description does not read so.
func roleHead(sp string) string {
	f := strings.Fields(sp)
	for i, w := range f {
		lw := strings.ToLower(w)
		if lw == "who" || lw == "which" || lw == "that" || lw == "whose" {
			f = f[:i]
			break
		}
		if strings.HasSuffix(w, ",") {
			f = append(f[:i:i], strings.TrimSuffix(w, ","))
			break
		}
		if strings.ContainsAny(w, ";:()") {
			return ""
		}
	}
	n := len(f)
	if n == 0 {
		return ""
	}
	first := strings.ToLower(f[0])
	if bareWords[first] {
		f[0] = first
		n--
	} else if headStops[first] || headOpeners[first] {
		return "" // "to coal out of ...", "whether ..."
	}
	if n < 1 || n > 7 || headStops[strings.ToLower(f[len(f)-1])] || strings.HasSuffix(f[len(f)-1], "ing") {
		return "" // "legal history and articles from", "... without being"
	}
	for _, w := range f {
		lw := strings.ToLower(w)
		if headVerbs[lw] {
			return "" // "46 percent of voters said yes", "They’re less hostile ..."
		}
		if i := strings.IndexAny(lw, "'’"); i > 0 && headVerbs[lw[:i]] {
			return ""
		}
	}
	return strings.Join(f, " ")
}

// headStops cannot end a description: prepositions and conjunctions ("...
// articles from", "... gave no reasons and").
var headStops = map[string]bool{"with": true, "from": true, "of": true, "and": true, "or": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "by": true, "as": true, "but": true, "than": true, "yes": true, "no": true}

// headOpeners open a clause, never a description.
var headOpeners = map[string]bool{"that": true, "whether": true, "if": true, "when": true, "while": true, "because": true, "so": true, "only": true}

// headVerbs are auxiliaries, verbs of saying, negations and subject
// pronouns: a phrase holding one is a clause, not a description.
var headVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "has": true, "have": true, "had": true, "can": true, "could": true, "will": true, "would": true,
	"shall": true, "should": true, "may": true, "might": true, "must": true, "do": true, "does": true, "did": true,
	"said": true, "says": true, "say": true, "gave": true, "told": true, "not": true, "never": true,
	"i": true, "we": true, "you": true, "he": true, "she": true, "they": true, "it": true}

// appositionPerson returns the person whose apposition names the quote's
// organisation speaker ("P, chief executive of O, said"): the last mention
// of the speaker before the quote is an organisation, a person is named
// earlier in the same sentence, a comma follows the person, and another
// comma closes the apposition before the quote. "" when the pattern does
// not hold.
//
// ordered says ms's starts and ends both ascend (mentionsOrdered): the
// speaker's last mention before the quote is then found by a binary search
// and a walk back of at most the 200 bytes the pattern allows, so that an
// article of many quotes costs n log n, not n squared.
func appositionPerson(text string, q quotes.Quote, ms []quotes.Mention, ordered bool) string {
	if q.Speaker == "" || q.Start < 0 || q.Start > len(text) {
		return ""
	}
	org := -1
	if ordered {
		b := sort.Search(len(ms), func(i int) bool { return ms[i].End > q.Start })
		for i := b - 1; i >= 0 && ms[i].End >= q.Start-200; i-- {
			if ms[i].Name == q.Speaker {
				org = i
				break
			}
		}
	} else {
		for i, m := range ms {
			if m.End > q.Start {
				break
			}
			if m.Name == q.Speaker {
				org = i
			}
		}
	}
	if org < 0 || ms[org].Type != core.Organisation {
		return ""
	}
	o := ms[org]
	between := text[o.End:q.Start]
	if !strings.Contains(between, ",") || strings.ContainsAny(between, ".\n") || len(between) > 200 {
		return ""
	}
	for i := org - 1; i >= 0; i-- {
		p := ms[i]
		gap := text[p.End:o.Start]
		if strings.ContainsAny(gap, ".\n") || len(gap) > 120 {
			return ""
		}
		if p.Type == core.Person {
			if strings.HasPrefix(strings.TrimLeft(gap, " "), ",") {
				return p.Name
			}
			return ""
		}
	}
	return ""
}

// titledPerson returns the person whose name follows the quote's speaker
// in its sentence when the speaker is the title before it ("Chinese
// President" in "Chinese President Xi Jinping"), else "".
func titledPerson(text string, q quotes.Quote, ms []quotes.Mention) string {
	sp := q.Speaker
	if sp == "" || len(sp) > 60 || q.Start < 0 || q.Start > len(text) {
		return ""
	}
	from := sentence.StartBefore(text, q.Start)
	for _, m := range ms {
		if m.Start < from+len(sp)+1 || m.Type != core.Person {
			continue
		}
		if m.Start > q.End+200 {
			break
		}
		if text[m.Start-1] == ' ' && text[m.Start-1-len(sp):m.Start-1] == sp {
			return m.Name
		}
	}
	return ""
}

// speakerIsPlace reports whether the quote's speaker is a place of the
// article (its last mention before the quote, or the first after, is a
// location), so that a capital speaking stands for its state.
func speakerIsPlace(q quotes.Quote, ms []quotes.Mention) bool {
	typ := core.EntityType("")
	for _, m := range ms {
		if m.Name != q.Speaker {
			continue
		}
		typ = m.Type
		if m.End > q.Start {
			break
		}
	}
	return typ == core.Location
}

// statesSomething reports whether the content of an indirect unit reads
// as a statement: seven words or more, or a clause (a "that", "if" or
// "whether" opening it, or a question word: "why the plan leaves out
// dads"; a subject pronoun, an auxiliary or modal verb, a negation, an
// adverb only a verb takes: "parents still want ..."; or a verb in the
// past tense, irregular ones too: "the middle fifth paid 8.9 percent").
// A noun phrase ("the bomb in detail", "12 for the Bulldogs", "the
// reality of climate change") is the object of an act, not a statement.
func statesSomething(content string) bool {
	f := strings.Fields(content)
	if len(f) >= 7 {
		return true
	}
	for i, w := range f {
		w = strings.ToLower(strings.Trim(w, `"'“”‘’,.;:!?()`))
		if i == 0 && (w == "that" || w == "if" || w == "whether" || questionWords[w]) {
			return true
		}
		if i > 0 && (irregularPast[w] || verbAdverbs[w]) {
			return true
		}
		if clauseWords[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if k := strings.IndexAny(w, "'’"); k > 0 && (clauseWords[w[:k]] || w[:k] == "that" || w[:k] == "there" || w[:k] == "what") {
			return true // "that's", "we're", "I'll"
		}
		if len(w) > 4 && strings.HasSuffix(w, "ed") && i > 0 {
			return true
		}
	}
	return false
}

// questionWords open an indirect question, a clause ("how the police
// treat ..."). "Who", "when" and "where" open relative clauses cut from
// their noun ("who consider themselves ...") as often, and stay out.
var questionWords = map[string]bool{"why": true, "how": true, "what": true}

// verbAdverbs stand before or after a verb, rarely in a noun phrase.
var verbAdverbs = map[string]bool{"still": true, "already": true, "always": true, "often": true,
	"usually": true, "rarely": true, "seldom": true}

// irregularPast are past-tense verbs without "-ed" that are no common noun
// or adjective ("left", "lost", "found", "felt", "set", "spent", "built",
// "thought", "rose" are, and stay out; so does "got", a relative clause's
// as often: "which got ..."; and participles only: "the steps taken").
var irregularPast = map[string]bool{"paid": true, "said": true, "made": true, "took": true,
	"gave": true, "went": true, "came": true, "knew": true, "told": true, "brought": true,
	"bought": true, "sought": true, "taught": true, "began": true, "became": true, "wrote": true,
	"spoke": true, "chose": true, "drove": true, "grew": true, "fell": true, "held": true,
	"kept": true, "meant": true, "sold": true, "stood": true, "understood": true, "won": true,
	"sent": true, "met": true, "ran": true, "saw": true, "caught": true, "fought": true}

// clauseWords make a clause of the words around them: subject pronouns,
// auxiliaries, modals and negations.
var clauseWords = map[string]bool{
	"i": true, "we": true, "you": true, "he": true, "she": true, "they": true, "it": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "am": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "must": true,
	"may": true, "might": true, "shall": true, "not": true, "never": true, "to": true,
}

// description returns a speaker that is no entity of the article as a
// reader should see it: "" for a bare pronoun or determiner ("He", "The"), the first
// word in lower case when it opens a description only because it opened
// the sentence ("The company" -> "the company", "Police" -> "police",
// "Some" -> "some"),
// else the speaker as it is ("Iran's seismologic center").
func description(sp string) string {
	f := strings.Fields(sp)
	if len(f) == 0 {
		return sp
	}
	first := strings.ToLower(f[0])
	if len(f) == 1 && (blankWords[first] || clauseWords[first]) {
		return ""
	}
	if f[0] == first || !(bareWords[first] || groupNouns[first]) {
		return sp
	}
	for _, w := range f[1:] {
		if w != strings.ToLower(w) {
			return sp // "The White House": a name
		}
	}
	return first + sp[len(f[0]):]
}

// blankWords are determiners: alone they name no one (pronouns are in
// clauseWords).
var blankWords = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"there": true,
}

// bareWords open a description in lower case ("the company", "some").
var bareWords = map[string]bool{
	"the": true, "a": true, "an": true, "some": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true,
	"your": true, "there": true, "one": true, "another": true, "both": true, "all": true,
	"many": true, "several": true, "few": true, "two": true, "three": true, "state": true,
	"local": true, "federal": true, "other": true, "most": true,
}

// groupNouns are plural or collective nouns that open a description of
// who spoke ("Police", "Officials", "Witnesses").
var groupNouns = map[string]bool{
	"police": true, "officials": true, "authorities": true, "sources": true, "witnesses": true,
	"prosecutors": true, "investigators": true, "experts": true, "relatives": true,
	"deputies": true, "officers": true, "residents": true, "analysts": true, "critics": true,
	"protesters": true, "people": true, "neighbors": true, "neighbours": true, "doctors": true,
	"lawyers": true, "attorneys": true, "friends": true, "students": true, "scientists": true,
	"researchers": true, "organizers": true, "organisers": true, "rescuers": true, "cops": true,
	"reports": true, "observers": true, "diplomats": true, "activists": true,
}

// speechParticiples begin the words around a quote, never its content.
var speechParticiples = map[string]bool{"speaking": true, "saying": true, "adding": true, "telling": true,
	"noting": true, "arguing": true, "writing": true, "stressing": true, "insisting": true, "explaining": true}

// trimCueStart handles an indirect unit that starts with a speech
// participle: with "that" after it the unit becomes what follows, else it
// is dropped (ok false).
func trimCueStart(text string, q quotes.Quote) (quotes.Quote, bool) {
	f := strings.Fields(q.Text)
	if len(f) == 0 || !speechParticiples[strings.ToLower(f[0])] {
		return q, true
	}
	if len(f) < 2 || strings.ToLower(f[1]) != "that" || q.Start < 0 || q.End > len(text) || text[q.Start:q.End] != q.Text {
		return q, false
	}
	i := strings.Index(q.Text, f[1]) + len(f[1])
	rest := strings.TrimLeft(q.Text[i:], " ")
	q.Start = q.End - len(rest)
	q.Text = rest
	return q, rest != ""
}

// firstPersonBefore returns the first person mentioned between the start of
// the sentence holding offset at and at; "" when none.
func firstPersonBefore(text string, at int, ms []quotes.Mention) string {
	if at < 0 || at > len(text) {
		return ""
	}
	from := sentence.StartBefore(text, at)
	for _, m := range ms {
		if m.Start >= from && m.End <= at && m.Type == core.Person && !personAsModifier(text, m) {
			return m.Name
		}
	}
	return ""
}

// personAsModifier reports whether the word after person mention m is a
// noun it modifies ("A Lind adviser", "a Varga campaign aide"): the
// adviser speaks, not Lind.
func personAsModifier(text string, m quotes.Mention) bool {
	if m.End >= len(text) || text[m.End] != ' ' {
		return false
	}
	f := strings.Fields(text[m.End:min(len(text), m.End+40)])
	return len(f) > 0 && modifiedNouns[strings.ToLower(strings.TrimRight(f[0], ",.;:"))]
}

// modifiedNouns are the people a name before them belongs to.
var modifiedNouns = map[string]bool{"adviser": true, "advisers": true, "advisor": true, "advisors": true,
	"aide": true, "aides": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"campaign": true, "staffer": true, "staffers": true, "backer": true, "backers": true, "ally": true,
	"allies": true, "loyalist": true, "loyalists": true, "supporter": true, "supporters": true,
	"strategist": true, "strategists": true, "donor": true, "donors": true, "lawyer": true, "lawyers": true,
	"attorney": true, "official": true, "officials": true, "confidant": true, "associate": true}

// nameAfterSource returns the person named right after q's source span
// when a comma sets the name after a description ("said the senior
// strategist for Acme Funds, Ana Lind."), else "". A name that opens
// the quote's own words is its subject, never its speaker ("According to
// reports, [Trump has given ...]").
func nameAfterSource(text string, q quotes.Quote, ms []quotes.Mention) string {
	if q.SpeakerStart < 0 || q.SpeakerEnd > len(text) || q.SpeakerStart >= q.SpeakerEnd {
		return ""
	}
	for _, m := range ms {
		if m.Start > q.SpeakerEnd+3 {
			break
		}
		if m.Start >= q.Start && m.Start < q.End {
			continue // "According to reports, [Trump has given ...]": the content's subject said nothing
		}
		if m.Start >= q.SpeakerEnd && m.Type == core.Person && strings.TrimSpace(text[q.SpeakerEnd:m.Start]) == "," {
			return m.Name
		}
	}
	return ""
}

// holdsDirect reports whether qs[i] strictly contains direct quotes (not
// fragments) that together make at least half of it: "A," he said, "B." is
// its quotes A and B, while a unit that only carries a short quoted phrase
// ("before the U.S. “takes action”") stays.
func holdsDirect(q quotes.Quote, qs []quotes.Quote, i int) bool {
	inside := 0
	for j, b := range qs {
		if j == i || !b.Direct || b.Fragment {
			continue
		}
		if q.Start <= b.Start && b.End <= q.End && b.End-b.Start < q.End-q.Start {
			inside += b.End - b.Start
		}
	}
	return inside > 0 && 2*inside >= q.End-q.Start
}

// stripMarks trims the quote marks (and the punctuation just inside or
// outside them) that enclose a direct quote's span, keeping Start, End and
// Text in step with the article text.
func stripMarks(text string, q quotes.Quote) quotes.Quote {
	if q.Start < 0 || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text {
		return q // offsets that do not match the text are left alone
	}
	s, e := q.Start, q.End
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isQuoteMark(r) && r != ' ' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isQuoteMark(r) && r != ' ' && (r != ',' || !endsInMark(text[s:e-n])) {
			break
		}
		e -= n
	}
	if s == q.Start && e == q.End {
		return q
	}
	inner := text[s:e]
	// Only when the marks enclose the whole quote: a span with marks
	// inside (two quotes and the words between) keeps its shape.
	if strings.ContainsAny(inner, "\"“”") {
		return q
	}
	q.Start, q.End, q.Text = s, e, inner
	return q
}

func endsInMark(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isQuoteMark(r)
}

func isQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

// mentionsOrdered reports whether ms's starts and its ends both ascend, as
// the mentions of one article's tagger do; the quote tidying functions then
// search them instead of scanning them from the start for every quote.
func mentionsOrdered(ms []quotes.Mention) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].Start || ms[i].End < ms[i-1].End {
			return false
		}
	}
	return true
}

// mentionsFrom returns ms from its first mention starting at or after at
// when ms is ordered, else all of ms: for callers that skip every mention
// starting before at (nameAfterSource), the answer is the same either way.
func mentionsFrom(ms []quotes.Mention, at int, ordered bool) []quotes.Mention {
	if !ordered {
		return ms
	}
	return ms[sort.Search(len(ms), func(i int) bool { return ms[i].Start >= at }):]
}

// hasLetterOrDigit reports whether s holds a letter or a digit.
func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
