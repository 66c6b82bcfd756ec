package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/entity"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// Who may hold a quote's claim. The quotes layer names a speaker for each
// quote it attributes; not every name it gives is someone a claim can be
// held by. A holder is a person, an organisation or a country-like body,
// so a quote's speaker holds no claim when it is:
//
//   - a common noun phrase or a sentence's opening words ("Family
//     members", "We have received", "There's now no");
//   - a bare title or role ("Deputy Editor", "Conservative MP",
//     "Officer" of "Chief Executive Officer ..., Gary Scott");
//   - the tail of a title or name ("Minister of Industry, Investment and
//     Commerce" -> "Industry");
//   - only ever a modifier in the text ("Maryland-based lawyer Jim
//     Dunham" -> "Maryland"; "Python developers complained" -> "Python");
//   - one word the text writes capitalised only where a sentence opens
//     ("Adding warning labels ...", "Afterwards, she said"): a common
//     word, not a name;

// An organisation keeps its whole name ("Cork University Hospital", not
// "hospital"; "Exxon Mobil", not "mobil") and loses a corporate suffix
// ("Microsoft Corp" -> "microsoft"); a surname keeps its particle ("Bill
// de Blasio" -> "de blasio").

// entityIndex maps the lower-cased names and aliases of ents to them.
func entityIndex(ents []core.Entity) map[string]core.Entity {
	if len(ents) == 0 {
		return nil
	}
	m := make(map[string]core.Entity, 2*len(ents))
	for _, e := range ents {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := strings.ToLower(strings.TrimSpace(n))
			if _, ok := m[k]; !ok && k != "" {
				m[k] = e
			}
		}
	}
	return m
}

// noHolder reports whether q's speaker can hold no claim (see above).
func noHolder(q core.Quote, doc *article) bool {
	sp := strings.TrimSpace(q.Speaker)
	return commonPhrase(sp) || bareTitle(sp) || doc.titleTail(sp) || doc.modifierOnly(sp, q.Sentence) ||
		doc.settingOnly(sp, q.Sentence) || doc.openerOnly(sp) || doc.otherSpeaker(sp, q.Sentence) ||
		!q.Direct && (doc.theyReport(sp, q.Sentence) || subordinateThat(q))
}

// theyReport reports whether a reported statement's sentence does not
// name the speaker and gives the words to "they" ("Moreover, they showed
// that ...", "They fear that ..."): the quotes layer's guess at who "they"
// are (a university, a bank the article named before) is no holder a
// reader could follow.
func (a *article) theyReport(sp, sentence string) bool {
	if at, _ := a.sentenceIndexes(sp, sentence); len(at) > 0 {
		return false
	}
	ws := strings.Fields(sentence)
	for i := 0; i+1 < len(ws); i++ {
		if strings.EqualFold(strings.Trim(ws[i], ",;:"), "they") && theyVerbs[strings.ToLower(strings.Trim(ws[i+1], ",;:"))] {
			return true
		}
	}
	return false
}

// theyVerbs report what "they" said, found or believe.
var theyVerbs = map[string]bool{"said": true, "say": true, "note": true, "noted": true, "found": true, "find": true,
	"showed": true, "show": true, "shown": true, "demonstrated": true, "fear": true, "feared": true, "believe": true,
	"believed": true, "argue": true, "argued": true, "suggest": true, "suggested": true, "pointed": true, "point": true,
	"concluded": true, "conclude": true, "reported": true, "report": true, "wrote": true, "write": true, "warn": true,
	"warned": true, "claim": true, "claimed": true, "think": true, "thought": true, "added": true}

// subordinateThat reports whether a reported statement's "that" follows a
// word that makes it no report of words ("While that progress lags",
// "given that she had no background"): the quotes layer read a clause of
// the writer's for one.
func subordinateThat(q core.Quote) bool {
	i := strings.Index(q.Sentence, strings.TrimSpace(q.Text))
	if i <= 0 {
		return false
	}
	before := strings.Fields(q.Sentence[:i])
	return len(before) > 0 && subordinators[strings.ToLower(strings.Trim(before[len(before)-1], ",;:"))]
}

var subordinators = map[string]bool{"while": true, "given": true, "so": true, "such": true, "now": true,
	"because": true, "since": true, "except": true, "provided": true, "assuming": true, "though": true,
	"although": true, "if": true, "unless": true, "once": true, "after": true, "before": true}

// openerOnly reports whether a one-word speaker stands capitalised in the
// text only where a sentence or a quotation opens: a common word ("Adding
// warning labels ...", "Neuroscience tells us"), not a name, which the
// text writes inside a sentence somewhere ("said Leigh Sears").
func (a *article) openerOnly(sp string) bool {
	if sp == "" || strings.ContainsAny(sp, " .") {
		return false
	}
	return strings.Contains(a.text, sp) && !capitalInside(a.text, sp)
}

// surfaces are the forms a speaker may be written in: its name, the
// aliases the analyze layer found for it, and the last word of a name of
// several words (a surname).
func (a *article) surfaces(sp string) []string {
	out := []string{sp}
	if e, ok := a.ents[strings.ToLower(sp)]; ok {
		out = append(out, e.Aliases...)
	}
	if f := strings.Fields(sp); len(f) > 1 {
		out = append(out, f[len(f)-1])
	}
	return out
}

// sentenceIndexes returns where the sentence names the speaker: the byte
// offsets and ends of each surface form found.
func (a *article) sentenceIndexes(sp, sentence string) (at, end []int) {
	for _, f := range a.surfaces(sp) {
		if f == "" {
			continue
		}
	next:
		for _, i := range wordIndexes(sentence, f) {
			for k := range at {
				if at[k] <= i && i+len(f) <= end[k] {
					continue next // "Ana" inside "Santa Ana"
				}
			}
			at, end = append(at, i), append(end, i+len(f))
		}
	}
	return at, end
}

// settingPreps put a name in the setting of a sentence, not in its
// speaker's place ("the Court of Appeal in Santa Ana found", "during her
// interview with Winfrey she spoke").
var settingPreps = map[string]bool{"in": true, "at": true, "into": true, "inside": true, "near": true,
	"with": true, "on": true, "during": true, "outside": true, "across": true, "throughout": true}

// settingOnly reports whether the quote's sentence names the speaker, and
// only in a setting (settingAt).
func (a *article) settingOnly(sp, sentence string) bool {
	at, end := a.sentenceIndexes(sp, sentence)
	for k, i := range at {
		if !settingAt(sentence, i, end[k]) {
			return false
		}
	}
	return len(at) > 0
}

// settingAt reports whether the name at bytes i to end of sentence stands in a
// setting or inside a longer name, not where a speaker stands: right
// after a preposition of setting ("in Santa Ana"); after a place that
// follows one and a comma ("in Greenbelt, Maryland", "at the Max Planck
// Institute in Munich, Germany"); right after "&" ("Boeing Defense, Space
// & Security"); or after "of" and a capitalised word that is no title
// ("Martin Taylor of Aberdeenshire"; not "the Duke of Sussex").
func settingAt(sentence string, i, end int) bool {
	before := strings.Fields(sentence[max(0, i-80):i])
	if len(before) == 0 {
		return false
	}
	last := strings.ToLower(before[len(before)-1])
	switch {
	case settingPreps[last] || last == "&":
		return true
	case last == "of" && len(before) >= 2:
		w := strings.Trim(before[len(before)-2], ".,")
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		return unicode.IsUpper(r) && !roleHeads[lw] && !isTitle(lw) && !gazetteer.IsTitle(w) && !nobleTitles[lw]
	case strings.HasSuffix(last, ","):
		// a place and its state or country, closed by a comma ("in
		// Munich, Germany, and"; not "with Vietnam, Esper announced"):
		// walk back over the place's capitalised words to a preposition
		// of setting (not the sentence's first word: "In August, CBP,")
		if rest := sentence[end:]; rest != "" && !strings.ContainsAny(rest[:1], ",.;)") {
			return false
		}
		for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
			w := strings.TrimRight(before[k], ",")
			if k < len(before)-1 && settingPreps[strings.ToLower(w)] {
				return k > 0 || len(before) < len(strings.Fields(sentence[:i]))
			}
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || k < len(before)-1 && strings.HasSuffix(before[k], ",") {
				return false
			}
		}
	}
	return false
}

// nobleTitles precede "of" and a place in a person's title ("the Duke of
// Sussex", "the Archbishop of Canterbury").
var nobleTitles = map[string]bool{"duke": true, "duchess": true, "prince": true, "princess": true, "earl": true,
	"countess": true, "archbishop": true, "bishop": true, "lord": true, "lady": true, "king": true, "queen": true,
	"baron": true, "baroness": true, "marquess": true, "viscount": true, "mayor": true, "governor": true}

// otherSpeaker reports whether the quote's sentence does not name the
// speaker and names another as the one who speaks: a name the analyze
// layer found right before a verb of saying ("Parise said:", "Smith
// agreed:") or right after one that follows a quote ("…,” said Hill").
// The quotes layer gave the
// words to someone else (one named in an earlier sentence). Without the
// article's entities it reports false.
func (a *article) otherSpeaker(sp, sentence string) bool {
	if len(a.ents) == 0 || sentence == "" {
		return false
	}
	if at, _ := a.sentenceIndexes(sp, sentence); len(at) > 0 {
		return false
	}
	own, hasOwn := a.ents[strings.ToLower(sp)]
	named := func(ws []string) bool { // ws, all of it, names another person or body
		k := strings.ToLower(strings.Trim(strings.Join(ws, " "), ",.:;\"'“”‘’"))
		e, ok := a.ents[k]
		return ok && (e.Type == core.Person || e.Type == core.Organisation) && (!hasOwn || e.Name != own.Name)
	}
	ws := strings.Fields(sentence)
	for i, w := range ws {
		if !sayingVerbs[strings.ToLower(strings.Trim(w, ",.:;"))] {
			continue
		}
		if i > 0 && !strings.ContainsAny(ws[i-1], "\"“”,") {
			for n := 1; n <= min(3, i); n++ {
				if named(ws[i-n : i]) {
					return true
				}
			}
		}
		j := i + 1
		for j < len(ws) && isTitle(strings.ToLower(strings.Trim(ws[j], "."))) {
			j++
		}
		if j < len(ws) && !strings.ContainsAny(w, ",.:;") && i > 0 && strings.ContainsAny(ws[i-1], "\"”") {
			// "…,” said Hill": the verb after the quote; not "She says
			// Parise represents …", whose name opens what is said
			end := j + 1
			for end < len(ws) && end < j+3 && !strings.ContainsAny(ws[end-1], ",.:;") {
				end++
			}
			for e := end; e > j; e-- {
				if named(ws[j:e]) {
					return true
				}
			}
		}
	}
	return false
}

// sayingVerbs attribute a quote to the name beside them.
var sayingVerbs = map[string]bool{"said": true, "says": true, "added": true, "agreed": true, "wrote": true,
	"continued": true, "explained": true, "noted": true, "recalled": true, "argued": true, "replied": true,
	"responded": true, "tweeted": true, "insisted": true, "commented": true, "comments": true}

// nameSmallWords may stand lower case inside a name ("Bank of England",
// "Bill de Blasio").
var nameSmallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true,
	"de": true, "del": true, "della": true, "der": true, "den": true, "van": true, "von": true, "da": true,
	"di": true, "du": true, "la": true, "le": true, "bin": true, "ibn": true, "al": true, "el": true, "y": true, "&": true}

// commonPhrase reports whether a speaker is a phrase of common words, not
// a name: its last word is written lower case ("Family members", "We have
// received"), save an organisation's head after a possessor ("Michael R.
// Bloomberg's campaign"). Lower-case words before a name are its title
// ("Chargers general manager A.J. Butler").
func commonPhrase(sp string) bool {
	f := strings.Fields(sp)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	if r, _ := utf8.DecodeRuneInString(last); !unicode.IsLower(r) {
		return false
	}
	return !speakerHeads[last] || !possessive(f[len(f)-2])
}

func possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// roleHeads are nouns of an office, rank or job that end a title and name
// no one by themselves ("Deputy Editor", "Police Detective").
var roleHeads = map[string]bool{"officer": true, "editor": true, "detective": true, "mp": true, "mep": true,
	"secretary": true, "minister": true, "director": true, "chairman": true, "chairwoman": true, "chair": true,
	"president": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "governor": true, "mayor": true,
	"senator": true, "congressman": true, "congresswoman": true, "lawmaker": true, "chief": true, "executive": true,
	"manager": true, "commissioner": true, "superintendent": true, "sheriff": true, "inspector": true, "sergeant": true,
	"captain": true, "lieutenant": true, "colonel": true, "admiral": true, "judge": true,
	"prosecutor": true, "attorney": true, "lawyer": true, "counsel": true, "professor": true, "dean": true,
	"coach": true, "reporter": true, "correspondent": true, "columnist": true, "analyst": true, "economist": true,
	"researcher": true, "scientist": true, "doctor": true, "nurse": true, "dispatcher": true, "trooper": true,
	"deputy": true, "founder": true, "ceo": true, "cfo": true, "coo": true, "chancellor": true, "ambassador": true,
	"envoy": true, "premier": true, "treasurer": true, "councillor": true, "councilman": true, "councilwoman": true,
	"administrator": true, "coordinator": true, "adviser": true, "advisor": true, "official": true, "leader": true,
	"member": true, "candidate": true, "nominee": true, "owner": true, "employee": true}

// bareTitle reports whether a speaker is a title or role with no name
// ("Deputy Editor", "Conservative MP", "The International Trade
// Secretary"): its last word is a role's head.
func bareTitle(sp string) bool {
	f := strings.Fields(strings.ToLower(sp))
	if len(f) == 0 {
		return false
	}
	last := strings.Trim(f[len(f)-1], ".,;:")
	if roleHeads[last] {
		return true
	}
	return gazetteer.IsTitle(sp) || gazetteer.IsRole(sp)
}

// titleTail reports whether a one-word speaker stands in the text only
// after a capitalised word and "of" ("Minister of Industry", "Secretary of
// State"): the end of a title or a longer name, not a holder.
func (a *article) titleTail(sp string) bool {
	if strings.Contains(sp, " ") || sp == "" {
		return false
	}
	n, tails := 0, 0
	for _, i := range wordIndexes(a.text, sp) {
		n++
		before := strings.Fields(a.text[max(0, i-40):i])
		if len(before) >= 2 && before[len(before)-1] == "of" {
			if r, _ := utf8.DecodeRuneInString(before[len(before)-2]); unicode.IsUpper(r) {
				tails++
			}
		}
	}
	return n > 0 && tails == n
}

// agentNouns head a noun phrase a name may modify ("Python developers",
// "University of Surrey expert"), as the heads of titles do ("Microsoft
// President"): the phrase, not the name, is who speaks.
var agentNouns = map[string]bool{"developers": true, "users": true, "fans": true,
	"lawyers": true, "lawyer": true, "attorneys": true, "aides": true, "aide": true, "staff": true, "staffers": true,
	"employees": true, "workers": true, "members": true, "supporters": true, "critics": true, "experts": true,
	"analysts": true, "researchers": true, "scientists": true, "doctors": true, "engineers": true, "programmers": true,
	"executives": true, "leaders": true, "players": true, "students": true, "teachers": true, "parents": true,
	"residents": true, "voters": true, "officers": true, "investigators": true, "prosecutors": true, "sources": true,
	"owners": true, "customers": true, "readers": true, "viewers": true, "advocates": true, "activists": true,
	"lawmakers": true, "legislators": true, "authorities": true, "police": true, "community": true, "followers": true, "organizers": true,
	"organisers": true, "expert": true, "analyst": true, "researcher": true, "scientist": true,
	"source": true, "worker": true, "developer": true, "student": true, "employee": true, "adviser": true}

// modifierOnly reports whether a speaker stands only as a modifier: every
// time its sentence names it, before a hyphen ("Maryland-based") or a
// noun of people ("Python developers"); where the sentence does not name
// it, every time the text does, before a hyphen.
func (a *article) modifierOnly(sp, sentence string) bool {
	if sp == "" {
		return false
	}
	if _, ends := a.sentenceIndexes(sp, sentence); len(ends) > 0 {
		for _, e := range ends {
			if !modifierAt(sentence, e, true) {
				return false
			}
		}
		return true
	}
	idx := wordIndexes(a.text, sp)
	for _, i := range idx {
		if !modifierAt(a.text, i+len(sp), false) {
			return false
		}
	}
	return len(idx) > 0
}

// modifierAt reports whether the name ending at byte end of s modifies
// what follows: a hyphen and a lower-case word, or (nouns set) a noun of
// people.
func modifierAt(s string, end int, nouns bool) bool {
	rest := s[end:]
	if r, n := utf8.DecodeRuneInString(rest); r == '-' || r == '‑' {
		r2, _ := utf8.DecodeRuneInString(rest[n:])
		return unicode.IsLower(r2)
	}
	if !nouns || !strings.HasPrefix(rest, " ") {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	next = strings.ToLower(strings.TrimRight(next, ",.;:"))
	return agentNouns[next] || roleHeads[next] && !speaksFor[next]
}

// wordIndexes returns the byte offsets of w in s as a whole word (no
// letter or digit either side).
func wordIndexes(s, w string) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return out
		}
		i += from
		from = i + len(w)
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[from:]); from < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		out = append(out, i)
	}
}

// speaksFor are the roles that speak for the body they follow ("a Foreign
// Office spokeswoman said", "a White House official said"): the body holds
// what they say.
var speaksFor = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true}

// corporateSuffixes end a company's name and are no part of who it is.
var corporateSuffixes = map[string]bool{"corp": true, "corp.": true, "inc": true, "inc.": true, "ltd": true,
	"ltd.": true, "llc": true, "plc": true, "co": true, "co.": true, "ag": true, "gmbh": true, "s.a.": true, "n.v.": true}

// speakerHolder is speakerHolder with the article's entities: an
// organisation's name of several words is kept whole unless it reads as
// a person's (see personName) or the text names it by its last word
// alone, as it names a person by the surname.
func (a *article) speakerHolder(speaker, sentence string) string {
	h := speakerHolder(speaker)
	if h != "" && campaignSpeaker(speaker, sentence) {
		return h + " campaign" // "The Kell campaign said that ...": the campaign's (campaignOf)
	}
	if p := a.personForPlace(h, speaker, sentence); p != "" {
		return p // "Paris claims that her passport ...": Valeska Paris, not France
	}
	e, ok := a.ents[strings.ToLower(strings.TrimSpace(speaker))]
	if !ok || e.Type != core.Organisation || h == "" || strings.Contains(h, " ") {
		return h
	}
	f := strings.Fields(strings.ToLower(strings.TrimPrefix(strings.TrimSpace(e.Name), "The ")))
	if len(f) < 2 || f[len(f)-1] != h || metonyms[h] != "" || isCountry(h) {
		return h
	}
	last := strings.Fields(e.Name)
	if personName(last, sentence) || a.alone(last[len(last)-1], last[len(last)-2]) {
		return h // "Sherine Abed ... Abed said": a person the tagger took for a body
	}
	return strings.Join(f, " ")
}

// personForPlace is the surname of a person the quotes layer took for the
// place it names: the speaker is a country (metonyms: "Paris" -> France)
// that the sentence does not write, the sentence writes the place
// ("Paris claims ..."), and the article's entities type a name ending in
// it a person ("Valeska Paris"). "" otherwise.
func (a *article) personForPlace(h, speaker, sentence string) string {
	if h == "" || !isCountry(h) && !metonymTarget(h) || strings.Contains(strings.ToLower(sentence), strings.ToLower(strings.TrimSpace(speaker))) {
		return ""
	}
	for _, f := range strings.Fields(sentence) {
		w := strings.ToLower(strings.Trim(f, "\"'“”‘’(),.;:!?"))
		if metonyms[w] != h {
			continue
		}
		for name, e := range a.ents {
			if n := strings.Fields(name); e.Type == core.Person && len(n) > 1 && n[len(n)-1] == w {
				return w
			}
		}
	}
	return ""
}

// metonymTarget reports whether h is what some place name stands for.
func metonymTarget(h string) bool {
	for _, m := range metonyms {
		if m == h {
			return true
		}
	}
	return false
}

// campaignSpeaker reports whether the sentence names the speaker only as
// the modifier of "campaign" before a verb of saying ("The Kell campaign
// said", "the Anna Kell campaign says"): no "campaign manager", no other
// mention of the speaker.
func campaignSpeaker(speaker, sentence string) bool {
	sp := strings.TrimSpace(speaker)
	if sp == "" {
		return false
	}
	i := strings.Index(sentence, sp+" campaign ")
	if i < 0 || strings.Count(sentence, sp) > 1 {
		return false
	}
	next, _, _ := strings.Cut(sentence[i+len(sp)+len(" campaign "):], " ")
	next = strings.ToLower(strings.Trim(next, ",.;:\"'“”"))
	return speechVerbs[next] || next == "has" || next == "also" || next == "on"
}

// personName reports whether a name reads as a person's: it opens with a
// known given name or initials ("A.J.", "AJ"), or its sentence puts a title
// right before it ("general manager AJ Brel", "Rep. Tomas Brel").
func personName(name []string, sentence string) bool {
	first := name[0]
	if entity.KnownGivenName(first) || initials(first) {
		return true
	}
	for _, part := range strings.Split(first, "-") {
		if part != first && entity.KnownGivenName(part) {
			return true // "Eva-Maria"
		}
	}
	i := strings.Index(sentence, strings.Join(name, " "))
	if i <= 0 {
		return false
	}
	before := strings.Fields(sentence[max(0, i-30):i])
	if len(before) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(before[len(before)-1], ".,"))
	return roleHeads[w] || isTitle(w) || gazetteer.IsTitle(w)
}

// initials reports whether w is a given name's initials: "A.J.", "AJ".
func initials(w string) bool {
	letters := strings.ReplaceAll(w, ".", "")
	if letters == "" || len(letters) > 3 {
		return false
	}
	for _, r := range letters {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return strings.Contains(w, ".") || len(letters) == 2
}

// alone reports whether the text names word without prev right before it.
func (a *article) alone(word, prev string) bool {
	for _, i := range wordIndexes(a.text, word) {
		if !strings.HasSuffix(strings.TrimRight(a.text[:i], " "), prev) {
			return true
		}
	}
	return false
}
