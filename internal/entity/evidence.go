package entity

// Types by the article's evidence (eighteenth session): a name the tagger
// typed as a person or place that the article calls a company ("automaker
// Zorvex", "Zorvex, another car maker,") is an organisation, unless the
// article also names a person with that word in a longer name or gives
// the name a title.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// companyNouns are common nouns that name a company; before a name
// ("automaker Zorvex") or closing an apposition after it ("Zorvex, a
// software company,") they make the name an organisation. "maker" and
// "group" count only after a product word ("car maker").
var companyNouns = map[string]bool{"automaker": true, "automakers": true, "carmaker": true,
	"carmakers": true, "company": true, "firm": true, "retailer": true, "manufacturer": true,
	"conglomerate": true, "airline": true, "insurer": true, "chipmaker": true, "corporation": true,
	"startup": true, "start-up": true, "supermarket": true,
	"bank": true, "lender": true, "publisher": true, "distributor": true, "supplier": true,
	"maker": true, "airframer": true}

// beforeNouns are the company nouns that make a name right after them a
// company; "the company Ana Lind founded", "the bank Lind runs" are
// relative clauses, so "company", "firm" and "bank" count only in an
// apposition.
var beforeNouns = map[string]bool{"automaker": true, "automakers": true, "carmaker": true,
	"carmakers": true, "retailer": true, "manufacturer": true, "conglomerate": true,
	"airline": true, "insurer": true, "chipmaker": true, "lender": true, "maker": true, "airframer": true}

// makerWords are the product words before "maker" that make it a company
// ("car maker", "software maker"); "policy maker", "film maker" are people.
var makerWords = map[string]bool{"car": true, "auto": true, "software": true, "chip": true,
	"drug": true, "phone": true, "toy": true, "computer": true, "aircraft": true, "plane": true,
	"truck": true, "steel": true, "beer": true, "tobacco": true, "food": true, "engine": true,
	"vehicle": true, "handset": true, "smartphone": true, "jet": true}

// appositionEnds are the words that may follow the company noun closing
// an apposition ("Zorvex, a car maker based in ...").
var appositionEnds = map[string]bool{"that": true, "which": true, "based": true,
	"headquartered": true, "in": true, "with": true, "whose": true, "from": true, "founded": true}

// companiesByEvidence retypes as organisations the surfaces typed as
// persons or places that a mention shows to be a company, when no longer
// person name of the article holds the name's words.
func companiesByEvidence(text string, ms []ner.Mention, types map[string]core.EntityType) {
	var nameWords, corpNames map[string]bool
	corpRead := false
	for i, m := range ms {
		if strings.ContainsAny(strings.TrimSpace(m.Text), " -") {
			continue // a one-word name only: "Zorvex", not "Ana Zorvex"
		}
		named := companyBefore(text, m.Start) || companyApposition(text, m.End) || companyList(text, m.Start) ||
			companyPartner(text, ms, i, types) && types[surfaceKey(m.Text)] == core.Person // "Kell Motors and Zorvex" (typecues.go)
		owned := !named && (executiveOf(text, m.Start) || companyAfter(text, m.End))
		if !named && !owned {
			if !corpRead {
				corpNames, corpRead = corpShortNames(ms), true
			}
			if len(corpNames) == 0 {
				continue
			}
		}
		k := surfaceKey(m.Text)
		t := types[k]
		if t != core.Person && t != core.Location || owned && t != core.Person || !named && !owned && !corpNames[k] {
			continue
		}
		if KnownGivenName(m.Text) {
			continue
		}
		if _, ok := gazetteer.CountryOf(m.Text); ok || gazetteer.Lookup(m.Text) != 0 {
			continue
		}
		if nameWords == nil {
			nameWords = personNameWords(types)
		}
		if nameWords[k] {
			continue // "Zorvex" beside "Ana Zorvex"
		}
		types[k] = core.Organisation
	}
}

// companyBefore reports whether a company noun, lower case, stands right
// before pos ("automaker Zorvex", "software maker Zorvex").
func companyBefore(text string, pos int) bool {
	w, start := prevWord(text, pos)
	if isLowerWord(w) && modifiedNouns[w] {
		p, _ := prevWord(text, start)
		p = strings.ToLower(p)
		return tradeWords[p] || makerWords[p]
	}
	if !isLowerWord(w) || !beforeNouns[w] {
		return false
	}
	if w == "maker" {
		p, _ := prevWord(text, start)
		return makerWords[strings.ToLower(p)]
	}
	return true
}

// modifiedNouns are the company nouns that make the name after them a
// company only after a product or trade word ("auto company Zorvex",
// "mining firm Zorvex"; not "the company Ana Lind founded").
var modifiedNouns = map[string]bool{"company": true, "firm": true, "group": true}

// tradeWords are the trade words before "company" or "firm" that make it
// a business ("oil company", "tech firm").
var tradeWords = map[string]bool{"oil": true, "mining": true, "tech": true, "technology": true,
	"energy": true, "media": true, "insurance": true, "pharmaceutical": true, "investment": true,
	"holding": true, "parent": true, "telecom": true, "airline": true, "shipping": true,
	"utility": true, "construction": true, "chemical": true, "gas": true, "auto": true}

// corpShortNames returns the one-word names the article also gives,
// typed as an organisation, with a corporate suffix ("Zorvex LLC" beside
// "Zorvex"), folded.
func corpShortNames(ms []ner.Mention) map[string]bool {
	var out map[string]bool
	for _, m := range ms {
		name := strings.TrimSpace(m.Text)
		i := strings.IndexByte(name, ' ')
		if m.Type != core.Organisation || i < 0 || strings.IndexByte(name[i+1:], ' ') >= 0 || !corpSuffix(name[i+1:]) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[fold(name[:i])] = true
	}
	return out
}

// corpSuffix reports whether w is a corporate suffix ("Inc.", "LLC").
func corpSuffix(w string) bool {
	w = strings.Trim(w, ".,")
	for s := range corpSuffixes {
		if strings.EqualFold(w, s) {
			return true
		}
	}
	return false
}

// executiveTitles are the company offices and owners that "of" joins to
// a company ("the president of Zorvex", "shareholders of Zorvex").
var executiveTitles = map[string]bool{"president": true, "chairman": true, "chairwoman": true,
	"ceo": true, "executive": true, "shareholders": true, "stockholders": true, "subsidiary": true,
	"chairperson": true}

// executiveOf reports whether "<company office> of [the]" stands right
// before pos ("Ana Lind, the president of Zorvex"); a person has no
// president. A country does, so only names typed as persons are asked.
func executiveOf(text string, pos int) bool {
	w, start := prevWord(text, pos)
	if w != "of" {
		return false
	}
	t, _ := prevWord(text, start)
	return executiveTitles[strings.ToLower(t)]
}

// companyAfter reports whether the name ending at end is followed by its
// chief executive or its factories, dealers, shareholders ("Zorvex Chief
// Executive Ana Lind", "Zorvex factories", "former Zorvex President Ana
// Lind"; no person has a president or chairman).
func companyAfter(text string, end int) bool {
	w, next := nextWord(text, end)
	switch w {
	case "CEO", "factories", "dealerships", "shareholders", "stockholders", "subsidiary", "President", "Chairman", "Chairwoman":
		return true
	case "Chief", "chief":
		w, _ = nextWord(text, next)
		return strings.EqualFold(w, "executive")
	}
	return false
}

// companyApposition reports whether the name ending at end is followed by
// ", a/an/another/the ... <company noun>" closing the apposition ("Zorvex,
// another U.S. car maker, said"), within five words.
func companyApposition(text string, end int) bool {
	rest := strings.TrimLeft(text[end:min(len(text), end+120)], " ")
	if !strings.HasPrefix(rest, ", a") && !strings.HasPrefix(rest, ", the ") {
		return false
	}
	first, rest := field(rest[1:])
	switch first {
	case "a", "an", "another", "the":
	default:
		return false
	}
	prev := ""
	for i := 1; i <= 5 && rest != ""; i++ {
		var w string
		w, rest = field(rest)
		if w == "" {
			break
		}
		next, _ := field(rest)
		core := strings.TrimRight(w, ",;:")
		if c := strings.TrimSuffix(core, "."); c != core && !strings.Contains(c, ".") && isLowerWord(c) {
			core = c // a sentence's stop, not an abbreviation's ("U.S.")
		}
		if core != w || appositionEnds[next] {
			if !companyNouns[core] {
				return false
			}
			if core == "maker" {
				return makerWords[strings.ToLower(prev)]
			}
			return true
		}
		if strings.ContainsAny(w, "'’\"“”()") {
			return false
		}
		prev = w
	}
	return false
}

// field returns the first space-separated word of s and what follows it.
func field(s string) (string, string) {
	s = strings.TrimLeft(s, " \n\t")
	i := strings.IndexAny(s, " \n\t")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// pluralCompanies are plural company nouns that open a list of companies
// ("automakers -- Zorvex, Ford and Kell Motors", "airlines such as ...").
var pluralCompanies = map[string]bool{"automakers": true, "carmakers": true, "companies": true,
	"firms": true, "manufacturers": true, "airlines": true, "banks": true, "retailers": true,
	"insurers": true, "lenders": true, "chipmakers": true}

// listOpeners are what stands between a plural company noun and its list.
var listOpeners = []string{" -- ", " - ", " – ", " — ", ": ", " such as ", " including ", ", including "}

// companyList reports whether the name at pos is an item of a list of
// names a plural company noun opens ("the Big Three automakers -- Zorvex,
// Ford, and Kell Motors"): only capitalised words, commas and "and" stand
// between the opener and the name.
func companyList(text string, pos int) bool {
	lo := max(0, pos-80)
	seg := text[lo:pos]
	best, open := -1, ""
	for _, o := range listOpeners {
		if i := strings.LastIndex(seg, o); i > best {
			best, open = i, o
		}
	}
	if best < 0 {
		return false
	}
	for _, w := range strings.FieldsFunc(seg[best+len(open):], func(r rune) bool { return r == ' ' || r == ',' }) {
		if w != "and" && !capitalised(w) {
			return false
		}
	}
	noun, _ := prevWord(text, lo+best)
	return pluralCompanies[noun]
}

// prevWord returns the word before pos (its letters, hyphens and
// apostrophes) and where it starts; "" at a punctuation mark.
func prevWord(text string, pos int) (string, int) {
	i := pos
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			break
		}
		j -= n
	}
	return text[j:i], j
}

// nextWord returns the word after pos (its letters) and where it ends;
// "" when a punctuation mark comes first.
func nextWord(text string, pos int) (string, int) {
	i := pos
	for i < len(text) && text[i] == ' ' {
		i++
	}
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j], j
}

// isLowerWord reports whether w is a non-empty word in lower case.
func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	// strings.ToLower(w) == w, without building the lower-cased copy.
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r {
			return false
		}
		i += n
	}
	return true
}

// personsByEvidence types as a person a name of two or three words typed
// otherwise whose first word is a known given name and that the article
// treats as a person: a title right before a mention ("Sen. Ana Kesh",
// "Republican nominee Ana Kesh") or a relative "who" right after one
// ("Ana Kesh, who ..."). The gazetteer's names, compass words ("North
// Carolina") and names ending in an organisation's or place's head stay
// as typed.
func personsByEvidence(text string, ms []ner.Mention, types map[string]core.EntityType) {
	var misc map[int]bool // starts of MISC mentions, for titleBefore ("Russian Defense Minister")
	for _, m := range ms {
		first, _, ok := strings.Cut(strings.TrimSpace(m.Text), " ")
		if !ok || compassGiven[first] || !KnownGivenName(first) {
			continue
		}
		k := surfaceKey(m.Text)
		if t := types[k]; t == core.Person || t == "" {
			continue
		}
		words := strings.Fields(m.Text)
		if len(words) > 3 {
			continue
		}
		if gazetteer.Lookup(m.Text) != 0 {
			continue
		}
		if _, ok := gazetteer.CountryOf(m.Text); ok {
			continue
		}
		if _, head := gazetteer.HeadType(words[len(words)-1]); head {
			continue
		}
		if !whoAfter(text, m.End) {
			if misc == nil {
				misc = map[int]bool{}
				for _, o := range ms {
					if o.Type == core.Misc {
						misc[o.Start] = true
					}
				}
			}
			if attrs, _ := titleBefore(text, m.Start, misc); len(attrs) == 0 {
				continue
			}
		}
		types[k] = core.Person
	}
}

// compassGiven are compass words the given-name tables hold ("North
// Carolina", "South Dakota").
var compassGiven = map[string]bool{"North": true, "South": true, "East": true, "West": true}

// whoAfter reports whether the relative pronoun "who" follows the name
// ending at end, after a comma or not ("Ana Kesh, who ...").
func whoAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	rest = strings.TrimLeft(strings.TrimPrefix(rest, ","), " ")
	return strings.HasPrefix(rest, "who ")
}
