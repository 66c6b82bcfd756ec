package quotes

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/sentence"
)

// subjectPronouns gives the he/she sources of qs (the analyze path's
// quotes) the subject the pronoun continues rather than the last person
// named: the subject candidate left of it in its own sentence, else in the
// nearest of the three sentences before it that has one (a pronoun found
// there continues in turn). A journalist's "he said" goes on with the
// sentence subject ("Trump himself has said he would talk with Mueller. He
// said in January ...": Trump, not Mueller), and a run of "He stated ..."
// sentences keeps its speaker past the names inside them.
//
// In a sentence the candidate is the source of a closing attribution
// ("..., said Officer X."), else the first person mention that is no object
// of a preposition and no possessor, outside quotation marks and the units
// of qs: the last one in a sentence opening with a quotation ("“A,” Mr.
// Comey wrote."), the main clause's first in one opening with an adverbial
// ("As he held out ..., Mr. Trump repeated"), a possessor when there is no
// other ("When X's name appeared, he told ..."). A description followed by
// its name ("the head of Y, Abbas Z,") is the name.
//
// Only a speaker the plain resolver gave (resolvePronoun), or none, is
// replaced: the special rules' answers (replies, first persons) stand. So
// does the plain answer when the candidate is a person of unknown gender
// named by one word or before another capitalised word (often a place or
// body tagged as a person: "Brooklyn riot", "Aer Lingus Chief Executive"),
// or, for she, one of unknown gender where the plain answer is a woman
// (most people in the news of unknown gender are men).
//
// A name after a verb's -ing form is an object ("forcing X to ..."), one
// inside a leading adverbial no antecedent of the pronoun opening the main
// clause ("At a briefing with X, he said"), a person whose words also name
// a school or street a place ("Sandy Hook Elementary"); a he that is
// another quote's source keeps its antecedent inside a quotation span
// merged across its attribution.
func (d *doc) subjectPronouns(qs []Quote) map[int]int {
	r := subjectResolver{d: d, memo: map[int]string{}}
	r.sources = map[int]bool{}
	r.sourceUnit = map[int]int{}
	for i, q := range qs {
		r.units = append(r.units, [2]int{q.Start, q.End})
		if q.SpeakerStart >= 0 {
			r.sources[q.SpeakerStart] = true
			if _, ok := r.sourceUnit[q.SpeakerStart]; !ok {
				r.sourceUnit[q.SpeakerStart] = i
			}
		}
	}
	pending := map[int]int{}
	rd := r
	rd.memo, rd.descs = map[int]string{}, true
	gender := map[string]byte{}
	for _, m := range d.mentions {
		if m.Gender != 0 && gender[m.Name] == 0 {
			gender[m.Name] = m.Gender
		}
	}
	for i := range qs {
		q := &qs[i]
		raw, ok := d.sourceText(*q)
		w := uncontracted(lower(raw))
		if !ok || w != "he" && w != "she" {
			continue
		}
		plain := d.resolvePronoun(w, q.SpeakerStart)
		if q.Speaker != "" && q.Speaker != raw && q.Speaker != plain {
			continue
		}
		if u, ok := descriptionUnit(rd.antecedent(w, q.SpeakerStart, 0)); ok {
			pending[i] = u
		}
		name := r.antecedent(w, q.SpeakerStart, 0)
		if name == "" || w == "she" && name != plain && gender[name] == 0 && gender[plain] == 'f' {
			continue
		}
		q.Speaker = name
	}
	return pending
}

// descMark opens the antecedent subjectResolver gives a pronoun that
// continues a description which is itself a unit's source; the unit's
// index follows it. The speaker is copied once descriptionSpeakers has
// named that unit's (afterDescriptions).
const descMark = "\x00desc:"

// descriptionUnit reads a descMark antecedent.
func descriptionUnit(name string) (int, bool) {
	rest, ok := strings.CutPrefix(name, descMark)
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(rest)
	return n, err == nil
}

// afterDescriptions gives each unit of pending (pronoun unit -> the unit
// whose description source the pronoun continues) that unit's speaker:
// "The officer said the bridge was closed. “We will reopen it,” he
// added." is the officer's, not the last person named before. Only when
// the description rules named a person for the description, or its head
// is a functional role (functionalRoles): an epithet left as it stands
// ("The billionaire businessman says ...", "The Republican incumbent
// said ...") mostly stands for the article's own protagonist, whom the
// plain answer already names. A name is the answer only when the resolver
// gives it the pronoun's gender (the description rules' role holder can be
// someone else: "The Republican incumbent said ... she said" is no Mitt
// Romney's).
func (d *doc) afterDescriptions(units []Quote, pending map[int]int) {
	for i, u := range pending {
		if i >= len(units) || u >= len(units) || units[u].Speaker == "" {
			continue
		}
		src, ok := d.sourceText(units[u])
		if !ok {
			continue
		}
		f := strings.Fields(lower(src))
		if strings.EqualFold(units[u].Speaker, src) && (len(f) == 0 || !functionalRoles[f[len(f)-1]]) {
			continue
		}
		if named := !strings.EqualFold(units[u].Speaker, src); named {
			if w, _ := d.sourceText(units[i]); d.genderOf(units[u].Speaker) != pronounGender[uncontracted(lower(w))] {
				continue // "she said" after a description named a man, or one of unknown gender
			}
		}
		units[i].Speaker = units[u].Speaker
	}
}

// pronounGender is the gender letter of he and she.
var pronounGender = map[string]byte{"he": 'm', "she": 'f'}

// functionalRoles are role nouns a writer rarely uses as an epithet for
// the article's protagonist: "the officer" is someone who only speaks.
var functionalRoles = set("spokesman", "spokeswoman", "spokesperson", "officer", "official", "prosecutor",
	"judge", "detective", "sergeant", "lieutenant", "captain", "coroner", "sheriff", "constable", "superintendent")

// sourceText returns the words of q's source span; ok is false when q has
// none.
func (d *doc) sourceText(q Quote) (string, bool) {
	if q.SpeakerStart < 0 || q.SpeakerEnd > len(d.text) || q.SpeakerStart >= q.SpeakerEnd {
		return "", false
	}
	return d.text[q.SpeakerStart:q.SpeakerEnd], true
}

// subjectPrepositions are the words after which a name is no subject.
var subjectPrepositions = set("to", "with", "by", "for", "from", "about", "against", "at", "in", "on",
	"into", "toward", "towards", "than", "like", "over", "under", "after", "before", "behind", "between",
	"among", "via", "per", "as", "without", "within", "including", "whom", "told", "asked", "and", "or")

// clauseLeads open an adverbial clause or phrase before a sentence's
// subject ("As he held out ...,", "In his meeting with X,").
var clauseLeads = set("as", "when", "while", "after", "before", "if", "although", "though", "because",
	"since", "unlike", "despite", "in", "on", "at", "during", "with", "for", "following", "asked", "until")

// tailCues are the reporting words of a closing attribution ("..., said X.").
var tailCues = set("said", "says", "told", "added", "explained", "noted", "wrote", "stated", "according",
	"insisted", "confirmed", "recalled", "argued", "continued", "announced", "warned")

// subjectResolver holds the state of one subjectPronouns pass.
type subjectResolver struct {
	d     *doc
	memo  map[int]string // pronoun offset -> antecedent ("" while open)
	units [][2]int       // content spans of the pass's quotes
	// sourceUnit maps a source span's start to the first unit with it.
	sourceUnit map[int]int
	// descs makes a description that is a unit's source an antecedent
	// (descriptionSubject; answered with descMark and the unit's index).
	descs bool
	// sources holds the start of every quote's source span: a source
	// inside another unit's span (a quotation merged across its
	// attribution: "“A,” he told me. “B.”") is no quoted word.
	sources map[int]bool
}

// antecedent returns the name the pronoun w at byte p continues, or "".
func (r *subjectResolver) antecedent(w string, p int, depth int) string {
	if name, ok := r.memo[p]; ok {
		return name
	}
	r.memo[p] = "" // a cycle gives no answer
	name := ""
	d := r.d
	si := d.sentenceAt(p)
	if si >= 0 && depth < 12 {
		for k := si; k >= 0 && k >= si-3; k-- {
			end := d.sents[k].End
			if k == si {
				end = p
			}
			var found bool
			if name, found = r.inSentence(w, d.sentStart(k), end, depth, k == si); found {
				break
			}
		}
	}
	r.memo[p] = name
	return name
}

// inSentence returns the subject candidate for w in the sentence part
// [a,b) (see subjectPronouns); found is false when it holds none.
func (r *subjectResolver) inSentence(w string, a, b int, depth int, own bool) (name string, found bool) {
	toks := r.d.tokensIn(a, b)
	if len(toks) == 0 {
		return "", false
	}
	if name, ok := r.tailSource(w, toks); ok {
		return name, true
	}
	if name, ok := r.attributed(w, toks); ok {
		return name, true
	}
	if !own && r.descs {
		if p, ok := r.d.descriptionSubject(toks); ok {
			if u, ok := r.sourceUnit[p]; ok {
				return descMark + strconv.Itoa(u), true
			}
		}
	}
	if own {
		// The pronoun's own sentence: a subject before it, else the last
		// person before it even after a preposition ("a confession from
		// Timmons, and a letter he is said to have written").
		if name, ok := r.first(w, toks, depth); ok {
			return name, true
		}
		for j := len(toks) - 1; j > 0 && !afterLeadClause(toks); j-- {
			t, before := toks[j], lower(toks[j-1].Text)
			if m := r.d.mentionStartingAt(t.Start); m >= 0 && !r.skip(t.Start) && r.d.mentions[m].fitsPronoun(w) &&
				subjectPrepositions[before] && before != "and" && before != "or" {
				return "", true // the plain resolver's answer
			}
		}
	}
	switch {
	case isQuoteMarkToken(toks[0].Text):
		for j := len(toks) - 1; j >= 0; j-- {
			if name, ok := r.candidate(w, toks, j, depth); ok {
				return name, true
			}
		}
	case clauseLeads[lower(toks[0].Text)] || strings.HasSuffix(lower(toks[0].Text), "ing"):
		for j, t := range toks {
			if t.Text == "," {
				if name, ok := r.first(w, toks[j+1:], depth); ok {
					return name, true
				}
				if name, ok := r.first(w, toks[:j], depth); ok {
					return name, true
				}
				return r.possessor(w, toks)
			}
		}
		fallthrough
	default:
		if name, ok := r.first(w, toks, depth); ok {
			return name, true
		}
	}
	return r.possessor(w, toks)
}

// tailSource returns the person w fits in a closing attribution of toks:
// at most ten tokens after the last comma outside quotation marks, holding
// a reporting word ("..., said California Highway Patrol Officer X.").
func (r *subjectResolver) tailSource(w string, toks []sentence.Token) (string, bool) {
	d := r.d
	c := -1
	for j, t := range toks {
		if t.Text == "," && !d.inQuote(t.Start) {
			c = j
		}
	}
	if c < 0 || len(toks)-c > 11 {
		return "", false
	}
	tail := toks[c+1:]
	cue := false
	for _, t := range tail {
		cue = cue || tailCues[lower(t.Text)]
	}
	if !cue {
		return "", false
	}
	for _, t := range tail {
		if m := d.mentionStartingAt(t.Start); m >= 0 {
			if mm := d.mentions[m]; mm.fitsPronoun(w) && namedEnough(mm, tail) {
				return mm.Name, true
			}
		}
	}
	return "", false
}

// attributed returns the person w fits that a reporting word stands
// next to in toks ("Kirkpatrick was let go, [Fanning said], but he ...",
// "..., said Officer X"), outside quotation marks and units.
func (r *subjectResolver) attributed(w string, toks []sentence.Token) (string, bool) {
	d := r.d
	for j, t := range toks {
		m := d.mentionStartingAt(t.Start)
		if m < 0 || r.skip(t.Start) {
			continue
		}
		mm := d.mentions[m]
		if !mm.fitsPronoun(w) || !namedEnough(mm, toks) {
			continue
		}
		k := j + 1
		for k < len(toks) && toks[k].Start < mm.End {
			k++
		}
		next := k < len(toks) && tailCues[lower(toks[k].Text)]
		prev := false
		for i := j - 1; i >= 0 && i >= j-5; i-- {
			lw := lower(toks[i].Text)
			if tailCues[lw] {
				prev = true
				break
			}
			if !titleWords[strings.TrimSuffix(lw, ".")] && !isCapitalised(toks[i].Text) && lw != "." {
				break
			}
		}
		if next || prev {
			return mm.Name, true
		}
	}
	return "", false
}

// isQuoteMarkToken reports whether t is a quotation mark.
func isQuoteMarkToken(t string) bool {
	switch t {
	case "\"", "“", "”", "‘", "'", "«", "„":
		return true
	}
	return false
}

// first returns the first subject candidate for w among toks (see
// candidate); found is false when toks hold none.
func (r *subjectResolver) first(w string, toks []sentence.Token, depth int) (name string, found bool) {
	for j := range toks {
		if name, ok := r.candidate(w, toks, j, depth); ok {
			return name, true
		}
	}
	return "", false
}

// candidate reports whether token j of toks is a subject candidate for w:
// a person mention w fits (a description's apposed name in its place), or
// the same pronoun (whose antecedent it returns). A person of unknown
// gender not named enough is a candidate with no answer.
func (r *subjectResolver) candidate(w string, toks []sentence.Token, j int, depth int) (string, bool) {
	d, t := r.d, toks[j]
	if r.skip(t.Start) || objectAt(toks, j) {
		return "", false
	}
	if lower(t.Text) == w {
		return r.antecedent(w, t.Start, depth+1), true
	}
	m := d.mentionStartingAt(t.Start)
	if m < 0 {
		return "", false
	}
	if a := d.apposedName(m); a >= 0 {
		m = a
	}
	mm := d.mentions[m]
	if !mm.fitsPronoun(w) || possessiveAfter(d.text, mm.End) {
		return "", false
	}
	if d.namesPlace(mm) {
		return "", false // a place tagged as a person
	}
	if !namedEnough(mm, toks) {
		return "", true
	}
	return mm.Name, true
}

// possessor returns the first person w fits that stands as a possessor
// in toks ("When Frederick LaRue's name started appearing").
func (r *subjectResolver) possessor(w string, toks []sentence.Token) (string, bool) {
	d := r.d
	for _, t := range toks {
		if r.skip(t.Start) {
			continue
		}
		if m := d.mentionStartingAt(t.Start); m >= 0 {
			if mm := d.mentions[m]; mm.fitsPronoun(w) && possessiveAfter(d.text, mm.End) && mm.Gender != 0 {
				return mm.Name, true
			}
		}
	}
	return "", false
}

// skip reports whether byte p lies inside quotation marks, after a stray
// opening mark or inside a unit of the pass.
func (r *subjectResolver) skip(p int) bool {
	if r.sources[p] && !r.d.inQuote(p) {
		return false
	}
	if r.d.inQuote(p) || r.d.inStray(p) {
		return true
	}
	for _, u := range r.units {
		if u[0] <= p && p < u[1] {
			return true
		}
	}
	return false
}

// apposedName returns the person mention apposed to the description
// mention m ("the head of the Y Headquarters, Abbas Z,"), or -1: m's surface
// opens with a determiner and the first person mention after it follows
// its phrase after one comma, closed by a comma or full stop.
func (d *doc) apposedName(m int) int {
	mm := d.mentions[m]
	surface := lower(d.text[mm.Start:mm.End])
	if !strings.HasPrefix(surface, "the ") && !strings.HasPrefix(surface, "a ") {
		return -1
	}
	for k := m + 1; k < len(d.mentions); k++ {
		n := d.mentions[k]
		gap := d.text[mm.End:n.Start]
		if len(gap) > 120 || strings.Count(gap, ",") > 1 || strings.ContainsAny(gap, ".\n\"“”") {
			return -1
		}
		if n.Type != core.Person {
			continue
		}
		rest := strings.TrimLeft(d.text[n.End:], " ")
		if strings.Count(gap, ",") == 1 && strings.HasSuffix(strings.TrimRight(gap, " "), ",") &&
			(strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ".")) {
			return k
		}
		return -1
	}
	return -1
}

// namedEnough reports whether mention m may be taken for a person: its
// gender is known, or it is named by two words or more and no capitalised
// word follows it in toks (a place or body tagged as a person is often one
// word, or a modifier: "Aer Lingus Chief Executive").
func namedEnough(m Mention, toks []sentence.Token) bool {
	if m.Gender != 0 {
		return true
	}
	if len(strings.Fields(m.Name)) < 2 {
		return false
	}
	for _, t := range toks {
		if t.Start >= m.End {
			return !isCapitalised(t.Text)
		}
	}
	return true
}

// objectAt reports whether token j follows a preposition or a verb's
// -ing form inside the sentence ("forcing Sanders to ..."), skipping
// honorifics and titles between ("with Mr. Abe").
func objectAt(toks []sentence.Token, j int) bool {
	for i := j - 1; i >= 0 && i >= j-4; i-- {
		w := toks[i].Text
		lw := strings.TrimSuffix(lower(w), ".")
		if titleWords[lw] || w == "." {
			continue
		}
		return subjectPrepositions[lw] || i > 0 && ingObject(w)
	}
	return false
}

// ingNouns end in -ing but are nouns, after which a name may be a subject
// ("On Tuesday morning Smith said").
var ingNouns = set("morning", "evening", "thing", "something", "nothing", "anything", "everything",
	"spring", "king", "meeting", "hearing", "briefing", "building", "ring", "string", "wedding",
	"ceiling", "funding", "spending", "ruling", "polling", "wing", "during", "sibling", "darling")

// ingObject reports whether w, a word inside a sentence, is a verb's -ing
// form whose object a following name is ("forcing Sanders", "urging Ms.
// Roe"): lower case, five letters or more, not a noun in -ing.
func ingObject(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ing") && w == lower(w) && !ingNouns[w]
}

// afterLeadClause reports whether toks (a sentence up to a pronoun) open
// with an adverbial lead and end with the comma that closes it: the
// pronoun is the main clause's subject, so a name inside the lead ("At an
// interview with Bloomberg Politics, he said") is no antecedent of it.
func afterLeadClause(toks []sentence.Token) bool {
	if len(toks) < 3 || toks[len(toks)-1].Text != "," {
		return false
	}
	for _, t := range toks[:len(toks)-1] {
		if t.Text == "," {
			return false
		}
	}
	return clauseLeads[lower(toks[0].Text)]
}

// possessiveAfter reports whether text at e opens with 's or ’s.
func possessiveAfter(text string, e int) bool {
	rest := text[e:]
	for _, s := range []string{"'s", "’s", " ’ s", " 's", " ' s"} {
		if strings.HasPrefix(rest, s) {
			return true
		}
	}
	return false
}

// placeHeads end names of places and institutions ("Sandy Hook
// Elementary", "Oak Park Hospital"); a person's name is not followed by
// them.
var placeHeads = set("Elementary", "School", "High", "Academy", "College", "Street", "Avenue",
	"Road", "County", "Hospital", "Airport", "Park", "Square", "Bridge", "Station", "River", "Lake",
	"Island", "Beach", "Valley", "Hall", "Church", "Stadium", "Arena", "Mall", "Village", "Township")

// namesPlace reports whether the words of person mention m, two or more,
// stand anywhere in the text before a place or body head ("Sandy Hook
// Elementary School", "Aldor Green Township"): a place tagged as a person,
// no antecedent of he or she.
func (d *doc) namesPlace(m Mention) bool {
	surface := d.text[m.Start:m.End]
	if !strings.Contains(surface, " ") {
		return false // "Trump Tower" leaves Trump a person
	}
	for i := 0; ; {
		k := strings.Index(d.text[i:], surface)
		if k < 0 {
			return false
		}
		i += k + len(surface)
		rest := strings.TrimLeft(d.text[i:], " ")
		if len(rest) == len(d.text[i:]) {
			continue // no space: part of a longer word
		}
		next, _, _ := strings.Cut(rest, " ")
		next = strings.TrimRight(next, ",.;:")
		if placeHeads[next] || orgWords[next] {
			return true
		}
	}
}

// descriptionSubject returns the start of a sentence's subject when that
// subject is a definite description of a role (roleDescription) standing
// first, after at most one leading word and comma ("The officer said the
// bridge was closed.", "Still, the spokesman told ..."), followed by a
// lower-case word that is no preposition. When the description is a
// unit's source, a he or she in the sentences after continues it, not the
// last person named (the one the officer talked about).
func (d *doc) descriptionSubject(toks []sentence.Token) (int, bool) {
	s := 0
	if len(toks) > 2 && toks[1].Text == "," && isCapitalised(toks[0].Text) && d.mentionStartingAt(toks[0].Start) < 0 {
		s = 2
	}
	if s >= len(toks) || lower(toks[s].Text) != "the" || d.inQuote(toks[s].Start) {
		return 0, false
	}
	for e := s + 2; e <= s+5 && e < len(toks); e++ {
		next := toks[e].Text
		if next == "" || !unicode.IsLower(rune(next[0])) || descriptionStops[next] {
			continue
		}
		if _, _, ok := roleDescription(d.text[toks[s].Start:toks[e-1].End]); !ok {
			return 0, false
		}
		return toks[s].Start, true
	}
	return 0, false
}

// descriptionStops are lower-case words that go on a description's noun
// phrase rather than open its verb ("the head of", "the officer and").
var descriptionStops = set("of", "and", "or", "in", "at", "for", "from", "with", "on", "to", "who", "whose")
