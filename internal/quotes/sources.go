package quotes

// Naming the source of a tagged attribution: the mention, apposition,
// description or pronoun a source run stands for.

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/core"
)

// nameSource resolves a source run to a speaker: a pronoun's antecedent, a
// mention's canonical name, a description's person, or the words
// themselves.
func (d *doc) nameSource(r tagRun) attribution {
	a, b := d.toks[r.a].Start, d.toks[r.b-1].End
	at := attribution{sStart: a, sEnd: b}
	toks := d.toks[r.a:r.b]
	if len(toks) == 1 {
		w := uncontracted(lower(toks[0].Text)) // "[S He's] [C suggesting]"
		if p := possessivePronoun[w]; p != "" && d.clauseSubj {
			w = p // "[S his] [C promise]"
		}
		if pronouns[w] {
			if w == "it" || w == "they" {
				if k := d.recentSource(w, a); k >= 0 {
					at.speaker = d.mentions[k].Name // "X said ... It also said"
					return at
				}
				if p := d.recentSourcePhrase(w, a); p != "" && !d.exclusive {
					at.speaker = p // "the navy said ... it said": the navy, not a place
					return at
				}
			}
			if w != "i" && w != "we" {
				at.speaker = d.resolvePronoun(w, a)
			}
			return at
		}
	}
	if !d.exclusive {
		if m := d.subjectBeforeVerb(r); m >= 0 {
			at.speaker = d.mentions[m].Name // "Lind called the chief executive, Tom Reyes, 'driven' and asserted": Lind
			return at
		}
		if name, ok := d.relationSource(r); ok {
			at.speaker = name // "Lind, 35, the daughter of Tom Reyes, said": Lind
			return at
		}
	}
	if m := d.relativeHead(a, b); m >= 0 && !d.exclusive {
		at.speaker = d.mentions[m].Name // "X, who lost to Y -- said": X, not Y
		return at
	}
	if m := d.nameAfterAge(b); m >= 0 && !d.exclusive {
		at.speaker = d.mentions[m].Name // "[S the 36] - year - old Klitschko"
		return at
	}
	if at2, ok := d.appositiveSource(a, b); ok {
		at.speaker = at2.speaker
		return at
	}
	if at2, ok := d.ageDescription(toks, 0); ok && at2.sEnd == b {
		at.speaker = at2.speaker // "the 29-year-old said"
		return at
	}
	if name, ok := d.indefiniteSource(a, b); ok {
		at.speaker = name // "a Foreign Office spokeswoman": someone new
		return at
	}
	// A person or organisation mention ending the run ("Defense Minister
	// Anna Korvan"), else the first person in it ("Caddell, a pollster,",
	// "Xi joined him and"), else an organisation unless a role or group
	// noun heads the run ("officials in Velsk", "a reporter for USA Today").
	head := ""
	for _, t := range toks {
		lw := lower(t.Text)
		if !startsWord(lw) || stopSubjects[lw] || lw == "for" || lw == "from" {
			break
		}
		head = lw
	}
	byRole := roleNouns[head] || groupNouns[head]
	if p := d.roleOfBody(a, b); p >= 0 {
		at.speaker = d.mentions[p].Name // "Tom LaSorda, the president of Chrysler"
		return at
	}
	if p := d.personBeforePrep(a, b); p >= 0 {
		at.speaker = d.mentions[p].Name // "the Rev. Ana Lind of the Velsk Church"
		return at
	}
	if m := d.mentionEndingAt(b); m >= 0 && d.mentions[m].Start >= a && d.mentions[m].Type != core.Location && (!byRole || d.mentions[m].Type == core.Person) {
		at.speaker = d.mentions[m].Name
		return at
	}
	per, org := -1, -1
	for j := max(d.mentionBefore(a)+1, 0); j < len(d.mentions) && d.mentions[j].Start < b; j++ {
		switch mm := d.mentions[j]; {
		case mm.Start < a:
		case mm.Type == core.Person && per < 0:
			per = j
		case mm.Type == core.Organisation && org < 0:
			org = j
		}
	}
	if per >= 0 {
		at.speaker = d.mentions[per].Name
		if e := d.mentions[per].End; e < b && proxyAfter(d.text[e:b]) != "" {
			proxy := proxyAfter(d.text[e:b])
			at.speaker += "'s " + proxy // "Mr. Moon's office": the office speaks, not Moon
		} else if e < b && !d.exclusive {
			if held := possessedNoun(d.text[e:b]); held != "" {
				at.speaker += "'s " + held // "Mr. Trump's critics", "Lind's wife": not Trump, not Lind
			} else if group := modifiedGroup(d.text[e:b]); group != "" {
				at.speaker += "'s " + group // "Clinton campaign aides": the aides, not Clinton
			}
		}
		return at
	}
	if org >= 0 && !byRole {
		at.speaker = d.mentions[org].Name
		return at
	}
	if hw := lower(toks[len(toks)-1].Text); roleNouns[hw] && !isIndefinite(toks[0].Text) {
		// "a New Hampshire Republican" is someone new, not the Republican
		// named before.
		if name := d.resolveDescription(hw, d.text[a:b], a); name != "" {
			at.speaker = name
			return at
		}
	}
	phrase := possessive(trimRelative(strings.TrimSpace(d.text[a:b])))
	if name := d.describedEntity(phrase, a); name != "" {
		at.speaker = name
		return at
	}
	at.speaker = joinSpacedHyphens(phrase)
	return at
}

// trimRelative drops a relative pronoun opening a source phrase ("who some
// experts" -> "some experts") and a relative clause closing it ("a Western
// diplomat, who requested anonymity" -> "a Western diplomat").
func trimRelative(p string) string {
	for _, w := range []string{"who ", "which ", "that ", "Who "} {
		if t, ok := strings.CutPrefix(p, w); ok && strings.TrimSpace(t) != "" {
			p = strings.TrimSpace(t)
			break
		}
	}
	for _, rel := range []string{", who", ", which", " who"} {
		if i := strings.Index(p, rel); i > 0 && (i+len(rel) == len(p) || p[i+len(rel)] == ' ') {
			p = strings.TrimSpace(p[:i])
		}
	}
	return p
}

// appositiveSource names the speaker of a source run holding a comma: the
// phrase before the first comma names, what follows describes ("Rep. Nick
// Rahall, D-W.Va., who chairs the House Natural Resources Committee,",
// "Captain Anna Korvan, Chief Public Relations Officer, Defence,"). The
// person or organisation in that head, else the person opening the
// apposition after a role description ("The defense minister, Itsunori
// Onodera, who ..."), else, when the head names no one and the rest names
// no person or organisation either ("Pensioner Bayram-aga, a voter in
// Ashgabat,"), the head's words.
func (d *doc) appositiveSource(a, b int) (attribution, bool) {
	c := strings.IndexByte(d.text[a:b], ',')
	if c <= 0 {
		return attribution{}, false
	}
	hb := a + c
	head, afterPer, restNamed := -1, -1, false
	for j := max(d.mentionBefore(a)+1, 0); j < len(d.mentions) && d.mentions[j].Start < b; j++ {
		mm := d.mentions[j]
		if mm.Start < a || mm.Type != core.Person && mm.Type != core.Organisation {
			continue
		}
		switch {
		case mm.End <= hb:
			if head < 0 || mm.Type == core.Person && d.mentions[head].Type != core.Person {
				head = j
			}
		default:
			restNamed = true
			if afterPer < 0 && mm.Type == core.Person && mm.Start > hb && strings.TrimSpace(d.text[hb+1:mm.Start]) == "" {
				afterPer = j
			}
		}
	}
	if head >= 0 && d.personModifiesNoun(head, hb) {
		head = -1 // "A Lind adviser, speaking on condition of anonymity,": the adviser
	}
	if head >= 0 {
		if p := d.titledPersonEnding(hb, b); p >= 0 && (d.mentions[head].Type != core.Person || d.commonTitleBefore(p)) {
			return attribution{speaker: d.mentions[p].Name}, true // "Orvik County, Del., coroner Mira Holt"
		}
		return attribution{speaker: d.mentions[head].Name}, true
	}
	words := strings.Fields(lower(d.text[a:hb]))
	if len(words) == 0 {
		return attribution{}, false
	}
	if last := words[len(words)-1]; roleNouns[last] || groupNouns[last] {
		if afterPer >= 0 {
			return attribution{speaker: d.mentions[afterPer].Name}, true
		}
		return attribution{}, false
	}
	if restNamed || pronouns[words[0]] || relPronouns[words[0]] || len(words) > 4 {
		return attribution{}, false
	}
	return attribution{speaker: possessive(strings.TrimSpace(d.text[a:hb]))}, true
}

// cueSubject finds the source of the cue at token c by the hand-written
// rules: the subject before it, the speaker after it ("said Brell"), or the
// noun phrase before it.
func (d *doc) cueSubject(c int) (attribution, bool) {
	si := d.sentenceAt(d.toks[c].Start)
	if si < 0 {
		return attribution{}, false
	}
	s := d.sents[si]
	lo := c
	for lo > 0 && d.toks[lo-1].Start >= s.Start {
		lo--
	}
	hi := c
	for hi < len(d.toks) && d.toks[hi].End <= s.End {
		hi++
	}
	toks := d.toks[lo:hi]
	v := c - lo
	if at, ok := d.subjectBefore(toks, v); ok && at.sStart >= 0 {
		return at, true
	}
	if at, ok := d.subjectAfter(toks, v); ok && at.sStart >= 0 {
		return at, true
	}
	if at, ok := d.npBefore(toks, v); ok && at.sStart >= 0 {
		return at, true
	}
	return attribution{}, false
}

// trimSource drops leading and trailing function words from a source run
// ("and", "to", "perhaps"); a run left empty is no source (kind 0).
func (d *doc) trimSource(r tagRun) tagRun {
	bad := func(i int) bool {
		w := lower(d.toks[i].Text)
		if pronouns[w] || w == "who" || w == "which" {
			return false
		}
		return !startsWord(w) || stopSubjects[w] || dets[w] || strings.HasSuffix(w, "ly") && len(w) > 4 && !isCap(d.toks[i].Text) || w == "perhaps" || w == "even" ||
			d.clauseSubj && (nonSubjects[w] || strings.HasSuffix(w, "ly") && len(w) > 4 && d.sentStartsAt(d.toks[i].Start))
	}
	for r.a < r.b && bad(r.a) && !dets[lower(d.toks[r.a].Text)] {
		r.a++
	}
	if r.b-r.a == 1 && d.clauseSubj && possessivePronoun[lower(d.toks[r.a].Text)] != "" {
		return r // "[S his] [C promise]": the owner speaks
	}
	for r.b > r.a && bad(r.b-1) {
		r.b--
	}
	if r.a >= r.b {
		return tagRun{}
	}
	return r
}

// uncontracted returns "he" or "she" for w that holds it before a
// contracted auxiliary ("he's", "she’s", "he'd", "she'll"), else w. A
// contracted "it's" or "they're" stays as it is: its antecedent is a body
// the plain resolver finds less well than the person a "he" continues
// (on PolNeAR train "It's denouncing" after a campaign became a county).
func uncontracted(w string) string {
	for _, suf := range []string{"'s", "’s", "'d", "’d", "'ll", "’ll"} {
		if base, ok := strings.CutSuffix(w, suf); ok && (base == "he" || base == "she") {
			return base
		}
	}
	return w
}

// possessivePronoun maps a possessive determiner to its subject pronoun.
var possessivePronoun = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}

// recentSource returns the latest mention before byte p, in p's sentence
// or the two before it and outside quotations, that the tagger tagged as
// a source and that fits the pronoun w; -1 when none. An organisation
// that was just quoted is what "it" and "they" most often stand for ("the
// news agency said ... It also said").
func (d *doc) recentSource(w string, p int) int {
	if d.tags == nil {
		return -1
	}
	lo := d.sentStart(max(d.sentenceAt(p)-2, 0))
	for i := d.mentionBefore(p); i >= 0 && d.mentions[i].Start >= lo; i-- {
		m := d.mentions[i]
		if !m.fitsPronoun(w) || d.inQuote(m.Start) {
			continue
		}
		k := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= m.Start })
		if k < len(d.toks) && (d.tags[k] == tagBSrc || d.tags[k] == tagISrc) {
			return i
		}
	}
	return -1
}

// proxyAfter returns the proxy noun of a possessive right after a person's
// name ("'s office" -> "office"), else "".
func proxyAfter(rest string) string {
	for _, p := range []string{"'s ", "’s "} {
		if t, ok := strings.CutPrefix(rest, p); ok {
			w, _, _ := strings.Cut(t, " ")
			w = strings.Trim(w, ",.;:")
			if proxyNouns[lower(w)] {
				return lower(w)
			}
		}
	}
	return ""
}

// possessedNoun returns the common noun phrase a possessive right after a
// person's name heads ("'s critics" -> "critics", "’s former wife" ->
// "former wife"): up to four lower-case words before any comma, else "".
func possessedNoun(rest string) string {
	for _, p := range []string{"'s ", "’s ", " ’ s ", " 's "} {
		t, ok := strings.CutPrefix(rest, p)
		if !ok {
			continue
		}
		t, _, _ = strings.Cut(t, ",")
		f := strings.Fields(t)
		if len(f) == 0 || len(f) > 4 {
			return ""
		}
		for _, w := range f {
			for _, r := range w {
				if !unicode.IsLower(r) && r != '-' {
					return ""
				}
			}
		}
		return strings.Join(f, " ")
	}
	return ""
}

// proxyNouns speak for a person ("Lind's office said", "his lawyers").
var proxyNouns = set("office", "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers",
	"attorney", "attorneys", "aide", "aides", "campaign", "team", "administration", "government",
	"family", "representative", "representatives", "staff", "camp", "allies", "advisers", "advisors")

// putItSource returns the speaker named by an "as X put it" clause outside
// quotation marks in sentence si ("As one analyst recently put it, “...”",
// "..., as the memo put it."): the words between "as" and "put", less
// trailing adverbs.
func (d *doc) putItSource(si int) (attribution, bool) {
	if si < 0 || si >= len(d.sents) {
		return attribution{}, false
	}
	s := d.sents[si]
	lo := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= s.Start })
	hi := lo
	for hi < len(d.toks) && d.toks[hi].End <= s.End {
		hi++
	}
	for p := lo + 1; p+1 < hi; p++ {
		if lower(d.toks[p].Text) != "put" || lower(d.toks[p+1].Text) != "it" || d.inQuote(d.toks[p].Start) {
			continue
		}
		as := -1
		for k := p - 1; k >= lo && k >= p-25; k-- {
			if lower(d.toks[k].Text) == "as" {
				as = k
				break
			}
		}
		if as < 0 {
			continue
		}
		b := p
		for b > as+1 {
			w := lower(d.toks[b-1].Text)
			if !(auxWords[w] || w == "so" || w == "once" || w == "best" || strings.HasSuffix(w, "ly") && len(w) > 4 && !isCap(d.toks[b-1].Text)) {
				break
			}
			b--
		}
		r := d.trimSource(tagRun{tagBSrc, as + 1, b})
		if r.kind == 0 {
			continue
		}
		at := d.nameSource(r)
		at.cue = "put it"
		return at, at.speaker != "" || at.sStart >= 0
	}
	return attribution{}, false
}

// passiveAgent returns the agent of a passive cue ("[C was written] by
// Springsteen", "[C were rejected] by the council"): a form of "be" opens
// or precedes the cue, its last word is a participle, and "by" follows it;
// the agent runs from "by" to the next punctuation or preposition.
func (d *doc) passiveAgent(cue tagRun) (attribution, bool) {
	if cue.b >= len(d.toks) {
		return attribution{}, false
	}
	last := lower(d.toks[cue.b-1].Text)
	if !(strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "en") || last == "made" || last == "said" || last == "told") {
		return attribution{}, false
	}
	be := false
	for i := max(cue.a-2, 0); i < cue.b-1; i++ {
		if beForms[lower(d.toks[i].Text)] {
			be = true
		}
	}
	by := cue.b
	if !be || by >= len(d.toks) || lower(d.toks[by].Text) != "by" || d.sentenceAt(d.toks[by].Start) != d.sentenceAt(d.toks[cue.a].Start) {
		return attribution{}, false
	}
	e := by + 1
	for e < len(d.toks) && e <= by+8 && startsWord(d.toks[e].Text) && !adjunctPreps[lower(d.toks[e].Text)] && !stopSubjects[lower(d.toks[e].Text)] && lower(d.toks[e].Text) != "for" {
		e++
	}
	if e == by+1 || e > by+8 {
		return attribution{}, false
	}
	r := d.trimSource(tagRun{tagBSrc, by + 1, e})
	if r.kind == 0 {
		return attribution{}, false
	}
	return d.nameSource(r), true
}

// beForms open a passive ("was written by").
var beForms = set("is", "was", "were", "are", "be", "been", "being")

// nonSubjects are words a source run never opens or closes with: adverbs,
// subordinators and gerunds the tagger mistakes for a subject ("[S Having]
// announced", "[S instead] calling on").
var nonSubjects = set("having", "instead", "if", "then", "little", "without", "while", "when", "after",
	"before", "because", "though", "although", "however", "still", "just", "now", "here", "there",
	"once", "never", "always", "often", "soon", "later", "earlier", "why", "how", "where", "whether", "do", "does", "did")

// sentStartsAt reports whether a sentence starts at byte p.
func (d *doc) sentStartsAt(p int) bool {
	si := d.sentenceAt(p)
	return si >= 0 && d.sents[si].Start == p
}

// personBeforePrep returns the person mention heading a source phrase
// text[a:b] whose last mention, an organisation or place, hangs on it by
// a preposition ("the Rev. Ana Lind of the Velsk Church", "Tom Reyes at
// the port authority"): the person speaks, not the body. -1 when none.
func (d *doc) personBeforePrep(a, b int) int {
	last := d.mentionEndingAt(b)
	if last < 0 || d.mentions[last].Type == core.Person || d.mentions[last].Start <= a {
		return -1
	}
	for j := last - 1; j >= 0 && d.mentions[j].End > a; j-- {
		m := d.mentions[j]
		if m.Start < a {
			break
		}
		if m.Type != core.Person {
			continue
		}
		gap := lower(strings.TrimSpace(d.text[m.End:d.mentions[last].Start]))
		for _, p := range []string{"of ", "at ", "from ", "with "} {
			if strings.HasPrefix(gap, p) && !strings.ContainsAny(gap, ",;") {
				return j
			}
		}
		return -1
	}
	return -1
}

// quotedBySubject names the speaker of a source run that is only the
// medium quoting someone ("X was quoted by [S state television] as
// saying", "X, cited by [S the agency] as saying"): the sentence's
// subject, X. ok is false for any other run.
func (d *doc) quotedBySubject(src tagRun) (attribution, bool) {
	if src.kind == 0 || src.a < 2 || src.b >= len(d.toks) {
		return attribution{}, false
	}
	if lower(d.toks[src.a-1].Text) != "by" {
		return attribution{}, false
	}
	switch lower(d.toks[src.a-2].Text) {
	case "quoted", "cited":
	default:
		return attribution{}, false
	}
	e := src.b
	for e < len(d.toks) && e < src.b+4 && lower(d.toks[e].Text) != "as" {
		e++
	}
	if e >= len(d.toks) || lower(d.toks[e].Text) != "as" {
		return attribution{}, false
	}
	si := d.sentenceAt(d.toks[src.a].Start)
	if si < 0 {
		return attribution{}, false
	}
	at, ok := d.sentenceSubject(si, d.toks[src.a-2].Start)
	if !ok || at.sStart < 0 || at.sEnd > d.toks[src.a-2].Start || at.speaker == "" {
		return attribution{}, false
	}
	return at, true
}

// includingSubject names the speaker of a source run inside an
// "including ..." aside set off by commas before the cue ("Relatives,
// including a brother who was a [S priest], insisted"): the phrase the
// aside hangs on. ok is false for any other run.
func (d *doc) includingSubject(src tagRun) (attribution, bool) {
	if src.kind == 0 || src.b >= len(d.toks) || d.toks[src.b].Text != "," {
		return attribution{}, false
	}
	si := d.sentenceAt(d.toks[src.a].Start)
	if si < 0 {
		return attribution{}, false
	}
	lo := d.sentStart(si)
	for k := src.a - 1; k >= 1 && d.toks[k].Start >= lo && src.a-k < 12; k-- {
		if d.toks[k].Text == "," {
			return attribution{}, false
		}
		if lower(d.toks[k].Text) != "including" || d.toks[k-1].Text != "," {
			continue
		}
		toks := d.tokensIn(lo, d.toks[k-1].Start)
		if len(toks) == 0 || len(toks) > 8 {
			return attribution{}, false
		}
		at, ok := d.phraseEndingAt(toks, len(toks)-1)
		if !ok || at.speaker == "" {
			return attribution{}, false
		}
		return at, true
	}
	return attribution{}, false
}

// modifiedGroup returns the plural group noun phrase a person's name
// modifies when rest, the source's words after the name, is one to three
// lower-case words ending in a group noun ("campaign aides", "supporters"),
// else "".
func modifiedGroup(rest string) string {
	f := strings.Fields(rest)
	if len(f) == 0 || len(f) > 3 || !groupNouns[f[len(f)-1]] {
		return ""
	}
	for _, w := range f {
		if stopSubjects[w] || subjectPrepositions[w] || possessivePronoun[w] != "" {
			return "" // "X and his aides", "X of the aides"
		}
		for _, r := range w {
			if !unicode.IsLower(r) && r != '-' {
				return ""
			}
		}
	}
	return strings.Join(f, " ")
}

// relativeClauseOpen matches the opening of a relative clause after a name
// (", who", " -- who", " — who").
var relativeClauseOpen = regexp.MustCompile(`(?:,|--|—|–)\s*who\s`)

// relativeHead returns the person mention a relative clause holding the
// source run [a,b) is attached to, or -1: the run lies in "X, who ... Y"
// and the clause closes right after it with a comma or dash before the
// cue ("John Roe -- who lost the race to Ann Lind -- said": Roe, not Lind).
func (d *doc) relativeHead(a, b int) int {
	after := strings.TrimLeft(d.text[b:], " ")
	if !strings.HasPrefix(after, ",") && !strings.HasPrefix(after, "--") && !strings.HasPrefix(after, "—") && !strings.HasPrefix(after, "–") {
		return -1
	}
	si := d.sentenceAt(a)
	if si < 0 {
		return -1
	}
	s0 := d.sentStart(si)
	locs := relativeClauseOpen.FindAllStringIndex(d.text[s0:a], -1)
	if len(locs) == 0 {
		return -1
	}
	open := s0 + locs[len(locs)-1][0]
	clause := d.text[s0+locs[len(locs)-1][1] : a]
	if strings.ContainsAny(clause, ",—–\"“”") || strings.Contains(clause, "--") {
		return -1 // the clause closed before the run
	}
	m := d.mentionEndingAt(len(strings.TrimRight(d.text[:open], " ")))
	if m < 0 || d.mentions[m].Type != core.Person || d.mentions[m].Start < s0 {
		return -1
	}
	return m
}

// ageTail matches the rest of an age description cut after its number
// ("36 - year - old ", "36-year-old "), before the name it describes.
var ageTail = regexp.MustCompile(`^\s*-\s*(?:year|month)s?\s*-\s*old\s+`)

// nameAfterAge returns the person mention an age description names when
// a source run ends on its number ("[S the 36] - year - old Klitschko
// said"), or -1.
func (d *doc) nameAfterAge(b int) int {
	if b <= 0 || b > len(d.text) || d.text[b-1] < '0' || d.text[b-1] > '9' {
		return -1
	}
	loc := ageTail.FindStringIndex(d.text[b:min(len(d.text), b+40)])
	if loc == nil {
		return -1
	}
	if m := d.mentionStartingAt(b + loc[1]); m >= 0 && d.mentions[m].Type == core.Person {
		return m
	}
	return -1
}

// recentSourcePhrase returns the latest source run before byte p, in p's
// sentence or the two before it, outside quotations, that names no
// mention and fits the pronoun w: a definite phrase of a body for it ("the
// navy", "the ministry"), a phrase holding a plural group noun for they
// ("members within both unions"); "" when none.
func (d *doc) recentSourcePhrase(w string, p int) string {
	if d.tags == nil {
		return ""
	}
	lo := d.sentStart(max(d.sentenceAt(p)-2, 0))
	k := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= p }) - 1
	for ; k >= 0 && d.toks[k].Start >= lo; k-- {
		if d.tags[k] != tagBSrc && d.tags[k] != tagISrc || d.inQuote(d.toks[k].Start) {
			continue
		}
		e := k + 1
		for k > 0 && d.tags[k] == tagISrc {
			k--
		}
		if d.toks[k].Start < lo {
			return ""
		}
		f := strings.Fields(lower(d.text[d.toks[k].Start:d.toks[e-1].End]))
		for i := d.mentionBefore(d.toks[e-1].End); i >= 0 && d.mentions[i].End > d.toks[k].Start; i-- {
			if d.mentions[i].Start < d.toks[e-1].End {
				return "" // a named source: recentSource's business
			}
		}
		if len(f) == 1 && w == "they" && (groupNouns[f[0]] || marketGroups[f[0]]) {
			return f[0] // "dealers said ... They said": the dealers
		}
		if len(f) < 2 || len(f) > 5 {
			return ""
		}
		last := f[len(f)-1]
		switch w {
		case "it":
			if f[0] == "the" && startsWord(last) && !pronouns[last] && (!roleNouns[last] && !personRoleNouns[last] || orgRoleNouns[last]) && !groupNouns[last] {
				return strings.Join(f, " ")
			}
		case "they":
			for _, x := range f {
				if groupNouns[x] || marketGroups[x] {
					return strings.Join(f, " ")
				}
			}
		}
		return ""
	}
	return ""
}
