package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/sentence"
)

// An attribution names a speaker and the cue that introduced it.
type attribution struct {
	speaker      string
	sStart, sEnd int
	cue          string
}

var (
	pronouns    = set("he", "she", "they", "it", "we", "i")
	objPronouns = set("him", "her", "them", "us", "me", "reporters", "journalists", "lawmakers")
	auxWords    = set("has", "have", "had", "also", "again", "once", "repeatedly", "previously",
		"later", "would", "will", "reportedly", "then", "further", "recently", "earlier", "publicly",
		"has", "was", "is", "had", "privately", "clearly", "explicitly", "quickly", "subsequently",
		"could", "might", "may", "did", "does", "openly", "bluntly", "flatly", "already")
	dets      = set("the", "a", "an", "his", "her", "its", "their", "our", "this", "that")
	modifiers = set("senior", "top", "former", "chief", "deputy", "foreign", "defense", "defence",
		"prime", "vice", "press", "state", "military", "government", "russian", "ukrainian", "chinese",
		"american", "u.s.", "western", "european", "kremlin", "white", "house", "unnamed", "anonymous",
		"other", "some", "many", "several", "two", "three", "local", "federal", "election", "campaign",
		"republican", "democratic", "interior", "finance", "trade", "economy", "security", "intelligence")
	adjuncts = set("on", "in", "at", "during", "after", "before", "late", "earlier", "last", "this",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
		"today", "recently", "again", "also", "repeatedly", "publicly", "previously", "while",
		"separately", "once", "via", "through", "from")
	tellVerbs = set("tell", "inform", "assure", "warn", "advise", "remind", "urge", "accuse")
)

func lower(s string) string { return strings.ToLower(s) }

// lyNouns end in -ly but are no adverbs ("the family said").
var lyNouns = set("family", "assembly", "ally", "rally", "supply", "anomaly", "monopoly", "italy")

// mannerAdverb reports whether w is a lower-case -ly adverb that may stand
// between a speaker and the cue ("Armstead quietly answered").
func mannerAdverb(w string) bool {
	lw := lower(w)
	return len(lw) > 4 && strings.HasSuffix(lw, "ly") && !isCap(w) && !lyNouns[lw]
}

// attributeRaw looks for "VERB SPEAKER" / "SPEAKER VERB" / "SPEAKER:" in [a,b).
// after says the region follows the quote (cue near its start) rather than
// precedes it (cue near its end).
func (d *doc) attributeRaw(a, b int, after bool) (attribution, bool) {
	toks := d.tokensIn(a, b)
	if len(toks) == 0 {
		return attribution{}, false
	}
	n := len(toks)
	try := func(v int) (attribution, bool) {
		if !verbUse(toks, v) {
			return attribution{}, false
		}
		if at, ok := d.subjectBefore(toks, v); ok {
			return at, true
		}
		return d.subjectAfter(toks, v)
	}
	if after {
		for v := 0; v < n && v < 10; v++ {
			if _, ok := lookupVerb(toks[v].Text); ok || (v < 5 && mannerSpeech(toks[v].Text)) {
				if at, ok := try(v); ok {
					return at, true
				}
			}
		}
		return attribution{}, false
	}
	for v := n - 1; v >= 0 && v >= n-14; v-- {
		if _, ok := lookupVerb(toks[v].Text); ok {
			if at, ok := try(v); ok {
				return at, true
			}
		}
	}
	// "Putin: ..." — a bare name and a colon right before the quote.
	if n >= 2 && toks[n-1].Text == ":" {
		if k := d.mentionEndingAt(toks[n-2].End); k >= 0 {
			m := d.mentions[k]
			return attribution{speaker: m.Name, sStart: m.Start, sEnd: m.End}, true
		}
	}
	return attribution{}, false
}

// subjectBefore finds the speaker phrase ending just before toks[v].
func (d *doc) subjectBefore(toks []sentence.Token, v int) (attribution, bool) {
	cue := toks[v].Text
	k := v - 1
	for k >= 0 && (auxWords[lower(toks[k].Text)] || mannerAdverb(toks[k].Text)) {
		k--
	}
	participle := strings.HasSuffix(lower(cue), "ing")
	if j := relativeClauseBefore(toks, k); j >= 0 {
		// "Weingarten, who has visited several states, said": the
		// relative clause's antecedent.
		if at, ok := d.phraseEndingAt(toks, j); ok {
			at.cue = cue
			return at, true
		}
	}
	if participle {
		// "X met Y, saying ...": no apposition; see below.
	} else if k > 0 && toks[k].Text == "," && d.mentionEndingAt(toks[k-1].End) >= 0 {
		k-- // "Minister, Sergei Shoigu, expressed"
	} else if k >= 0 && toks[k].Text == "," && k > 0 {
		// Appositive: "Sergei Shoigu, the minister, said" / "Shoigu, 68, said".
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			if toks[j].Text == "," {
				k = j - 1
				break
			}
		}
	}
	if k < 0 {
		return attribution{}, false
	}
	if participle && toks[k].Text == "," {
		// no phrase ends at the comma (phraseEndingAt would see the
		// mention before it)
	} else if at, ok := d.phraseEndingAt(toks, k); ok {
		at.cue = cue
		return at, true
	}
	// Coordination and participles ("Xi joined him and said ...", "...,
	// saying ..."): the nearest person, organisation or subject pronoun
	// earlier in the sentence.
	if w := lower(toks[k].Text); w == "and" || w == "but" || w == "," || participle {
		if w == "," && participle {
			// "X met Y, saying ...": the subject of the main clause.
			if si := d.sentenceAt(toks[v].Start); si >= 0 {
				if at, ok := d.sentenceSubject(si, toks[k].Start); ok {
					at.cue = cue
					return at, true
				}
				if at, ok := d.leadingNP(si, toks[k].Start); ok {
					at.cue = cue
					return at, true
				}
			}
		}
		org := -1
		for j := k - 1; j >= 0 && j >= k-40; j-- {
			lw := lower(toks[j].Text)
			if lw == "he" || lw == "she" || lw == "they" {
				return attribution{speaker: d.resolvePronoun(lw, toks[j].Start), sStart: toks[j].Start, sEnd: toks[j].End, cue: cue}, true
			}
			if m := d.mentionEndingAt(toks[j].End); m >= 0 {
				if d.mentions[m].Type == core.Person {
					mm := d.mentions[m]
					return attribution{speaker: mm.Name, sStart: mm.Start, sEnd: mm.End, cue: cue}, true
				}
				if d.mentions[m].Type == core.Organisation && org < 0 {
					org = m
				}
			}
		}
		if org >= 0 {
			mm := d.mentions[org]
			return attribution{speaker: mm.Name, sStart: mm.Start, sEnd: mm.End, cue: cue}, true
		}
	}
	return attribution{}, false
}

// leadingNP returns the noun phrase opening sentence si before byte limit
// when it is a determiner, modifiers and a common noun ("The summit",
// "A new report"): the subject, naming no person.
func (d *doc) leadingNP(si, limit int) (attribution, bool) {
	s := d.sents[si]
	toks := d.tokensIn(s.Start, min(s.End, limit))
	if len(toks) < 2 || !dets[lower(toks[0].Text)] {
		return attribution{}, false
	}
	for k := 1; k < len(toks) && k < 5; k++ {
		w := lower(toks[k].Text)
		if !startsWord(w) || isCap(toks[k].Text) {
			return attribution{}, false
		}
		if modifiers[w] {
			continue
		}
		a, b := toks[0].Start, toks[k].End
		return attribution{speaker: d.text[a:b], sStart: a, sEnd: b}, true
	}
	return attribution{}, false
}

// phraseEndingAt resolves the noun phrase whose last token is toks[k].
func (d *doc) phraseEndingAt(toks []sentence.Token, k int) (attribution, bool) {
	t := toks[k]
	w := lower(t.Text)
	if pronouns[w] {
		if w == "i" || w == "we" {
			// First person: the writer or the speaker of an enclosing quote;
			// the mention is kept, the name left unresolved.
			return attribution{sStart: t.Start, sEnd: t.End}, true
		}
		name := d.resolvePronoun(w, t.Start)
		return attribution{speaker: name, sStart: t.Start, sEnd: t.End}, true
	}
	if m := d.mentionEndingAt(t.End); m >= 0 {
		mm := d.mentions[m]
		if si := d.sentenceAt(mm.Start); mm.Type != core.Person && si >= 0 {
			if p := d.personBeforePrep(max(d.sentStart(si), mm.Start-80), mm.End); p >= 0 {
				pm := d.mentions[p] // "the Rev. Ana Lind of the Velsk Church said"
				return attribution{speaker: pm.Name, sStart: pm.Start, sEnd: mm.End}, true
			}
		}
		if mm.Type == core.Location {
			if s, ok := State(d.text[mm.Start:mm.End]); ok {
				return attribution{speaker: s, sStart: mm.Start, sEnd: mm.End}, true
			}
		}
		return attribution{speaker: mm.Name, sStart: mm.Start, sEnd: mm.End}, true
	}
	if roleNouns[w] || groupNouns[w] {
		j := k
		for j > 0 && k-j < 5 {
			p := toks[j-1].Text
			lp := lower(p)
			if modifiers[lp] || titleWords[lp] || isCap(p) || p == "'s" || p == "’s" {
				j--
				continue
			}
			break
		}
		det := ""
		if j > 0 && dets[lower(toks[j-1].Text)] {
			det = lower(toks[j-1].Text)
			j--
		}
		start := toks[j].Start
		if det != "" {
			start = toks[j+1].Start
		}
		phrase := d.text[start:t.End]
		if roleNouns[w] && (det == "the" || det == "") {
			if name := d.resolveDescription(w, phrase, toks[j].Start); name != "" {
				return attribution{speaker: name, sStart: toks[j].Start, sEnd: t.End}, true
			}
		}
		return attribution{speaker: phrase, sStart: toks[j].Start, sEnd: t.End}, true
	}
	if isCap(t.Text) && unicode.IsLetter(firstRune(t.Text)) && !openerWords[t.Text] {
		return attribution{speaker: possessive(t.Text), sStart: t.Start, sEnd: t.End}, true
	}
	if w == "who" && k >= 2 && toks[k-1].Text == "," {
		// "Barkley, who said ...": the antecedent before the comma.
		if at, ok := d.phraseEndingAt(toks, k-2); ok {
			at.sStart, at.sEnd = t.Start, t.End
			return at, true
		}
	}
	// A common noun phrase ("the actress", "47 percent", "a third",
	// "most voters"): a determiner, number or quantifier within four words.
	if unicode.IsLower(firstRune(t.Text)) && !stopSubjects[w] {
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			lj := lower(toks[j].Text)
			if dets[lj] || quantifiers[lj] || unicode.IsDigit(firstRune(lj)) || strings.HasSuffix(lj, "'s") || strings.HasSuffix(lj, "’s") {
				start := toks[j].Start
				return attribution{speaker: d.text[start:t.End], sStart: start, sEnd: t.End}, true
			}
			if !unicode.IsLetter(firstRune(lj)) || stopSubjects[lj] {
				break
			}
		}
		if quantifiers[w] {
			return attribution{speaker: t.Text, sStart: t.Start, sEnd: t.End}, true
		}
	}
	return attribution{}, false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// subjectAfter finds the speaker phrase just after the verb ("said Putin",
// "said the minister", "he said" inverted as "said he").
func (d *doc) subjectAfter(toks []sentence.Token, v int) (attribution, bool) {
	k := v + 1
	if k >= len(toks) || v > 0 && lower(toks[v-1].Text) == "to" {
		return attribution{}, false // "reluctant to criticise the government": an object, not a speaker
	}
	t := toks[k]
	w := lower(t.Text)
	if w == "he" || w == "she" {
		return attribution{speaker: d.resolvePronoun(w, t.Start), sStart: t.Start, sEnd: t.End, cue: toks[v].Text}, true
	}
	if m := d.mentionStartingAt(t.Start); m >= 0 {
		if at, ok := d.mentionAsModifier(toks, m); ok {
			at.cue = toks[v].Text // "said New Hampshire Republicans"
			return at, true
		}
		mm := d.mentions[m]
		return attribution{speaker: mm.Name, sStart: mm.Start, sEnd: mm.End, cue: toks[v].Text}, true
	}
	if at, ok := d.ageDescription(toks, k); ok {
		at.cue = toks[v].Text // "said the 29-year-old"
		return at, true
	}
	if dets[w] || modifiers[w] || isCap(t.Text) {
		for j := k; j < len(toks) && j < k+6; j++ {
			lw := lower(toks[j].Text)
			if roleNouns[lw] || groupNouns[lw] {
				if m := d.mentionStartingAt(toks[j+min(1, len(toks)-j-1)].Start); m >= 0 && j+1 < len(toks) {
					mm := d.mentions[m] // "said the minister, Sergei Shoigu" is rare; "said Defense Minister Sergei Shoigu"
					return attribution{speaker: mm.Name, sStart: mm.Start, sEnd: mm.End, cue: toks[v].Text}, true
				}
				at, ok := d.phraseEndingAt(toks, j)
				at.cue = toks[v].Text
				return at, ok
			}
			if m := d.mentionStartingAt(toks[j].Start); m >= 0 {
				if at, ok := d.mentionAsModifier(toks, m); ok {
					at.cue = toks[v].Text // "said a New Hampshire Republican"
					return at, true
				}
				mm := d.mentions[m]
				return attribution{speaker: mm.Name, sStart: mm.Start, sEnd: mm.End, cue: toks[v].Text}, true
			}
			if !(dets[lw] || modifiers[lw] || titleWords[lw] || isCap(toks[j].Text)) {
				break
			}
		}
	}
	return attribution{}, false
}

// resolvePronoun returns the canonical name of the most recent compatible
// mention before p outside quotes (Mention.fitsPronoun: a person of a
// compatible gender for he/she, an organisation or state for they/it). A
// mention inside reported content gives way to the compatible source of its sentence ("Putin said his talks with Xi went
// well. He ...": Putin).
func (d *doc) resolvePronoun(w string, p int) string {
	want := func(m Mention) bool { return m.fitsPronoun(w) }
	i := d.mentionBefore(p)
	for n := 0; i >= 0 && n < 200; i, n = i-1, n+1 {
		if m := d.mentions[i]; want(m) && !d.inQuote(m.Start) && !d.inStray(m.Start) && !(p-m.End <= 3 && strings.Contains(d.text[m.End:p], ",")) {
			if d.inContent(m.Start) && d.ownContent(m.Start, p) {
				if src := d.sourceBefore(i, want); src >= 0 {
					return d.mentions[src].Name
				}
				if name := d.namedSourceBefore(m.Start); name != "" {
					return name
				}
				continue // "[Jackson was on probation], he said": not Jackson
			}
			if d.inContent(m.Start) {
				if src := d.sourceBefore(i, want); src >= 0 {
					return d.mentions[src].Name
				}
				if name := d.namedSourceBefore(m.Start); name != "" {
					return name
				}
			}
			return m.Name
		}
	}
	return ""
}

// sourceBefore returns the mention before mention i in its sentence that
// the tagger tagged as a source and want accepts, or -1.
func (d *doc) sourceBefore(i int, want func(Mention) bool) int {
	lo := d.sentStart(d.sentenceAt(d.mentions[i].Start))
	for j := i - 1; j >= 0 && d.mentions[j].Start >= lo; j-- {
		m := d.mentions[j]
		if !want(m) || d.inQuote(m.Start) {
			continue
		}
		k := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= m.Start })
		if k < len(d.toks) && (d.tags[k] == tagBSrc || d.tags[k] == tagISrc) {
			return j
		}
	}
	return -1
}

// resolveDescription finds the most recent person whose roles include head
// and every role-like modifier of the phrase ("the Russian president").
func (d *doc) resolveDescription(head, phrase string, p int) string {
	mods := strings.Fields(lower(phrase))
	i := d.mentionBefore(p)
	fallback := ""
	for n := 0; i >= 0 && n < 300; i, n = i-1, n+1 {
		m := d.mentions[i]
		if m.Type != core.Person || d.inQuote(m.Start) || d.namesPlace(m) {
			continue // a place tagged as a person ("Sandy Hook") holds no role
		}
		if hasRoles(m.Roles, head, mods) {
			return m.Name
		}
		if fallback == "" && len(m.Roles) == 0 {
			fallback = m.Name
		}
	}
	if head == "official" || head == "source" || head == "statement" || head == "report" || head == "government" || head == "ministry" || head == "administration" || head == "kremlin" || head == "campaign" {
		return ""
	}
	return fallback
}

func hasRoles(roles []string, head string, mods []string) bool {
	found := false
	for _, r := range roles {
		if r == head || strings.HasSuffix(r, " "+head) {
			found = true
		}
	}
	if !found {
		return false
	}
	for _, m := range mods {
		if _, ok := demonyms[strings.Title(m)]; ok || (titleWords[m] && roleNouns[m] == false && m != "the") { //nolint:staticcheck // ASCII demonyms only
			ok2 := false
			for _, r := range roles {
				if r == m {
					ok2 = true
				}
			}
			if !ok2 {
				return false
			}
		}
	}
	return true
}

// mentionBefore returns the index of the last mention ending at or before p.
func (d *doc) mentionBefore(p int) int {
	lo, hi := 0, len(d.mentions)
	for lo < hi {
		h := (lo + hi) / 2
		if d.mentions[h].End <= p {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo - 1
}

// quantifiers open or form a subject noun phrase ("most voters said").
var quantifiers = set("most", "many", "some", "half", "third", "majority", "percent", "all",
	"both", "few", "several", "nobody", "everyone", "others", "none", "one", "two", "three")

// stopSubjects are words that cannot end a subject noun phrase.
var stopSubjects = set("and", "or", "but", "that", "which", "who", "to", "of", "in", "on", "at",
	"for", "with", "by", "as", "is", "was", "are", "were", "be", "been", "not", "it", "this",
	"what", "when", "if", "than", "then", "so", "also", "has", "have", "had", "would", "will")

// modals may precede a base-form reporting verb ("will say", "did not deny").
var modals = set("to", "will", "would", "can", "could", "may", "might", "must", "should", "did",
	"does", "do", "not", "never", "i", "we", "you", "they", "also")

// verbUse reports whether toks[v], a reporting-verb form, is used as a verb
// here: base forms need a modal or a plural subject before them ("officials
// say", not "state television"); no form follows a determiner or a
// possessive ("his remarks").
func verbUse(toks []sentence.Token, v int) bool {
	if v == 0 {
		return true
	}
	p := toks[v-1].Text
	if unicode.IsUpper(firstRune(toks[v].Text)) && unicode.IsLetter(firstRune(p)) {
		return false // "the United States", not "states"
	}
	lp := lower(p)
	if dets[lp] || strings.HasSuffix(lp, "'s") || strings.HasSuffix(lp, "’s") || lp == "'s" || lp == "’s" {
		return false
	}
	w := lower(toks[v].Text)
	if vi, ok := lookupVerb(w); ok && vi.lemma == w {
		return modals[lp] || groupNouns[lp] || pronouns[lp]
	}
	return true
}

// relativeClauseBefore returns the index of the last token before a
// relative clause or a description set off by commas that ends with
// toks[k], a comma ("X, who ..., said", "Lind, the harbour master of
// ..., said", "Lind, after the vote in Velsk, said"): the antecedent's end; -1 when toks[k] closes no such
// clause.
func relativeClauseBefore(toks []sentence.Token, k int) int {
	if k < 3 || toks[k].Text != "," {
		return -1
	}
	for j := k - 1; j >= 1 && j >= k-30; j-- {
		switch toks[j].Text {
		case ";", ":", "(", ")":
			return -1
		case ",":
			if w := lower(toks[j+1].Text); (w == "who" || w == "which") && j+2 < k {
				return j - 1
			}
			if w := lower(toks[j+1].Text); (w == "a" || w == "an" || w == "the") && j+2 < k && isCap(toks[j-1].Text) {
				return j - 1 // "Hammond, the Indiana national committeeman, said"
			}
			if w := lower(toks[j+1].Text); (adjunctPreps[w] || w == "like" || w == "following" || w == "despite" || w == "unlike") && j+2 < k && isCap(toks[j-1].Text) {
				return j - 1 // "Sexton, after previous rallies, wrote"
			}
			return -1
		}
	}
	return -1
}

// namedSourceBefore returns the words of the first tagged source run of
// p's sentence (within 200 tokens), before p and outside quotation marks, when they are a
// capitalised name the resolver did not find ("[S Pate] claimed ...");
// else "".
func (d *doc) namedSourceBefore(p int) string {
	if d.tags == nil {
		return ""
	}
	si := d.sentenceAt(p)
	lo := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= d.sentStart(si) })
	hi := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= p })
	lo = max(lo, hi-200) // bounded in a sentence of thousands of words
	for k := lo; k < hi; k++ {
		if d.tags[k] != tagBSrc || d.inQuote(d.toks[k].Start) {
			continue
		}
		e := k + 1
		for e < len(d.toks) && d.tags[e] == tagISrc {
			e++
		}
		for j := k; j < e; j++ {
			if t := d.toks[j].Text; !isCap(t) && t != "." {
				return ""
			}
		}
		return possessive(d.text[d.toks[k].Start:d.toks[e-1].End])
	}
	return ""
}
