package quotes

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/storyline/storyline/internal/sentence"
)

// cues.txt is the cue lexicon learned from the PolNeAR train split (see
// NOTE.md and TestLearnCues): words that mark an attribution (speech,
// belief, intention, perception, evidence) with how often they do.
//
//go:embed cues.txt
var cuesFile string

// cueInfo is one learned cue word.
type cueInfo struct {
	prec  float64 // share of its train occurrences inside a gold cue
	n     int     // times it was a cue in train
	after float64 // share of those with the content after the cue
}

var cueTable = sync.OnceValue(func() map[string]cueInfo {
	m := map[string]cueInfo{}
	for _, line := range strings.Split(cuesFile, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 || strings.HasPrefix(line, "#") {
			continue
		}
		p, err1 := strconv.ParseFloat(f[1], 64)
		n, err2 := strconv.Atoi(f[2])
		a, err3 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil || err3 != nil {
			continue
		}
		m[f[0]] = cueInfo{prec: p, n: n, after: a}
	}
	return m
})

// cueLinks are words that join a cue to its content ("called for",
// "talking about", "pointed out that").
var cueLinks = set("that", "for", "about", "out", "to", "on", "of", "with", "as", "up", "into")

// cueUnits finds attributions in sentence si cued by learned cue words that
// no earlier rule used. prev are the quotes found so far in this sentence.
// Such units are marked Kind "attribution" unless the cue is a reporting
// verb.
func (d *doc) cueUnits(si int, minPrec float64, prev []Quote) []Quote {
	s := d.sents[si]
	toks := d.tokensIn(s.Start, s.End)
	n := len(toks)
	if n < 3 {
		return nil
	}
	table := cueTable()
	var out []Quote
	for v := 0; v < n && len(out) < 4; v++ {
		t := toks[v]
		w := lower(t.Text)
		ci, ok := table[w]
		if !ok || ci.prec < minPrec {
			continue
		}
		if d.inQuote(t.Start) {
			continue
		}
		if _, isVerb := lookupVerb(w); isVerb && !verbUse(toks, v) {
			continue // "several battleground states", "his remarks"
		}
		if v+1 < n && lower(toks[v+1].Text) == "by" {
			continue // passive: "was first reported by"
		}
		used := false
		for _, q := range prev {
			qc, _, _ := strings.Cut(strings.TrimSuffix(q.Cue, ":"), " ")
			if strings.EqualFold(qc, t.Text) && !(q.Start <= t.Start && t.End <= q.End) {
				used = true
				break
			}
		}
		if used {
			continue
		}
		// Content after the cue: skip linking words and a hearer.
		c := v + 1
		for c < n && c < v+3 && cueLinks[lower(toks[c].Text)] {
			c++
		}
		if c < n && (toks[c].Text == "," || toks[c].Text == ":") {
			c++
		}
		var at attribution
		ok = false
		if strings.HasSuffix(w, "ing") && v > 0 && toks[v-1].Text == "," {
			// "..., saying ...": the subject of the main clause.
			at, ok = d.sentenceSubject(si, t.Start)
		}
		if !ok {
			at, ok = d.subjectBefore(toks, v)
		}
		if !ok {
			at, ok = d.subjectAfter(toks, v)
		}
		if !ok || at.sStart < 0 {
			at, ok = d.npBefore(toks, v)
		}
		if !ok && strings.HasSuffix(w, "ing") {
			at, ok = d.sentenceSubject(si, t.Start)
		}
		if !ok {
			at = attribution{sStart: -1, sEnd: -1}
		}
		at.cue = t.Text
		if at.sStart > t.Start {
			// "according to officials, CONTENT": the content follows the source.
			for c < n && toks[c].Start < at.sEnd {
				c++
			}
			if c < n && toks[c].Text == "," {
				c++
			}
		}
		a, b := -1, -1
		afterToks := n - c
		beforeEnd := t.Start
		if at.sStart >= s.Start && at.sStart < t.Start {
			beforeEnd = at.sStart
		}
		beforeToks := len(d.tokensIn(s.Start, beforeEnd))
		switch {
		case ci.after >= 0.5 && afterToks >= 2:
			a, b = toks[c].Start, s.End
		case beforeToks >= 2:
			a, b = s.Start, beforeEnd
		case afterToks >= 1:
			a, b = toks[c].Start, s.End
		}
		if a < 0 {
			continue
		}
		a, b = trimContent(d.text, a, b)
		if b <= a {
			continue
		}
		q := Quote{Cue: at.cue, SpeakerStart: at.sStart, SpeakerEnd: at.sEnd, Kind: KindAttribution}
		if _, isVerb := lookupVerb(w); isVerb {
			q.Kind = KindReported
		}
		q.Text, q.Start, q.End = d.text[a:b], a, b
		q.Speaker, q.Sentence = at.speaker, s.Text
		out = append(out, q)
	}
	return out
}

// npBoundary ends a subject phrase scanning leftwards.
var npBoundary = set(",", ";", ":", "(", ")", "and", "but", "because", "while", "when", "if",
	"as", "since", "although", "though", "after", "before", "so", "than", "whether", "or")

// relPronouns are subjects in their own right ("which found", "who said").
var relPronouns = set("who", "which", "that")

// npBefore returns the phrase before the cue toks[v] back to a clause
// boundary, as the source ("a new poll shows", "which found"), skipping
// auxiliaries and adverbs; the name is the phrase itself, or a pronoun's
// antecedent.
func (d *doc) npBefore(toks []sentence.Token, v int) (attribution, bool) {
	k := v - 1
	for k >= 0 {
		w := lower(toks[k].Text)
		if auxWords[w] || modals[w] && w != "i" && w != "we" && w != "you" && w != "they" || w == "is" || w == "are" || w == "were" || w == "be" || w == "been" || w == "n't" || w == "not" || strings.HasSuffix(w, "ly") && len(w) > 4 {
			k--
			continue
		}
		break
	}
	if k < 0 || d.inQuote(toks[k].Start) {
		return attribution{}, false
	}
	w := lower(toks[k].Text)
	if relPronouns[w] || pronouns[w] {
		at := attribution{sStart: toks[k].Start, sEnd: toks[k].End}
		if w == "he" || w == "she" || w == "they" || w == "it" {
			at.speaker = d.resolvePronoun(w, toks[k].Start)
		}
		return at, true
	}
	j := k
	for j > 0 && k-j < 12 {
		p := lower(toks[j-1].Text)
		if npBoundary[p] || relPronouns[p] || d.inQuote(toks[j-1].Start) || !startsWord(p) {
			break
		}
		j--
	}
	if npBoundary[lower(toks[j].Text)] || !startsWord(toks[k].Text) {
		return attribution{}, false
	}
	a, b := toks[j].Start, toks[k].End
	return attribution{speaker: possessive(d.text[a:b]), sStart: a, sEnd: b}, true
}

// startsWord reports whether w begins with a letter or digit.
func startsWord(w string) bool {
	r := firstRune(w)
	return r == '$' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && r != '“' && r != '”' && r != '’' && r != '‘'
}
