package quotes

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/sentence"
)

// isFragment reports whether the quote sp is a short phrase set inside a
// sentence (a scare quote) rather than a statement.
func (d *doc) isFragment(sp span, lo, hi, maxWords int) bool {
	content := strings.TrimSpace(d.text[sp.start:sp.end])
	if len(strings.Fields(content)) > maxWords {
		return false
	}
	last := content[len(content)-1]
	if strings.ContainsRune(".,!?;", rune(last)) {
		return false
	}
	before := strings.TrimRight(d.text[lo:sp.open], " \t")
	after := strings.TrimLeft(d.text[sp.close:hi], " \t")
	if before == "" && (after == "" || strings.HasPrefix(after, ",")) {
		return false
	}
	if strings.HasSuffix(before, ":") {
		return false
	}
	return true
}

// sentenceCue attributes a fragment to the subject of a reporting verb
// anywhere in its sentence (outside the quote).
func (d *doc) sentenceCue(si int, sp span) (attribution, bool) {
	if si < 0 {
		return attribution{}, false
	}
	s := d.sents[si]
	toks := d.tokensIn(s.Start, s.End)
	best := -1
	for v, t := range toks {
		if t.Start >= sp.open && t.End <= sp.close {
			continue
		}
		if _, ok := lookupVerb(t.Text); ok && verbUse(toks, v) {
			if at, ok := d.subjectBefore(toks, v); ok {
				return at, true
			}
			if best < 0 {
				best = v
			}
		}
	}
	if best >= 0 {
		return d.subjectAfter(toks, best)
	}
	return attribution{}, false
}

// reported finds reported speech in sentence si: "SPEAKER VERB (that) ...",
// "..., SPEAKER VERB." and "according to SPEAKER, ...".
func (d *doc) reported(si int) (Quote, bool) {
	s := d.sents[si]
	toks := d.tokensIn(s.Start, s.End)
	n := len(toks)
	if n < 4 {
		return Quote{}, false
	}
	mk := func(at attribution, a, b int, minToks int) (Quote, bool) {
		if d.inQuote(at.sStart) {
			return Quote{}, false
		}
		// Reported speech stops where a direct quote begins.
		if open, inside := d.firstQuoteIn(a, b); inside {
			return Quote{}, false
		} else if open >= 0 {
			b = open
			minToks = max(minToks, 3)
		}
		a, b = trimContent(d.text, a, b)
		if b <= a || len(d.tokensIn(a, min(b, a+400))) < minToks {
			return Quote{}, false
		}
		q := Quote{Cue: at.cue, SpeakerStart: at.sStart, SpeakerEnd: at.sEnd}
		q.Text, q.Start, q.End = d.text[a:b], a, b
		q.Speaker, q.Sentence = at.speaker, s.Text
		return q, true
	}
	// Headline and transcript convention: "Sanders: Clinton email story has
	// moved", "TRUMP: The deaths of ...".
	if q, ok := d.colonLabel(toks, s, mk); ok {
		return q, true
	}
	tries := 0
	for v := 0; v < n && tries < 40; v++ {
		t := toks[v]
		lw := lower(t.Text)
		if lw == "according" && v+1 < n && lower(toks[v+1].Text) == "to" {
			if q, ok := d.accordingTo(toks, v, s, mk); ok {
				return q, true
			}
			continue
		}
		vi, ok := lookupVerb(t.Text)
		if !ok || !isFinite(t.Text) || !verbUse(toks, v) {
			continue
		}
		tries++
		at, ok := d.subjectBefore(toks, v)
		if ok {
			// Pattern: SPEAKER VERB [object] [adjuncts] [that] CONTENT.
			c := v + 1
			if tellVerbs[vi.lemma] || vi.lemma == "ask" {
				c = skipObject(d, toks, c)
			}
			if vi.lemma == "ask" {
				// "asked X whether ...": the question is the content.
				if c < n && questionWords[lower(toks[c].Text)] {
					if q, ok := mk(at, toks[c].Start, s.End, 3); ok {
						return q, true
					}
				}
				continue
			}
			hasThat := false
			for j := c; j < n && j < c+8; j++ {
				lj := lower(toks[j].Text)
				if lj == "that" || lj == ":" {
					if j == c || adjuncts[lower(toks[c].Text)] || tellVerbs[vi.lemma] {
						c, hasThat = j+1, true
					}
					break
				}
				if toks[j].Text == "," || toks[j].Text == "." {
					break
				}
			}
			if (hasThat || !vi.strict) && c < n && startsClause(toks[c].Text) {
				if q, ok := mk(at, toks[c].Start, s.End, 1); ok {
					return q, true
				}
			}
			// Pattern: CONTENT, SPEAKER VERB [adjuncts].
			if at.sStart > s.Start && n-v <= 9 {
				if p := strings.LastIndex(d.text[max(s.Start, at.sStart-8):at.sStart], ","); p >= 0 && strings.TrimSpace(d.text[max(s.Start, at.sStart-8)+p+1:at.sStart]) == "" {
					p += max(s.Start, at.sStart-8) - s.Start
					if q, ok := mk(at, s.Start, s.Start+p, 3); ok {
						return q, true
					}
				}
			}
			continue
		}
		// Pattern: CONTENT, VERB SPEAKER.
		if v > 1 && toks[v-1].Text == "," {
			if at, ok := d.subjectAfter(toks, v); ok {
				if q, ok := mk(at, s.Start, toks[v-1].Start, 3); ok {
					return q, true
				}
			}
		}
	}
	return Quote{}, false
}

// accordingTo handles "according to SPEAKER, CONTENT" and "CONTENT,
// according to SPEAKER."
func (d *doc) accordingTo(toks []sentence.Token, v int, s sentence.Sentence, mk func(attribution, int, int, int) (Quote, bool)) (Quote, bool) {
	n := len(toks)
	j := v + 2
	end := j
	for end < n && toks[end].Text != "," && toks[end].Text != "." && end < j+8 {
		end++
	}
	if end == j {
		return Quote{}, false
	}
	first := j
	for first < end-1 && dets[lower(toks[first].Text)] {
		first++
	}
	at, ok := d.phraseEndingAt(toks, end-1)
	if !ok || at.sStart < toks[j].Start || at.sStart > toks[first].Start {
		j = first
		at = attribution{speaker: d.text[toks[j].Start:toks[end-1].End], sStart: toks[j].Start, sEnd: toks[end-1].End}
	}
	at.cue = "according to"
	if v == 0 || (v == 1 && toks[0].Text == ",") {
		if end < n && toks[end].Text == "," {
			return mk(at, toks[end].End, s.End, 3)
		}
		return Quote{}, false
	}
	if toks[v-1].Text == "," {
		return mk(at, s.Start, toks[v-1].Start, 3)
	}
	return Quote{}, false
}

// isFinite rejects the -ing form, which rarely introduces reported speech
// ("saying" in "a statement saying" is handled as a finite cue anyway).
func isFinite(w string) bool {
	return !strings.HasSuffix(lower(w), "ing") || lower(w) == "saying"
}

// skipObject skips the hearer after tell-verbs ("told reporters",
// "warned Ukraine").
func skipObject(d *doc, toks []sentence.Token, c int) int {
	if c >= len(toks) {
		return c
	}
	w := lower(toks[c].Text)
	if objPronouns[w] || groupNouns[w] {
		return c + 1
	}
	if m := d.mentionStartingAt(toks[c].Start); m >= 0 {
		e := d.mentions[m].End
		for c < len(toks) && toks[c].End <= e {
			c++
		}
		return c
	}
	if dets[w] {
		for j := c + 1; j < len(toks) && j < c+4; j++ {
			if groupNouns[lower(toks[j].Text)] || roleNouns[lower(toks[j].Text)] {
				return j + 1
			}
		}
	}
	return c
}

// startsClause reports whether content may begin with w (not a bare
// preposition or punctuation).
func startsClause(w string) bool {
	r := firstRune(w)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '$' {
		return false
	}
	switch lower(w) {
	case "in", "on", "at", "during", "after", "before", "by", "with", "for", "from", "as", "about", "of", "and", "or", "but", "so":
		return false
	}
	return true
}

// trimContent strips spaces and trailing punctuation from [a,b).
func trimContent(text string, a, b int) (int, int) {
	a, b = trimSpan(text, a, b)
	for b > a && strings.ContainsRune(".,;:!? ", rune(text[b-1])) {
		b--
	}
	return a, b
}

var questionWords = set("whether", "if", "what", "who", "whom", "how", "why", "when", "where", "which", "about")

// notSpeakers are labels that end in a colon but name no speaker.
var notSpeakers = set("Update", "UPDATE", "Note", "Photo", "Photos", "Video", "Watch", "Read",
	"Related", "Correction", "Source", "Sources", "Editor", "Disclosure", "Advertisement", "Q", "A",
	"WASHINGTON", "Transcript", "Full", "Listen", "See", "Also", "Here", "Breaking", "BREAKING", "LIVE")

// colonLabel finds "NAME: content" at the start of a sentence, with NAME at
// most four capitalised words (or a mention).
func (d *doc) colonLabel(toks []sentence.Token, s sentence.Sentence, mk func(attribution, int, int, int) (Quote, bool)) (Quote, bool) {
	for k := 0; k < len(toks) && k < 5; k++ {
		if toks[k].Text == ":" {
			if k == 0 || notSpeakers[toks[0].Text] {
				return Quote{}, false
			}
			a, b := toks[0].Start, toks[k-1].End
			at := attribution{speaker: possessive(d.text[a:b]), sStart: a, sEnd: b, cue: ":"}
			if m := d.mentionEndingAt(b); m >= 0 && d.mentions[m].Start >= a {
				at.speaker = d.mentions[m].Name
			}
			return mk(at, toks[k].End, s.End, 3)
		}
		if !isCap(toks[k].Text) && !(k > 0 && (toks[k].Text == "'s" || toks[k].Text == "’s" || toks[k].Text == "of" || toks[k].Text == "to")) {
			return Quote{}, false
		}
	}
	return Quote{}, false
}
