package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
	"github.com/storyline/storyline/internal/sentence"
)

// honorifics are titles not worth keeping as attributes.
var honorifics = map[string]bool{"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true}

// clergyHonorifics open a name in news copy without being a title the
// gazetteer lists; stripped, not kept as attributes.
// "Miss" and "Mx" are honorifics the gazetteer's titles leave out ("Miss
// Jenkin" is Jenkin).
var clergyHonorifics = map[string]bool{"msgr": true, "msgr.": true, "monsignor": true, "sr.": true,
	"rev": true, "rev.": true, "reverend": true, "fr.": true, "miss": true, "mx": true, "mx.": true}

// policeRanks are the abbreviated police ranks of British and
// Commonwealth copy ("Insp Gaskin said", "Det. Supt. Arle"); stripped from
// the front of a name like clergyHonorifics, not kept as attributes (many
// officers of one surname hold them: no office to join a surname by).
var policeRanks = map[string]bool{"insp": true, "insp.": true, "supt": true, "supt.": true, "det": true, "det.": true,
	"const.": true, "ch.": true, "sgt": true}

// adjectives may stand between a determiner and a role noun ("the former
// defence minister").
var adjectives = map[string]bool{
	"former": true, "acting": true, "deputy": true, "then": true, "top": true, "new": true,
	"defence": true, "defense": true, "foreign": true, "interior": true, "finance": true,
	"prime": true, "vice": true, "senior": true, "chief": true, "current": true, "outgoing": true,
}

// genericRoles describe a person without naming their office; they resolve
// to anyone with a title (or tied to the same country).
var genericRoles = map[string]bool{"leader": true, "chief": true, "head": true, "head of state": true, "ruler": true}

// countryWord returns the country a single word stands for as a modifier:
// a demonym, a country (possibly possessive) or a seat of government.
func countryWord(w string) (string, bool) {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if c, ok := gazetteer.DemonymCountry(w); ok {
		return c, true
	}
	if c, ok := gazetteer.CountryName(w); ok {
		return c, true
	}
	return gazetteer.SeatCountry(w)
}

func isTitleOrRole(words []string) bool {
	p := strings.Join(words, " ")
	return gazetteer.IsTitle(p) || gazetteer.IsRole(p)
}

// coreSuffix returns how many of the last words (up to 4) form a title or
// role, preferring the longest; 0 when none. A capitalised leading role
// of initials.go counts as one word ("Attorney" before "Lowell Anger").
func coreSuffix(words []string) int {
	for k := min(4, len(words)); k >= 1; k-- {
		if isTitleOrRole(words[len(words)-k:]) {
			return k
		}
	}
	if n := len(words); n > 0 && capitalised(words[n-1]) && leadingRoles[strings.ToLower(words[n-1])] {
		return 1
	}
	return 0
}

type word struct {
	text       string
	start, end int
}

// wordsBefore returns up to n words right before pos separated only by
// spaces or tabs (no punctuation, no line break), in text order. The flag
// reports whether the first word returned starts a sentence.
func wordsBefore(text string, pos, n int) ([]word, bool) {
	var out []word
	i := pos
	for len(out) < n {
		j := i
		for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
			j--
		}
		if j == i && i != pos {
			break
		}
		k := j
		for k > 0 {
			r, sz := utf8.DecodeLastRuneInString(text[:k])
			if !isWordRune(r) {
				break
			}
			k -= sz
		}
		if k == j {
			break
		}
		w := text[k:j]
		if len(out) > 0 && strings.HasSuffix(w, ".") && !abbrevWord(w) {
			break // "Uzbekistan." ends the sentence before
		}
		out = append(out, word{w, k, j})
		i = k
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	sentStart := true
	if len(out) > 0 {
		k := out[0].start
		for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t') {
			k--
		}
		if k > 0 {
			r, _ := utf8.DecodeLastRuneInString(text[:k])
			sentStart = r == '.' || r == '!' || r == '?' || r == '\n' || r == '"' || r == '“'
		}
	}
	return out, sentStart
}

// abbrevWord reports a word whose final stop does not end a sentence: an
// initial, a dotted abbreviation or an abbreviated title ("Gen.", "U.S.").
func abbrevWord(w string) bool {
	core := strings.TrimSuffix(w, ".")
	if utf8.RuneCountInString(core) == 1 || strings.Contains(core, ".") {
		return true
	}
	return gazetteer.IsTitle(w) || honorifics[strings.ToLower(w)] || placeAbbrevs[w]
}

// placeAbbrevs open place names ("St. Louis Park Mayor Ana Lind": the
// office's place does not end at "St.").
var placeAbbrevs = map[string]bool{"St.": true, "Ste.": true, "Mt.": true, "Ft.": true}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-' || r == '.'
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// titleBefore finds a title right before a person's name ("Russian
// President", "Kremlin leader", "Defense Minister") and returns it as
// attributes (the whole phrase, and the bare office when modifiers precede
// it) with the country its modifiers name.
func titleBefore(text string, pos int, misc map[int]bool) (attrs []string, country string) {
	// "Russian Defense Minister, Sergei Shoigu": a title set off by a comma
	// counts when it is all the clause holds before the name.
	k := pos
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	if k > 0 && text[k-1] == ',' {
		ws, sentStart := wordsBefore(text, k-1, 7)
		a, c, first := titleWords(text, ws, sentStart, misc)
		if len(a) > 0 && first == 0 && clauseStart(text, ws[0].start) {
			return a, c
		}
		return nil, ""
	}
	ws, sentStart := wordsBefore(text, pos, 7)
	attrs, country, _ = titleWords(text, ws, sentStart, misc)
	return attrs, country
}

// clauseStart reports whether only punctuation, a clause opener ("On
// Monday,") or the start of the text precede position i on its line.
func clauseStart(text string, i int) bool {
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return strings.ContainsRune(",.;:!?\n\"“(", r)
}

// titleWords finds the title phrase at the end of ws (see titleBefore) and
// returns its attributes, country and the index of its first word.
func titleWords(text string, ws []word, sentStart bool, misc map[int]bool) (attrs []string, country string, first int) {
	if len(ws) == 0 {
		return nil, "", 0
	}
	plain := make([]string, len(ws))
	for i, w := range ws {
		plain[i] = strings.TrimSuffix(w.text, ".")
		if honorifics[strings.ToLower(w.text)] || (plain[i] != w.text && len(w.text) <= 6 && capitalised(w.text) && gazetteer.IsTitle(w.text)) {
			plain[i] = w.text // "Mr.", and abbreviated titles the gazetteer lists with their stop ("Adm.", "Gen.")
		}
	}
	k := coreSuffix(plain)
	if k == 0 {
		return nil, "", 0
	}
	first = len(ws) - k
	for first > 0 {
		w := ws[first-1].text
		if c, ok := countryWord(w); ok {
			if country == "" {
				country = c
			}
			first--
			continue
		}
		if adjectives[strings.ToLower(w)] || misc[ws[first-1].start] ||
			(capitalised(w) && !(first-1 == 0 && sentStart && !placeAbbrevs[w]) && !isTitleOrRole([]string{w})) {
			first--
			continue
		}
		break
	}
	for _, w := range ws[first : len(ws)-k] {
		if c, ok := countryWord(w.text); ok && country == "" {
			country = c
		}
	}
	core := text[ws[len(ws)-k].start:ws[len(ws)-1].end]
	if honorifics[strings.ToLower(core)] {
		return nil, country, first
	}
	phrase := text[ws[first].start:ws[len(ws)-1].end]
	attrs = append(attrs, phrase)
	if phrase != core && capitalised(core) {
		attrs = append(attrs, core)
	}
	return attrs, country, first
}

// stripTitles removes titles a mention starts with ("President Putin",
// and the leading roles of initials.go: "Attorney Lowell Anger") and
// returns the bare name, the titles as attributes and a country named by a
// leading demonym.
func stripTitles(mention string) (name string, attrs []string, country string) {
	words := strings.Fields(mention)
	i := 0
	for i < len(words)-1 {
		if lw := strings.ToLower(words[i]); clergyHonorifics[lw] || policeRanks[lw] {
			i++ // "Msgr. Farmer", "Sr. Keehan", "the Rev. Kroon", "Insp Gaskin": not part of the name
			continue
		}
		if c, ok := countryWord(words[i]); ok && i+1 < len(words)-1 && coreLen(words[i+1:len(words)-1]) > 0 {
			country = c
			i++
			continue
		}
		k := coreLen(words[i : len(words)-1])
		if k == 0 {
			k = leadingRole(words[i:]) // "Attorney Lowell Anger" (initials.go)
		}
		if k == 0 {
			break
		}
		t := strings.Join(words[i:i+k], " ")
		if !honorifics[strings.ToLower(t)] {
			attrs = append(attrs, t)
		}
		i += k
	}
	return strings.Join(words[i:], " "), attrs, country
}

// coreLen returns how many leading words (up to 4) form a title.
func coreLen(words []string) int {
	for k := min(4, len(words)); k >= 1; k-- {
		if gazetteer.IsTitle(strings.Join(words[:k], " ")) {
			return k
		}
	}
	return 0
}

// appositionAfter reads a role in apposition after a name: "Putin, the chief
// of the Kremlin," or "Shoigu, Russia's defence minister,".
func appositionAfter(text string, end int) (attrs []string, country string) {
	rest := text[end:]
	if !strings.HasPrefix(rest, ", ") {
		return nil, ""
	}
	base := end + 2
	var ws []word
	i := base
	for len(ws) < 9 && i < len(text) {
		j := i
		for j < len(text) {
			r, sz := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) {
				break
			}
			j += sz
		}
		if j == i {
			break
		}
		w := strings.TrimSuffix(text[i:j], ".")
		ws = append(ws, word{w, i, i + len(w)})
		if j < len(text) && text[j] == ' ' && len(w) == j-i {
			i = j + 1
			continue
		}
		break
	}
	if len(ws) == 0 {
		return nil, ""
	}
	start := 0
	if l := strings.ToLower(ws[0].text); l == "the" || l == "a" || l == "an" {
		start = 1
	}
	for r := start; r < len(ws) && r <= start+3; r++ {
		k := 0
		for n := min(3, len(ws)-r); n >= 1; n-- {
			p := make([]string, n)
			for x := range p {
				p[x] = ws[r+x].text
			}
			if gazetteer.IsRole(strings.Join(p, " ")) {
				k = n
				break
			}
		}
		if k == 0 {
			w := ws[r].text
			if _, ok := countryWord(w); ok || adjectives[strings.ToLower(w)] {
				continue
			}
			return nil, ""
		}
		stop := r + k
		if stop < len(ws) && ws[stop].text == "of" {
			stop++
			if stop < len(ws) && ws[stop].text == "the" {
				stop++
			}
			if stop < len(ws) && capitalised(ws[stop].text) {
				stop++
			} else {
				stop = r + k
			}
		}
		if stop < len(ws) && capitalised(ws[stop].text) {
			return nil, "" // "Putin, Chinese President Xi Jinping": a title of the next name
		}
		for _, w := range ws[start:stop] {
			if c, ok := countryWord(w.text); ok && country == "" {
				country = c
			}
		}
		return []string{text[ws[start].start:ws[stop-1].end]}, country
	}
	return nil, ""
}

// A description is a role phrase standing for a person ("the Kremlin leader").
type description struct {
	start, end int
	role       string // lower-case role noun
	country    string
	phrase     string // the description without its determiner
	// sentence is where the sentence holding the description starts: a
	// person named earlier in it is not the one a role noun names by
	// elegant variation ("Mayor Lind met the minister").
	sentence int
	// pronoun is the gender ('m', 'f' or 0) of the first personal pronoun
	// after a description that opens its sentence, within the sentence
	// ("The former secretary began her speech"): the person it names.
	pronoun byte
}

// genderOfPronounAfter returns the gender of the first he/she pronoun in
// text[from:] before the sentence ends (a full stop, question or
// exclamation mark, or a line break), looking at most 120 bytes ahead.
func genderOfPronounAfter(text string, from int) byte {
	end := min(len(text), from+120)
	i := from
	for i < end {
		c := text[i]
		if c == '.' || c == '?' || c == '!' || c == '\n' {
			return 0
		}
		if !isWordByte(c) || (i > 0 && isWordByte(text[i-1])) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		switch strings.ToLower(text[i:j]) {
		case "he", "his", "him", "himself":
			return 'm'
		case "she", "her", "hers", "herself":
			return 'f'
		}
		i = j
	}
	return 0
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c >= 0x80
}

// joinedTokens returns the texts of toks joined by single spaces: a slice
// of text when text has them so (no copy), else a new string.
func joinedTokens(text string, toks []ner.Token) string {
	plain := true
	for x := 1; x < len(toks) && plain; x++ {
		plain = toks[x].Start == toks[x-1].End+1 && text[toks[x-1].End] == ' '
	}
	if plain && len(toks) > 0 {
		return text[toks[0].Start:toks[len(toks)-1].End]
	}
	p := make([]string, len(toks))
	for x := range p {
		p[x] = toks[x].Text
	}
	return strings.Join(p, " ")
}

// findDescriptions finds role descriptions outside the mentions: a role
// noun after "the" (with optional modifiers), or after a demonym or seat of
// government ("Kremlin chief"), not followed by a name.
func findDescriptions(text string, ms []ner.Mention) []description {
	toks := ner.Tokenize(text)
	// ms is sorted by Start; mentions do not nest.
	inMention := func(pos int) bool {
		i := sort.Search(len(ms), func(i int) bool { return ms[i].End > pos })
		return i < len(ms) && ms[i].Start <= pos
	}
	starts := make(map[int]core.EntityType, len(ms))
	for _, m := range ms {
		starts[m.Start] = m.Type
	}
	var out []description
	for i := 0; i < len(toks); i++ {
		k := 0
		for n := min(3, len(toks)-i); n >= 1; n-- {
			if gazetteer.IsRole(joinedTokens(text, toks[i:i+n])) {
				k = n
				break
			}
		}
		if k == 0 || inMention(toks[i].Start) {
			continue
		}
		end := i + k
		if end < len(toks) && capitalised(toks[end].Text) && !inMentionOrStop(toks[end].Text) {
			continue // a title before a name
		}
		if end < len(toks) && modifiesNoun(toks[end].Text) && !strings.ContainsAny(text[toks[end-1].End:toks[end].Start], "\n") {
			continue // "the general election", "the president's race" is still a person
		}
		if end+1 < len(toks) && toks[end].Text == "," && starts[toks[end+1].Start] == core.Person {
			continue // "Russian Defense Minister, Sergei Shoigu,"
		}
		role := strings.ToLower(strings.Join(tokTexts(toks[i:end]), " "))
		country := ""
		first := i
		for first > 0 && first > i-3 {
			if strings.ContainsAny(text[toks[first-1].End:toks[first].Start], "\n") {
				break
			}
			w := toks[first-1].Text
			if w == "'s" || w == "’s" {
				if first >= 2 {
					if c, ok := countryWord(toks[first-2].Text); ok {
						country = c
						first -= 2
						continue
					}
				}
				break
			}
			if c, ok := countryWord(w); ok {
				country = c
				first--
				continue
			}
			if adjectives[strings.ToLower(w)] || starts[toks[first-1].Start] == core.Misc {
				first--
				continue
			}
			break
		}
		det := first > 0 && strings.EqualFold(toks[first-1].Text, "the")
		if !det && country == "" {
			continue
		}
		phraseStart := toks[first].Start
		if det {
			first--
		}
		// "the chief of the Kremlin"
		if end+1 < len(toks) && toks[end].Text == "of" {
			j := end + 1
			if j < len(toks) && toks[j].Text == "the" {
				j++
			}
			if j < len(toks) {
				if c, ok := countryWord(toks[j].Text); ok {
					country = c
					end = j + 1
				}
			}
		}
		d := description{start: toks[first].Start, end: toks[end-1].End, role: role, country: country,
			phrase: text[phraseStart:toks[end-1].End], sentence: sentence.StartBefore(text, toks[first].Start)}
		if strings.TrimSpace(text[d.sentence:d.start]) == "" {
			d.pronoun = genderOfPronounAfter(text, d.end)
		}
		out = append(out, d)
		i = end - 1
	}
	return out
}

// modifiesNoun reports whether w, right after a role noun, makes the role
// a modifier of a noun rather than a person ("the general election", "the
// leader board"): a lower-case word that is no function word and looks
// like no verb or adverb (no -s, -ed, -ing, -ly ending, no irregular past
// tense). The heads that follow a person are verbs ("the minister spoke",
// "the governor withdraws") and function words ("the president and",
// "the chief of").
func modifiesNoun(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) || len(w) < 3 {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	if headFollowers[w] {
		return false
	}
	for _, suf := range []string{"s", "ed", "ing", "ly"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// headFollowers are the words after a role noun used as a person's
// description that modifiesNoun's endings miss: function words, modal and
// auxiliary verbs, prepositions, adverbs of time, irregular past tenses
// and common verbs in the base form.
var headFollowers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`and but nor for yet who whom whose that which what when where while
		the its his her their our your not also then now too once again alone later soon still already
		just never ever even only both all each himself herself themselves itself who'd
		after before since until over under about into onto upon through during against without within
		among like than per across toward towards behind beyond near off out up down away back
		every some any this these those first last long soon today yesterday tomorrow tonight here there
		remain stay keep seem appear
		can could may might must shall should will would ought dare need
		are was were has had have did does done been being
		said told met went came made gave took won lost left sent wrote held began became ran saw
		thought found felt knew put set cut let hit kept brought bought sought fought led read heard
		paid stood understood wore broke chose drove rose fell grew threw flew drew sang sat slept
		struck swore taught caught meant dealt built spent lent spoke got forgot quit withdrew shut
		say tell meet go come make give take win lose send write hold begin become run see think find
		feel know get speak want call ask urge warn vow deny add agree admit argue claim insist note
		reply respond stress suggest praise blame accuse reject welcome confirm announce declare`) {
		m[w] = true
	}
	return m
}()

// inMentionOrStop reports words that may follow a role without being a name.
func inMentionOrStop(w string) bool {
	switch w {
	case "I", "On", "In", "The", "He", "She":
		return true
	}
	return false
}

func tokTexts(ts []ner.Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Text
	}
	return out
}

// resolveDescription links d to the most recently mentioned person whose
// titles and country fit it.
func (b *builder) resolveDescription(d description) {
	best := -1
	role := normaliseRole(d.role)
	fits := func(e int) bool {
		ent := &b.res.Entities[e]
		if ent.Type != "PER" || b.lastSeen[e] < 0 || b.lastSeen[e] >= d.start {
			return false
		}
		c := b.res.Country[e]
		if d.country != "" && c != "" && c != d.country {
			return false
		}
		if genericRoles[role] {
			return len(ent.Attributes) > 0 || (d.country != "" && c == d.country)
		}
		for _, a := range ent.Attributes {
			if strings.Contains(normaliseRole(strings.ToLower(a)), role) {
				return true
			}
		}
		return false
	}
	// A pronoun after it of the other gender rules a person out ("Ana
	// Brel met Ivo Lind. The former minister began her speech": Brel).
	mayBe := func(e int) bool {
		return b.res.Entities[e].Type == "PER" && b.lastSeen[e] >= 0 && b.lastSeen[e] < d.start &&
			(d.pronoun == 0 || b.gender[e] == 0 || b.gender[e] == d.pronoun)
	}
	recent := -1
	if r := b.recencyList(); r != nil {
		// Newest first: the first that fits is the one the loops below find.
		if genericRoles[role] || r.anyAttrHolds(role) {
			for e := r.head; e >= 0; e = r.next[e] {
				if fits(e) {
					best = e
					break
				}
			}
		}
		for e := r.head; best < 0 && e >= 0; e = r.next[e] {
			if b.lastSeen[e] < d.start && d.start-b.lastSeen[e] > nearby {
				break // too far back, as is every later one
			}
			if mayBe(e) {
				recent = e
				break
			}
		}
	} else {
		for e := range b.res.Entities {
			if fits(e) && (best < 0 || b.lastSeen[e] > b.lastSeen[best]) {
				best = e
			}
		}
		for e := range b.res.Entities {
			if best < 0 && mayBe(e) && (recent < 0 || b.lastSeen[e] > b.lastSeen[recent]) {
				recent = e
			}
		}
	}
	if best < 0 {
		// Elegant variation: "... Putin's priorities. The Russian president
		// stressed ..." names the person just mentioned, when nothing known
		// about them contradicts it.
		if recent >= 0 && d.start-b.lastSeen[recent] <= nearby && b.lastSeen[recent] < d.sentence {
			c := b.res.Country[recent]
			if d.country == "" || c == "" || c == d.country {
				best = recent
				if d.country != "" && c == "" {
					b.res.Country[recent] = d.country
				}
				b.addAttr(recent, d.phrase)
			}
		}
	}
	if best >= 0 {
		if d.country != "" && b.res.Country[best] == "" {
			// "the Russian president" for a person known only as
			// "President": the description tells their country.
			b.res.Country[best] = d.country
			b.addAttr(best, d.phrase)
		}
		b.link(best, d.start, d.end, "", true)
	}
}

// nearby is how far back, in bytes, the last person mentioned may be for an
// untitled description to refer to them (about two sentences).
const nearby = 300

func normaliseRole(r string) string { return strings.ReplaceAll(r, "defence", "defense") }
