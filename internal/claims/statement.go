package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/entity"
	"github.com/storyline/storyline/internal/story/terms"
)

// Statement claims: what a named speaker said, whatever the verb. Reports
// of one statement by different outlets ("the memos show clearly that there
// was no collusion and no obstruction", "the memos 'clearly' show no
// obstruction, collusion") share a key made of the speaker and the gist of
// the statement: its longest content stems, which survive a span cut
// shorter or longer and a reordered report. A statement says little on its
// own; it is a recurring claim when the key comes back in another article
// (see Group.Statement and Book).

// gistStems is how many content stems make a statement's key.
const gistStems = 4

// minGistWords is how many content words a statement needs to be keyed by
// its gist; a shorter one is keyed by all of its stems, so that only the
// same words said again group with it.
const minGistWords = 6

// minWords is how many words a statement needs.
const minWords = 5

// reportedClause reports whether the span of a reported statement is a
// clause its verb introduces with "that" ("said that the deaths were a
// reminder"); a span without one is as often a noun phrase the quotes
// layer took for one ("expressed concern [that] ...", "in response to a
// voter's question").
func reportedClause(text string) bool {
	t := strings.TrimSpace(text)
	return len(t) > 5 && strings.EqualFold(t[:5], "that ")
}

// phrasePreps open a quoted phrase, not a statement.
var phrasePreps = map[string]bool{"on": true, "in": true, "of": true, "for": true, "to": true, "about": true,
	"with": true, "at": true, "from": true, "by": true, "into": true, "over": true, "as": true}

// titleWords reports whether most words of four letters or more of s are
// capitalised past the first: a title quoted, not words said.
func titleWords(s string) bool {
	long, caps := 0, 0
	for i, w := range strings.Fields(s) {
		w = strings.Trim(w, "\"'“”‘’(),.;:")
		if i == 0 || len(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return long >= 2 && 2*caps > long
}

// statementClaim makes the statement claim of quote q, or ok false when q
// is no statement of a named speaker: no speaker, a common noun or pronoun
// as speaker ("police", "officials"), a scare-quote fragment, a question,
// or fewer than three content words.
func (e *Extractor) statementClaim(q core.Quote, doc *article) (Claim, bool) {
	holder := doc.speakerHolder(q.Speaker, q.Sentence)
	if holder == "" || !namedSpeaker(q.Speaker, holder) || q.Fragment {
		return Claim{}, false
	}
	said := strings.TrimSpace(q.Said())
	if strings.HasSuffix(strings.TrimRight(said, " \"'”’)»,"), "?") {
		return Claim{}, false
	}
	if len(strings.Fields(said)) < minWords {
		return Claim{}, false // "radical Islamic terrorism": a phrase, not a statement
	}
	if first, _, _ := strings.Cut(strings.TrimLeft(said, "\"'“‘ "), " "); phrasePreps[strings.ToLower(first)] {
		return Claim{}, false // “on the latest developments in the talks”: a phrase of the writer's sentence
	}
	if q.Direct && titleWords(said) {
		return Claim{}, false // “Outstanding Individual Performance in a Variety Program”: a title
	}
	if !q.Direct && !reportedClause(q.Text) && !thatlessSaid(q, func() string { return doc.personShown(holder) }) {
		return Claim{}, false // "bemoaned the current climate": a report of no words said
	}
	span := said
	stems := e.gistOf(said)
	if q.Direct {
		// the words past the closing mark are the writer's; a span of
		// the speaker's that says too little alone keeps them
		if c := e.gistOf(closedSpan(said)); len(c) >= 3 {
			span, stems = closedSpan(said), c
		}
	}
	if len(stems) < 2 {
		return Claim{}, false
	}
	if unsaid(q) {
		return Claim{}, false // "Kell never said that ...": no statement of Kell's
	}
	key := append([]string(nil), stems...) // sorted below; stems stay in the order said (Gist)
	if len(stems) >= minGistWords {
		key = longest(stems, gistStems)
	}
	sort.Strings(key)
	// "not qualified" is no restatement of "qualified" (polarity.go)
	gist, key := e.negatedGist(span, stems, key)
	if len(stems) < 3 && len(gist) == len(stems) {
		return Claim{}, false // too little said; a negation counts as a word ("This isn't working for everyone")
	}
	obj := strings.Join(key, "+")
	neg := len(gist) > len(stems)
	sent := q.Sentence
	if sent == "" {
		sent = q.Text
	}
	return Claim{
		Key: holder + "|says|" + obj, Holder: holder, Stance: "says", Object: obj, Statement: true, Gist: gist, Negated: neg,
		Text:     doc.displayIn(holder, sent) + " — says " + shortSaid(q, said),
		Sentence: sent,
	}, true
}

// gistOf returns the distinct content stems of s, in order: no stop word,
// number or word that says nothing about what was said (generic).
func (e *Extractor) gistOf(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range terms.Words(uncontract(s)) {
		if terms.IsStop(w) || generic[w] || len(w) < 3 || strings.IndexFunc(w, unicode.IsLetter) < 0 {
			continue
		}
		st := e.stem.Stem(w)
		if k := keptStem(w); k != "" && generic[st] {
			st = k // "willing" stems to "will", which says nothing; its lexicon class does
		}
		if seen[st] || generic[st] {
			continue
		}
		seen[st] = true
		out = append(out, st)
	}
	return out
}

// longest returns the n longest of stems (ties: the first in byte order).
func longest(stems []string, n int) []string {
	s := append([]string(nil), stems...)
	sort.Slice(s, func(i, j int) bool {
		if len(s[i]) != len(s[j]) {
			return len(s[i]) > len(s[j])
		}
		return s[i] < s[j]
	})
	return s[:min(n, len(s))]
}

// shortSaid is the statement as shown: its first words, between curly
// marks when the speaker's own words.
func shortSaid(q core.Quote, said string) string {
	if q.Direct {
		said = closedSpan(said)
	}
	f := strings.Fields(said)
	cut := len(f) > 16
	if cut {
		f = f[:14]
	}
	t := strings.Join(f, " ")
	t = strings.Trim(t, " \"'“”‘’")
	if cut {
		t = strings.TrimRight(t, ",;:—-") + " …"
	}
	if q.Direct {
		return "“" + t + "”"
	}
	return "that " + t
}

// closedSpan is a direct quote's span up to its closing mark: a span the
// quotes layer ran past it ("… shoulders," he said. "Tony …"; "…
// investments," chairman) is the speaker's words only up to the mark.
func closedSpan(said string) string {
	for _, m := range []string{"\" ", "” ", "'' "} {
		if k := strings.Index(said, m); k > 0 && k < len(said)-len(m) {
			said = said[:k]
		}
	}
	return said
}

// speakerHolder is the holder of a quote's speaker: Canon's, but an
// organisation keeps its whole name ("California Highway Patrol", not
// "patrol"), and a lone head noun ("Attorney", "Commerce") names no one.
func speakerHolder(speaker string) string {
	name := strings.ToLower(strings.TrimSpace(speaker))
	name = strings.TrimPrefix(name, "the ")
	f := strings.Fields(name)
	for len(f) > 1 && corporateSuffixes[strings.TrimRight(f[len(f)-1], ",")] {
		f = f[:len(f)-1] // "Microsoft Corp": the suffix is no part of the name
		speaker, name = strings.Join(f, " "), strings.Join(f, " ")
	}
	if len(f) == 0 || len(f) == 1 && rankTitles[strings.TrimSuffix(f[0], ".")] {
		return "" // "said Spc. Lena Varro" read as "Spc": a title names no one
	}
	last := strings.TrimSuffix(strings.TrimSuffix(f[len(f)-1], "'s"), "’s")
	if speakerHeads[last] {
		if len(f) == 1 || strings.Contains(name, " and ") {
			return "" // "Interior and Commerce departments": no one speaker
		}
		if m, ok := metonyms[name]; ok {
			return m
		}
		return name
	}
	speaker = personInside(speaker)
	h := Canon(speaker)
	if speakerHeads[h] {
		return ""
	}
	return withParticle(speaker, h)
}

// rankTitles are titles and ranks, written short or whole, that a quote's
// speaker may be cut to; alone they name no one.
var rankTitles = map[string]bool{"spc": true, "pfc": true, "pvt": true, "cpl": true, "sgt": true, "lt": true,
	"capt": true, "maj": true, "col": true, "gen": true, "adm": true, "cmdr": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "prof": true, "rev": true}

// personInside is the person a speaker of three words or more names after
// the words of a team, outlet or job before a known given name ("Browns
// DL Sheldon Richardson" -> "Sheldon Richardson", "CBS Sports NFL Insider
// Jason La Canfora" -> "Jason La Canfora"), else speaker. The given name
// is followed by one to three capitalised words (particles of a surname
// too), the last no head of an organisation's or a place's name ("The
// Walt Disney Company" stays).
func personInside(speaker string) string {
	f := strings.Fields(strings.TrimSpace(speaker))
	if len(f) < 3 {
		return speaker
	}
	last := strings.ToLower(f[len(f)-1])
	if speakerHeads[last] || orgHeads[last] || placeHeads[last] || corporateSuffixes[last] {
		return speaker
	}
	for i := 1; i <= len(f)-2; i++ {
		if !entity.KnownGivenName(f[i]) || len(f)-1-i > 3 {
			continue
		}
		for _, w := range f[i+1:] {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !surnameParticles[w] {
				return speaker
			}
		}
		return strings.Join(f[i:], " ")
	}
	return speaker
}

// withParticle is surname h with the particles the speaker's name writes
// in lower case before it ("Bill de Blasio" -> "de blasio", "Ursula von
// der Leyen" -> "von der leyen").
func withParticle(speaker, h string) string {
	f := strings.Fields(strings.TrimSpace(speaker))
	if len(f) < 3 || strings.Contains(h, " ") || strings.ToLower(f[len(f)-1]) != h {
		return h
	}
	i := len(f) - 1
	for i > 1 && particle(f[i-1]) {
		i--
	}
	if i == 1 && particle(f[0]) {
		i = 0 // "Van Der Beek": the whole name is the surname
	}
	if i == len(f)-1 {
		return h
	}
	return strings.ToLower(strings.Join(f[i:], " "))
}

// particle reports whether w opens a surname: a particle written lower
// case, or capitalised ("Dick Van Dyke", "Jason La Canfora").
func particle(w string) bool {
	return surnameParticles[w] || surnameParticles[strings.ToLower(w)] && w != strings.ToUpper(w)
}

// surnameParticles open a surname when written lower case.
var surnameParticles = map[string]bool{"de": true, "del": true, "della": true, "der": true, "den": true,
	"van": true, "von": true, "da": true, "di": true, "du": true, "la": true, "le": true, "bin": true, "ibn": true}

// speakerHeads are the head nouns of organisations' names ("Highway Patrol",
// "Justice Department"), and words that alone name no one.
var speakerHeads = map[string]bool{"patrol": true, "office": true, "department": true, "departments": true,
	"police": true, "group": true, "agency": true, "ministry": true, "council": true, "committee": true,
	"commission": true, "court": true, "service": true, "authority": true, "union": true, "party": true,
	"company": true, "corporation": true, "bureau": true, "board": true, "team": true, "association": true,
	"institute": true, "university": true, "foundation": true, "campaign": true, "administration": true,
	"government": true, "army": true, "navy": true, "force": true, "forces": true, "guard": true, "network": true,
	"club": true, "league": true, "attorney": true, "commerce": true, "interior": true, "justice": true,
	"state": true, "house": true, "senate": true, "congress": true, "center": true, "centre": true, "coalition": true,
	"organization": true, "organisation": true, "federation": true, "society": true, "fund": true, "bank": true}

// namedSpeaker reports whether speaker, canonical holder h, names someone:
// written capitalised, no common noun standing for an unnamed group.
func namedSpeaker(speaker, h string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(speaker))
	if !unicode.IsUpper(r) || unnamedSpeakers[h] || pronouns[h] || personNouns[strings.ToLower(strings.TrimSpace(speaker))] {
		return false
	}
	for _, w := range strings.Fields(h) {
		if unnamedSpeakers[w] {
			return false // "the police department", "a source"
		}
	}
	return true
}

// unnamedSpeakers are common nouns a quote's speaker may be read as that
// name no one a reader could follow.
var unnamedSpeakers = map[string]bool{"police": true, "authorities": true, "officials": true, "official": true,
	"source": true, "sources": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "witness": true,
	"witnesses": true, "residents": true, "experts": true, "analysts": true, "critics": true, "aides": true,
	"press": true, "report": true, "reports": true, "statement": true, "people": true, "officers": true,
	"investigators": true, "prosecutors": true, "lawyers": true, "lawyer": true, "family": true, "friends": true,
	"neighbors": true, "neighbours": true, "supporters": true, "voters": true, "democrats": true, "republicans": true,
	"observers": true, "doctors": true, "researchers": true, "scientists": true, "someone": true, "everyone": true}

// personNouns are common nouns of one person that, standing alone as a
// speaker ("Woman"), name no one.
var personNouns = map[string]bool{"woman": true, "man": true, "girl": true, "boy": true, "mother": true,
	"father": true, "wife": true, "husband": true, "user": true, "reader": true, "fan": true, "viewer": true,
	"customer": true, "student": true}

// generic are words (and stems) that say nothing about what a statement
// is about: verbs of saying and thinking, fillers, intensifiers.
var generic = map[string]bool{"say": true, "said": true, "tell": true, "told": true, "think": true, "thought": true,
	"know": true, "knew": true, "want": true, "need": true, "like": true, "thing": true, "peopl": true, "people": true,
	"time": true, "year": true, "just": true, "realli": true, "really": true, "veri": true, "very": true, "lot": true,
	"way": true, "get": true, "got": true, "going": true, "make": true, "made": true, "come": true, "came": true,
	"look": true, "take": true, "took": true, "see": true, "saw": true, "went": true, "goe": true, "good": true,
	"great": true, "mani": true, "many": true, "much": true, "well": true, "also": true, "even": true, "still": true,
	"would": true, "could": true, "should": true, "will": true, "can": true, "one": true, "two": true, "three": true,
	"believ": true, "believe": true, "feel": true, "felt": true, "mean": true, "meant": true, "sure": true, "right": true,
	"everi": true, "every": true, "day": true, "today": true, "now": true, "ever": true, "never": true, "alway": true, "always": true}
