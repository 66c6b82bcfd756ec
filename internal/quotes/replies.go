package quotes

// Answers to questions: "Lynch asked Coleman, “You lied, correct?” “Yes,”
// he responded." The pronoun of a reply cue names the one asked, not the
// asker whose question came just before.

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// replyCues are the cues of an answer.
var replyCues = set("responded", "responds", "replied", "replies", "answered", "answers", "respond", "reply", "answer")

// answerSpeaker re-resolves the speaker of a direct quote at byte p whose
// attribution at is a reply cue with a subject pronoun that named prev's
// speaker, when prev, the quotation just before, is a question: the latest
// other person before p, outside quotations, within the two sentences
// before, that fits the pronoun. at unchanged otherwise.
func (d *doc) answerSpeaker(at attribution, p int, prev *Quote) attribution {
	if prev == nil || at.speaker == "" || at.speaker != prev.Speaker || at.sStart < 0 || at.sEnd > len(d.text) {
		return at
	}
	f := strings.Fields(lower(at.cue))
	if len(f) == 0 || !replyCues[f[len(f)-1]] || !strings.Contains(prev.Text, "?") {
		return at
	}
	w := lower(d.text[at.sStart:at.sEnd])
	if w != "he" && w != "she" || d.sentenceAt(prev.End) < d.sentenceAt(p)-2 {
		return at
	}
	lo := d.sentStart(max(d.sentenceAt(p)-2, 0))
	for i := d.mentionBefore(p); i >= 0 && d.mentions[i].Start >= lo; i-- {
		m := d.mentions[i]
		if m.Type != core.Person || d.inQuote(m.Start) || !m.fitsPronoun(w) || m.Name == prev.Speaker {
			continue
		}
		at.speaker = m.Name
		return at
	}
	return at
}

// answerUnits gives each direct quote of units (in text order) that
// answers the question quoted just before it to the one asked
// (answerSpeaker).
func (d *doc) answerUnits(units []Quote) {
	var prev *Quote
	for i := range units {
		q := &units[i]
		if !q.Direct {
			continue
		}
		if prev != nil && prev.End <= q.Start {
			at := d.answerSpeaker(attribution{speaker: q.Speaker, sStart: q.SpeakerStart, sEnd: q.SpeakerEnd, cue: q.Cue}, q.Start, prev)
			q.Speaker = at.speaker
		}
		prev = q
	}
}

// ownContent reports whether the content token at byte m belongs to the
// content the source pronoun at byte p itself credits: p is tagged a
// source after m in m's sentence, with only content, punctuation and the
// pronoun's cue between ("[Q Jackson was on probation], [S he] [C said]").
func (d *doc) ownContent(m, p int) bool {
	if d.tags == nil || m >= p || d.sentenceAt(m) != d.sentenceAt(p) {
		return false
	}
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= m })
	j := sort.Search(len(d.toks), func(j int) bool { return d.toks[j].Start >= p })
	if j >= len(d.toks) || d.toks[j].Start != p || d.tags[j] != tagBSrc {
		return false
	}
	for k := i; k < j; k++ {
		switch d.tags[k] {
		case tagBCon, tagICon:
		default:
			if startsWord(d.toks[k].Text) {
				return false
			}
		}
	}
	return true
}
