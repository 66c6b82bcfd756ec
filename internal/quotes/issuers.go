package quotes

// Documents as sources: "the statement said" names the body or person that
// issued the statement ("The White House said in a statement ... “…,” the
// statement said" -> White House; "the White House statement said" ->
// White House).

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// issuedNouns are documents someone issues and speaks through.
var issuedNouns = set("statement", "release", "letter", "memo", "complaint", "lawsuit", "suit",
	"filing", "email", "message", "tweet", "announcement", "communique", "notice")

// issuerUnits gives each quote of units (in text order) whose source phrase
// is an issued document to its issuer: a person or organisation the
// phrase names, else, for a definite phrase ("the statement"), the speaker
// of the latest quote before it, within three sentences, whose sentence
// names that document and whose speaker is no document.
func (d *doc) issuerUnits(units []Quote) {
	for i := range units {
		q := &units[i]
		phrase, ok := d.sourceText(*q)
		head := phraseHead(phrase)
		if !ok || !issuedNouns[head] {
			continue
		}
		if name := d.mentionIn(q.SpeakerStart, q.SpeakerEnd); name != "" {
			q.Speaker = name // "the White House statement"
			continue
		}
		if f := strings.Fields(lower(phrase)); len(f) != 2 || f[0] != "the" {
			continue
		}
		si := d.sentenceAt(q.SpeakerStart)
		for j := i - 1; j >= 0; j-- {
			p := units[j]
			if p.End > q.Start || p.Speaker == "" {
				continue
			}
			if d.sentenceAt(p.Start) < si-3 {
				break
			}
			if p.SpeakerStart >= 0 && p.SpeakerEnd <= len(d.text) && issuedNouns[phraseHead(d.text[p.SpeakerStart:p.SpeakerEnd])] {
				continue
			}
			if hasWord(lower(p.Sentence), head) {
				q.Speaker = p.Speaker // "X said in a statement ... the statement said"
				break
			}
		}
	}
}

// mentionIn returns the name of the first person or organisation
// mention inside text[a:b], "" when none.
func (d *doc) mentionIn(a, b int) string {
	for j := max(d.mentionBefore(a)+1, 0); j < len(d.mentions) && d.mentions[j].Start < b; j++ {
		m := d.mentions[j]
		if m.Start >= a && m.End <= b && (m.Type == core.Person || m.Type == core.Organisation) {
			return m.Name
		}
	}
	return ""
}

// hasWord reports whether the lower-case text s holds the word w.
func hasWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '"' || r == '“' || r == '”' }) {
		if f == w {
			return true
		}
	}
	return false
}
