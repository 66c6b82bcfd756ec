package entity

// Twelfth-session repairs, all general English and news conventions,
// applied within an article before the type vote:
//
//   - a law or treaty ("Freedom of Information Act", "North American Free
//     Trade Agreement") is MISC whatever the tagger said;
//   - a name followed by "County" or "Parish" takes the word in and is a
//     place ("Jefferson" + "County"), and a name ending so is a place
//     ("Polk County" typed ORG);
//   - a programme named after a broadcaster's possessive ("CNBC's Squawk
//     Box") or quoted after "on" ("on “Meet the Day”") is MISC;
//   - a sentence adverb or interjection opening a sentence ("Well,",
//     "Somehow,") is no entity;
//   - a name of two or three words typed otherwise whose first word is a
//     known given name and whose last word the article names alone as a
//     person ("Ana Kesh" typed ORG beside "Kesh" typed PER) is that person.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// lawHeads end the names of laws, treaties and accords.
var lawHeads = map[string]bool{"Act": true, "Acts": true, "Agreement": true, "Treaty": true,
	"Accord": true, "Accords": true, "Amendment": true, "Protocol": true}

// countyWords after a name make it a county ("Jefferson County").
var countyWords = map[string]bool{"County": true, "Parish": true}

// broadcasters are networks whose possessive names a programme
// ("CNN's", "CNBC's"); written by hand for this project.
var broadcasters = map[string]bool{"CNN": true, "CNBC": true, "MSNBC": true, "NBC": true, "CBS": true,
	"ABC": true, "Fox": true, "PBS": true, "HBO": true, "BBC": true, "NPR": true, "C-SPAN": true,
	"Netflix": true, "Hulu": true, "Showtime": true, "ESPN": true, "Bravo": true, "TLC": true}

// openerWords are sentence adverbs and interjections that a tagger may
// take for a name when they open a sentence ("Well, ...", "Somehow, ...").
var openerWords = map[string]bool{"well": true, "somehow": true, "yes": true, "no": true, "oh": true,
	"okay": true, "ok": true, "indeed": true, "meanwhile": true, "still": true, "instead": true,
	"perhaps": true, "maybe": true, "anyway": true, "sure": true, "nevertheless": true,
	"nonetheless": true, "finally": true, "ultimately": true, "apparently": true, "clearly": true,
	"obviously": true, "fortunately": true, "unfortunately": true, "thankfully": true, "sadly": true,
	"hopefully": true, "similarly": true, "likewise": true, "however": true, "moreover": true,
	"furthermore": true, "besides": true, "otherwise": true, "overall": true, "again": true,
	"hey": true, "wow": true, "look": true, "listen": true, "now": true, "so": true, "then": true,
	"later": true, "ironically": true, "frankly": true, "honestly": true, "seriously": true,
	"interestingly": true, "notably": true, "luckily": true, "amazingly": true, "surprisingly": true}

// lawName reports whether the words of a name end in a law's head.
func lawName(words []string) bool {
	return len(words) > 1 && lawHeads[words[len(words)-1]]
}

// withCounty extends m over a following "County" or "Parish" and types it
// as a place; a name already ending so is a place.
func withCounty(text string, m ner.Mention) ner.Mention {
	words := strings.Fields(m.Text)
	if len(words) > 1 && countyWords[words[len(words)-1]] {
		m.Type = core.Location
		return m
	}
	rest := text[m.End:]
	if !strings.HasPrefix(rest, " ") {
		return m
	}
	next := strings.TrimLeft(rest, " ")
	for w := range countyWords {
		if strings.HasPrefix(next, w) {
			after, _ := utf8.DecodeRuneInString(next[len(w):])
			if len(next) == len(w) || !unicode.IsLetter(after) {
				end := m.End + (len(rest) - len(next)) + len(w)
				m.Text, m.End, m.Type = text[m.Start:end], end, core.Location
				return m
			}
		}
	}
	return m
}

// programmeName reports whether m names a broadcast programme: after a
// broadcaster's possessive (quoted, or typed other than a person: "CNN's
// Dana Lind" is a presenter), or in quotation marks right after "on".
func programmeName(text string, m ner.Mention) bool {
	before := strings.TrimRight(text[:m.Start], " ")
	quoted := false
	for _, q := range []string{"\"", "“", "''", "‘", "'"} {
		if strings.HasSuffix(before, q) {
			before, quoted = strings.TrimRight(strings.TrimSuffix(before, q), " "), true
			break
		}
	}
	for _, pos := range []string{"'s", "’s"} {
		if strings.HasSuffix(before, pos) && (quoted || m.Type != core.Person) { // "CNN's Dana Lind" is a person
			b := before[:len(before)-len(pos)]
			i := strings.LastIndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
			return broadcasters[b[i+1:]]
		}
	}
	if !quoted {
		return false
	}
	return strings.ToLower(lastField(before)) == "on"
}

// lastField returns the last of strings.Fields(s), or "" when it has none,
// without splitting all of s (s is the whole text before a mention).
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:]
}

// sentenceOpener reports whether m is one word from openerWords that opens
// a sentence or a quotation (after a full stop, a line break, an opening
// quotation mark or the start of text) and is followed by a comma or a
// dash.
func sentenceOpener(text string, m ner.Mention) bool {
	w := strings.TrimSpace(m.Text)
	if strings.Contains(w, " ") || !openerWords[strings.ToLower(w)] {
		return false
	}
	after := strings.TrimLeft(text[m.End:], " ")
	if !strings.HasPrefix(after, ",") && !strings.HasPrefix(after, "—") && !strings.HasPrefix(after, "-") {
		return false
	}
	before := strings.TrimRight(text[:m.Start], " \t")
	if unquoted := strings.TrimRight(before, "\"“'‘"); unquoted != before || unquoted == "" {
		return true // the first word of a quotation or of the text
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '.' || r == '\n' || r == '?' || r == '!' || r == ':' || r == ';'
}

// givenNamePersons types as a person a name of two or three words typed
// otherwise whose first word is a known given name and whose last word
// the article names alone as a person, unless the gazetteer lists the name
// or its last word heads an organisation or place.
func givenNamePersons(ms []ner.Mention, types map[string]core.EntityType) {
	lone := map[string]bool{}
	for _, m := range ms {
		if w := strings.TrimSpace(m.Text); !strings.Contains(w, " ") && types[surfaceKey(w)] == core.Person {
			lone[surfaceKey(w)] = true
		}
	}
	for _, m := range ms {
		k := surfaceKey(m.Text)
		words := strings.Fields(m.Text)
		if types[k] == core.Person || len(words) < 2 || len(words) > 3 || !lone[surfaceKey(words[len(words)-1])] {
			continue
		}
		if !KnownGivenName(words[0]) || gazetteer.Lookup(m.Text) != 0 {
			continue
		}
		if _, head := gazetteer.HeadType(words[len(words)-1]); head {
			continue
		}
		types[k] = core.Person
	}
}

// corpSuffixes end a company's full name ("Lamonts Apparel Inc"); the
// article then calls it by its first word or words ("Lamonts").
var corpSuffixes = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "plc": true,
	"llc": true, "group": true, "holdings": true, "ag": true, "sa": true, "nv": true, "bv": true,
	"limited": true, "corporation": true, "incorporated": true, "oy": true, "oyj": true, "ab": true,
	"asa": true, "gmbh": true, "spa": true}

// corpWords returns the words of a company's full name without its
// corporate suffix, or nil when name does not end in one or has no other
// word.
func corpWords(name string) []string {
	words := strings.Fields(name)
	if len(words) < 2 || !corpSuffixes[strings.ToLower(strings.Trim(words[len(words)-1], ".,"))] {
		return nil
	}
	return words[:len(words)-1]
}

// companyOf finds the organisation an organisation name is a short form
// or a full form of: a company's full name ("Lamonts Apparel Inc") and the
// first word or words of it ("Lamonts", "Lamonts Apparel"), when exactly
// one entity of the article fits; -1 when none does.
func (b *builder) companyOf(name string) int {
	if ws := corpWords(name); ws != nil {
		for n := len(ws); n >= 1; n-- {
			if e, ok := b.byKey[Key(strings.Join(ws[:n], " "), core.Organisation)]; ok {
				if corpWords(b.res.Entities[e].Name) != nil {
					return -1 // another company's full name ("Power Corp", "Power Financial Corp")
				}
				return e
			}
		}
		return -1
	}
	short := strings.Fields(name)
	if len(short) == 0 || len(short) > 2 || isAcronym(name) {
		return -1
	}
	cands := b.res.Entities
	var ids []int
	if x := b.orgs(); x != nil {
		ids = x.prefix[len(short)][foldKey(strings.Join(short, " "))]
		cands = nil
	}
	found := -1
	for i := range len(cands) + len(ids) {
		e := i
		if ids != nil {
			e = ids[i]
		}
		ent := b.res.Entities[e]
		ws := corpWords(ent.Name)
		if ent.Type != core.Organisation || len(ws) < len(short) {
			continue
		}
		if !strings.EqualFold(strings.Join(ws[:len(short)], " "), strings.Join(short, " ")) {
			continue
		}
		if found >= 0 && found != e {
			return -1 // two companies open so
		}
		found = e
	}
	return found
}

// sharedSurname returns the full name of a one-word person mention that a
// coordinated full name completes ("David" in "David and Charles Koch" is
// David Koch; "Bill and Hillary Clinton"): the mention is a known given
// name, " and " follows it and then a person mention of two words whose
// first word is a known given name too. ok is false otherwise.
func sharedSurname(text string, m ner.Mention, next *ner.Mention) (string, bool) {
	w := strings.TrimSpace(m.Text)
	if next == nil || strings.Contains(w, " ") || !KnownGivenName(w) || next.Type != core.Person {
		return "", false
	}
	if next.Start <= m.End || text[m.End:next.Start] != " and " {
		return "", false
	}
	ws := strings.Fields(next.Text)
	if len(ws) != 2 || !KnownGivenName(ws[0]) {
		return "", false
	}
	return w + " " + trimPossessive(ws[1]), true
}

// platforms are internet and technology companies whose names a tagger
// often takes for a person or place when they act in a sentence
// ("Twitter said", "on Twitter"); written by hand for this project from
// common knowledge. "Amazon" after "the" is the river or the forest.
var platforms = map[string]bool{"Twitter": true, "Facebook": true, "Google": true, "YouTube": true,
	"Instagram": true, "Snapchat": true, "WhatsApp": true, "LinkedIn": true, "Reddit": true,
	"Tumblr": true, "Netflix": true, "Hulu": true, "Uber": true, "Lyft": true, "Airbnb": true,
	"Microsoft": true, "Amazon": true, "Yahoo": true, "eBay": true, "PayPal": true, "Spotify": true,
	"TikTok": true, "Pinterest": true, "Periscope": true, "Telegram": true, "Skype": true}

// platformName reports whether m names one of the platforms.
func platformName(text string, m ner.Mention) bool {
	w := strings.TrimSpace(m.Text)
	if !platforms[w] {
		return false
	}
	return w != "Amazon" || !strings.EqualFold(wordBefore(text, m.Start), "the")
}

// nounAcronyms are abbreviations of common nouns that a tagger may take
// for an organisation ("the leading TV networks", "CEOs"); alone they
// name no entity.
var nounAcronyms = map[string]bool{"TV": true, "CEO": true, "CEOs": true, "CFO": true, "COO": true,
	"GDP": true, "DNA": true, "PC": true, "FAQ": true, "URL": true, "PDF": true, "GPS": true,
	"ATM": true, "SUV": true, "VIP": true, "MVP": true, "IPO": true, "DVD": true, "RBI": true, "RBIs": true,
	"PAC": true, "PACs": true}

// otherCompany reports whether two names are the full names of two
// companies (other words before their corporate suffixes).
func otherCompany(a, b string) bool {
	wa, wb := corpWords(a), corpWords(b)
	return wa != nil && wb != nil && !strings.EqualFold(strings.Join(wa, " "), strings.Join(wb, " "))
}

// placeBeforeTitle cuts a span typed otherwise than a person that ends in
// an office ("Florida Senator", "Vellmar Governor") down to the place
// before it, when that is a country, a listed region or a US state; ok is
// false when m is no such span.
func placeBeforeTitle(m ner.Mention) (ner.Mention, bool) {
	words := strings.Fields(m.Text)
	if m.Type == core.Person || len(words) < 2 || len(words) > 4 {
		return m, false
	}
	last := words[len(words)-1]
	if !gazetteer.IsTitle(last) && !isOfficeWord(last) {
		return m, false
	}
	place := strings.Join(words[:len(words)-1], " ")
	if gazetteer.Lookup(place)&(gazetteer.Country|gazetteer.Region|gazetteer.Capital) == 0 && !stateNames[place] {
		return m, false
	}
	i := strings.LastIndex(m.Text, last)
	m.Text = strings.TrimRight(m.Text[:i], " ")
	m.End = m.Start + len(m.Text)
	m.Type = core.Location
	return m, true
}
