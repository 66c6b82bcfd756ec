package claims

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// Who holds a denial: the subject of its clause, a pronoun resolved to the
// article's one accused person, the subject before ", but denied" or before a
// relative clause ("X, who ..., has denied"). Moved out of denial.go (which
// finds the denials and keys what they deny) with no change of behaviour.

// pronounSubjectAt is the index of the subject of the verb at ws[i] when it
// is "he", "she" or "they" (past auxiliaries and adverbs) outside a quote: on the
// spent samples five of eight such denials went to another person than the
// one who denied ("And he has denied having anything to do with such an
// effort": Manafort, not the article's Mueller), so a denied clause needs
// its denier named (namedDenier); -1 when the subject is none of them.
func pronounSubjectAt(ws []word, i int, firstPerson string) int {
	if firstPerson != "" {
		return -1
	}
	b := i - 1
	for b >= 0 && !ws[b].stop && (auxiliaries[ws[b].low] || adverb(ws[b].low) || sinceWords[ws[b].low]) {
		b--
	}
	if b < 0 {
		return -1
	}
	switch ws[b].low {
	case "he", "she", "they":
		return b
	}
	return -1
}

// sinceWords stand between a denier and the verb as adverbs do: "he has
// always denied", "she also denied".
var sinceWords = map[string]bool{"also": true, "then": true, "always": true, "long": true, "since": true,
	"once": true, "twice": true}

// clauseSubject is the name a relative clause follows before the denial at
// ws[i]: "Tarel, who did not answer calls, has denied the charges" (the
// clause closed by a comma, the verb right after it); "" when the clause
// holds another comma or no name opens it.
func clauseSubject(ws []word, i int) string {
	b := i - 1
	for b >= 0 && !ws[b].stop && (auxiliaries[ws[b].low] && ws[b].low != "not" || adverb(ws[b].low) || sinceWords[ws[b].low]) {
		b--
	}
	if b < 3 || !ws[b].stop || ws[b].quoteEnd {
		return ""
	}
	for r := b - 1; r >= 0 && r > b-25; r-- {
		if !ws[r].stop {
			continue
		}
		if rel := ws[r+1].low; rel != "who" && rel != "which" {
			return ""
		}
		n := ws[r]
		if !n.capital || n.possessive || n.quoteEnd || nonNames[n.low] {
			return ""
		}
		k := runStart(ws, r)
		if k == 0 && opener(ws[0].low) || !subjectLike(ws, k, r) || pushed(ws, k) {
			return ""
		}
		return canon(nameEndingAt(ws, r))
	}
	return ""
}

// pastAdverbs is i moved back past the adverbs right before ws[i] ("the
// British royal blankly denied": the index after "royal").
func pastAdverbs(ws []word, i int) int {
	for i > 0 && !ws[i-1].stop && adverb(ws[i-1].low) {
		i--
	}
	return i
}

// denierPronoun names "he"/"she" at ws[p] before a denial: the accused of
// the accusation denied when it fits the pronoun ("Kell accused Tarel of
// ..., which he denied"), else the pronoun's antecedent when it is a name
// of the sentence before it ("Tarel, who ran the port, said ..., though he
// has denied that"), never the previous sentence's subject nor the
// article's main actor (on the spent samples those put three of three
// such denials on the wrong person: Mueller for Manafort, Abe for Trump).
func (e *Extractor) denierPronoun(ws []word, p int, doc *article, accused string) string {
	pr := ws[p].low
	if pr != "he" && pr != "she" {
		return ""
	}
	if accused != "" {
		if doc.fits(accused, pr) && !isCountry(accused) {
			return accused
		}
		return ""
	}
	name := e.resolvePronoun(ws, p, doc, "")
	if name == "" || isCountry(name) || metonyms[name] != "" {
		return "" // "U.S. senator ... she denied": no country for a person
	}
	for j := 0; j < p; j++ {
		if ws[j].capital && canon(nameEndingAt(ws, j)) == name && (j+1 >= len(ws) || ws[j+1].capital || subjectEnd(ws, j)) {
			return name
		}
	}
	return ""
}

// subjectEnd reports whether the name ending at ws[j] is a subject, not a
// modifier: a comma, a verb or an auxiliary follows it ("Tarel, who",
// "Tarel also said"), not a noun ("the Valdorian senator").
func subjectEnd(ws []word, j int) bool {
	n := ws[j+1].low
	return ws[j].stop || auxiliaries[n] || speechVerbs[n] || clauseVerbs[n] || adverb(n) ||
		strings.HasSuffix(n, "ed") || n == "who"
}

// namedDenier reports whether the denier of a denied clause at ws[i] is
// named: no pronoun subject, or "he"/"she" that denierPronoun resolves
// from the sentence or the previous sentence's subject.
func (e *Extractor) namedDenier(ws []word, i int, doc *article, firstPerson string) bool {
	p := pronounSubjectAt(ws, i, firstPerson)
	return p < 0 || e.pronounDenier(ws, p, doc) != ""
}

// pronounDenier names "he"/"she" at ws[p], the subject of a denial: a name
// of the sentence before it (denierPronoun), else the one person the
// article charges whom the pronoun fits (accusedFor: "Prosecutors charged
// Rick Tarel with fraud. ... He denied the charges"); "" for "they" and
// when neither names one.
func (e *Extractor) pronounDenier(ws []word, p int, doc *article) string {
	if h := e.denierPronoun(ws, p, doc, ""); h != "" {
		return h
	}
	if pr := ws[p].low; pr == "he" || pr == "she" {
		name, _ := e.accusedFor(doc, pr)
		return name
	}
	return ""
}

// butSubject is the denier of ", but denied ..." at ws[i]: the name that
// opens the sentence and the clause before ("Tarel admitted firing at the
// ferry, but denied shooting at the officers"); "" when the sentence opens
// otherwise (a pronoun, a common noun, a phrase before the subject).
func (e *Extractor) butSubject(ws []word, i int, doc *article) string {
	b := i - 1
	for b > 0 && !ws[b].stop && (adverb(ws[b].low) || ws[b].low == "always" || ws[b].low == "also" || ws[b].low == "then" || ws[b].low == "later") {
		b--
	}
	if b < 2 || ws[b].low != "but" || !ws[b-1].stop || !ws[0].capital || opener(ws[0].low) || nonNames[ws[0].low] {
		return ""
	}
	end := 0
	for end+1 < b && ws[end+1].capital && !ws[end].possessive && !ws[end].stop {
		end++
	}
	if ws[end].possessive || ws[end].stop || end+1 >= b || !subjectLike(ws, 0, end) || pushed(ws, 0) {
		return ""
	}
	for k := end + 1; k < b; k++ {
		if ws[k].low == "who" || ws[k].low == "which" || ws[k].stop && k < b-1 {
			return "" // "Tarel, who ...": another clause; one clause before "but" only
		}
	}
	return canon(nameEndingAt(ws, end))
}

// relativeSubject is the name a relative "who"/"which" right before the
// denial at ws[i] stands for: "Tarel, who denies the charges, left".
func relativeSubject(ws []word, i int) string {
	b := i - 1
	for b > 0 && !ws[b].stop && (auxiliaries[ws[b].low] && ws[b].low != "not" || adverb(ws[b].low) || ws[b].low == "always") {
		b--
	}
	if b < 1 || ws[b].stop || ws[b].low != "who" && ws[b].low != "which" {
		return ""
	}
	n := ws[b-1]
	if !n.stop || !n.capital || n.possessive || nonNames[n.low] || b-1 == 0 && opener(n.low) {
		return ""
	}
	return canon(nameEndingAt(ws, b-1))
}

// chargingVerbs charge a person with a thing a denial answers: "charged
// Tarel with fraud", "accused Tarel of", "Tarel was arrested".
var chargingVerbs = map[string]bool{"charged": true, "accused": true, "indicted": true, "arrested": true,
	"convicted": true, "sued": true, "prosecuted": true, "suspected": true}

// accusedFor is the one person the article charges whom the pronoun pr
// ("he", "she") fits: the name after a charging verb ("charged Rick Tarel
// with fraud"), before its passive ("Tarel was arrested", "Tarel, who is
// accused of"), or after "charges against"; a surname and the whole name
// it ends are one person. "" when the article charges no such person or
// more than one, or the analyze layer types the name as no person; n is
// how many persons it charges.
func (e *Extractor) accusedFor(doc *article, pr string) (name string, n int) {
	if v, ok := doc.accused[pr]; ok {
		return v.name, v.n
	}
	names := map[string]string{} // surname -> longest name
	add := func(ws []word, end int) {
		if end < 0 || !ws[end].capital || ws[end].possessive || nonNames[ws[end].low] {
			return
		}
		name := canon(nameEndingAt(ws, end))
		if name == "" || isCountry(name) || metonyms[name] != "" || !doc.fits(name, pr) {
			return
		}
		if en, ok := doc.ents[name]; ok && en.Type != core.Person {
			return
		}
		f := strings.Fields(name)
		last := f[len(f)-1]
		if len(name) > len(names[last]) {
			names[last] = name
		}
	}
	for _, s := range sentencesOf(doc.text) {
		ws := e.words(s)
		for k, w := range ws {
			switch {
			case chargingVerbs[w.low] && !w.stop && k+1 < len(ws) && ws[k+1].capital:
				// "charged Rick Tarel with fraud"
				end := k + 1
				for end+1 < len(ws) && ws[end+1].capital && !ws[end].stop && !ws[end].possessive && end-k < 4 {
					end++
				}
				if ws[end].possessive {
					continue // "accused Tarel's aide"
				}
				add(ws, end)
				if end+2 < len(ws) && ws[end+1].low == "and" && ws[end+2].capital && !ws[end].stop {
					// "arrested Tom Hale and Ada Brook": both are charged
					e2 := end + 2
					for e2+1 < len(ws) && ws[e2+1].capital && !ws[e2].stop && !ws[e2].possessive && e2-end < 4 {
						e2++
					}
					add(ws, e2)
				}
			case chargingVerbs[w.low] && k > 1 && passiveBe[ws[k-1].low]:
				// "Tarel was arrested", "Tarel, who is accused of"
				b := k - 2
				for b >= 0 && !ws[b].stop && (auxiliaries[ws[b].low] || adverb(ws[b].low)) {
					b--
				}
				if b >= 1 && ws[b].low == "who" && ws[b-1].stop {
					b--
				} else if b >= 0 && ws[b].stop {
					continue
				}
				if b >= 0 && subjectLike(ws, runStart(ws, b), b) {
					add(ws, b)
				}
			case chargeWords[w.stem] && k+2 < len(ws) && ws[k+1].low == "against" && !w.stop && !ws[k+1].stop:
				// "the charges against Rick Tarel"
				end := k + 2
				for end+1 < len(ws) && ws[end+1].capital && !ws[end].stop && !ws[end].possessive && end-k < 5 {
					end++
				}
				add(ws, end)
			}
		}
	}
	one := ""
	if len(names) == 1 {
		for _, n := range names {
			one = n
		}
	}
	if doc.accused == nil {
		doc.accused = map[string]accusedNames{}
	}
	doc.accused[pr] = accusedNames{one, len(names)}
	return one, len(names)
}

// frontedSubject is the denier of a participle that opens the sentence:
// "Denying he was involved, Tarel said ...", "Rejecting the allegations,
// the Valdorian Party vowed ..." hold the subject named right after the
// participle's clause, a name a verb follows; "" when the sentence opens
// otherwise, or a pronoun, a common noun or a preposition follows the
// clause.
func frontedSubject(ws []word, i int) string {
	if i != 0 || !frontedParticiples[ws[0].low] {
		return ""
	}
	c := 0
	for c < len(ws) && !ws[c].stop {
		c++
	}
	k := c + 1
	if k < len(ws) && ws[k].low == "the" && k+1 < len(ws) && ws[k+1].capital {
		k++ // "Rejecting the charges, the Valdorian Party said"
	}
	if k >= len(ws) || !ws[k].capital || opener(ws[k].low) || nonNames[ws[k].low] || pronouns[ws[k].low] || unresolved[ws[k].low] {
		return ""
	}
	end := k
	for end+1 < len(ws) && ws[end+1].capital && !ws[end].possessive && !ws[end].stop {
		end++
	}
	if end+1 >= len(ws) || ws[end].possessive || ws[end].stop || !subjectEnd(ws, end) || ws[end+1].low == "who" {
		return "" // "Denying the charges, Tarel's lawyer said": the lawyer
	}
	return canon(nameEndingAt(ws, end))
}

// frontedParticiples open a sentence with a denial its subject makes.
var frontedParticiples = map[string]bool{"denying": true, "rejecting": true, "dismissing": true}
