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
		doc.settingOnly(sp, q.Sentence) || doc.openerOnly(sp)
}

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
// only right after a preposition of setting.
func (a *article) settingOnly(sp, sentence string) bool {
	at, _ := a.sentenceIndexes(sp, sentence)
	for _, i := range at {
		before := strings.Fields(sentence[max(0, i-20):i])
		if len(before) == 0 || !settingPreps[strings.ToLower(before[len(before)-1])] {
			return false
		}
	}
	return len(at) > 0
}

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
