package quotes

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/core"
)

// descriptionSpeakers gives each unit whose source is a definite
// description of a role ("The judge said", "said the spokesman") the
// person the article names with that role, else the description itself:
// never a person who merely happens to be the last one named (the
// defendant the judge speaks about, "The judge said [he would appoint a
// lawyer for X]"). A speaker the source resolution found is kept when
// the text gives that person the role ("Judge Ana Lind" ... "the judge").
// The analyze path only: PolNeAR scores the source span, which stays.
func (d *doc) descriptionSpeakers(units []Quote) {
	for i := range units {
		q := &units[i]
		if q.Speaker == "" || q.SpeakerStart < 0 || q.SpeakerEnd > len(d.text) {
			continue
		}
		phrase := d.text[q.SpeakerStart:q.SpeakerEnd]
		head, mods, ok := roleDescription(phrase)
		if !ok {
			continue
		}
		if strings.EqualFold(q.Speaker, phrase) {
			// The description left as it stands: a person the text
			// titled so earlier ("Pastor Ana Lind" ... "the pastor").
			if name := d.roleHolderBefore(head, mods, q.SpeakerStart); name != "" {
				q.Speaker = name
			}
			continue
		}
		if !d.isPerson(q.Speaker) || d.holdsRole(q.Speaker, head, mods) {
			continue
		}
		if name := d.roleHolderBefore(head, mods, q.SpeakerStart); name != "" {
			q.Speaker = name
			continue
		}
		if name := d.describedEntity(phrase, q.SpeakerStart); name != "" {
			q.Speaker = name
			continue
		}
		q.Speaker = phrase
	}
	d.theyAfterPlural(units)
}

// theyAfterPlural gives a unit whose source is "they" the speaker of the
// latest source before it, in its sentence or the two before, when that
// source is a plural description left as it stands ("the companies",
// "both banks"): "Velkor said ... 'X,' the companies said. Y, they said"
// is the companies', not Velkor's, whom the pronoun rules found as the
// latest named source. The analyze path only.
func (d *doc) theyAfterPlural(units []Quote) {
	for i := range units {
		q := &units[i]
		if q.SpeakerStart < 0 || q.SpeakerEnd > len(d.text) || !strings.EqualFold(d.text[q.SpeakerStart:q.SpeakerEnd], "they") {
			continue
		}
		lo := d.sentStart(max(d.sentenceAt(q.SpeakerStart)-2, 0))
		best := -1
		for j := range units {
			p := units[j]
			if p.SpeakerStart < lo || p.SpeakerStart >= q.SpeakerStart || p.SpeakerEnd > len(d.text) ||
				best >= 0 && p.SpeakerStart <= units[best].SpeakerStart {
				continue
			}
			best = j
		}
		if best < 0 {
			continue
		}
		p := units[best]
		phrase := d.text[p.SpeakerStart:p.SpeakerEnd]
		if !strings.EqualFold(p.Speaker, phrase) {
			continue // a name, or a description resolved to one
		}
		for _, w := range strings.Fields(lower(phrase)) {
			if pluralBodies[w] {
				q.Speaker = p.Speaker
				break
			}
		}
	}
}

// pluralBodies are plural organisations "they" may stand for ("the two
// companies said ... they said").
var pluralBodies = set("companies", "firms", "banks", "airlines", "carriers", "automakers", "retailers",
	"insurers", "lenders", "unions", "governments", "ministries")

// roleDescription reads a definite description of a role: "the" (any
// case), words of letters and hyphens, a role noun last ("the senior
// judge", "the District Attorney"). It returns the head noun and every
// word in lower case (for hasRoles).
func roleDescription(phrase string) (head string, words []string, ok bool) {
	f := strings.Fields(phrase)
	if len(f) < 2 || len(f) > 5 || lower(f[0]) != "the" {
		return "", nil, false
	}
	for _, w := range f[1:] {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' {
				return "", nil, false
			}
		}
	}
	head = lower(f[len(f)-1])
	if !roleNouns[head] && !personRoleNouns[head] || orgRoleNouns[head] {
		return "", nil, false
	}
	return head, strings.Fields(lower(phrase)), true
}

// orgRoleNouns are role nouns that describe a body or a document rather
// than a person ("the ministry", "the statement"): other rules name them.
var orgRoleNouns = set("campaign", "source", "statement", "ministry", "government", "administration",
	"kremlin", "report")

// roleHolderBefore returns the latest person mentioned before byte p,
// outside quotations and within maxDescriptionBack mentions, whom the
// text gives the role head with the modifiers of mods, else "".
func (d *doc) roleHolderBefore(head string, mods []string, p int) string {
	i := d.mentionBefore(p)
	for n := 0; i >= 0 && n < maxDescriptionBack; i, n = i-1, n+1 {
		if m := d.mentions[i]; m.Type == core.Person && !d.inQuote(m.Start) && d.hasRoleAt(m, head, mods) {
			return m.Name
		}
	}
	return ""
}

// personRoleNouns are roles of persons besides roleNouns that a
// description may name ("the pastor", "the coroner").
var personRoleNouns = set("pastor", "priest", "rabbi", "imam", "bishop", "reverend", "doctor", "officer",
	"detective", "sergeant", "lieutenant", "captain", "coach", "coroner", "superintendent", "constable",
	"representative", "spokesperson")

// isPerson reports whether name is the canonical name of a person the
// resolver found in the text.
func (d *doc) isPerson(name string) bool {
	for _, m := range d.mentions {
		if m.Name == name {
			return m.Type == core.Person
		}
	}
	return false
}

// holdsRole reports whether the text gives the person name the role head
// (with the phrase's role-like modifiers) at any of its mentions.
func (d *doc) holdsRole(name, head string, mods []string) bool {
	for _, m := range d.mentions {
		if m.Name == name && d.hasRoleAt(m, head, mods) {
			return true
		}
	}
	return false
}

// hasRoleAt reports whether mention m's entity has the role head (with
// the role-like modifiers of mods), or the word just before m is the head
// as a title ("District Attorney Steve Cooley", "Judge Ana Lind"): a
// title in capitals the entity layer does not list among the roles.
func (d *doc) hasRoleAt(m Mention, head string, mods []string) bool {
	if hasRoles(m.Roles, head, mods) {
		return true
	}
	if m.Start <= 0 || m.Start > len(d.text) {
		return false
	}
	if r, _ := decodeLastAt(d.text, m.Start); !unicode.IsSpace(r) {
		return false
	}
	before := strings.Fields(d.text[max(0, m.Start-40):m.Start])
	if len(before) == 0 {
		return false
	}
	t := lower(before[len(before)-1])
	return t == head || titleRoles[t][head]
}

// titleRoles maps an abbreviated or clerical title before a name to the
// role nouns a later description may use for its bearer ("the Rev. Ana
// Lind" ... "the pastor").
var titleRoles = map[string]map[string]bool{
	"rev.": set("pastor", "minister", "priest", "reverend"), "rev": set("pastor", "minister", "priest", "reverend"),
	"reverend": set("pastor", "minister", "priest"), "father": set("priest", "pastor"),
	"sen.": set("senator", "lawmaker"), "rep.": set("congressman", "congresswoman", "lawmaker", "representative"),
	"gov.": set("governor"), "gen.": set("general", "commander"), "adm.": set("admiral", "commander"),
	"dr.": set("doctor"), "sgt.": set("sergeant", "officer"), "lt.": set("lieutenant", "officer"),
	"det.": set("detective", "officer"), "const.": set("constable", "officer"), "supt.": set("superintendent", "officer"),
}

// insideSources takes the speaker off each indirect unit whose source
// lies inside its own content while its cue does not: a name the content
// mentions is no one who said it ("unsubstantiated allegations [that X
// met Y]" is not X's). An attribution set inside the content ("[It was
// the fans, X said, that ...]", "[He was, according to the Times, the
// last ...]") keeps its source.
func (d *doc) insideSources(units []Quote) {
	for i := range units {
		q := &units[i]
		if q.Direct || q.SpeakerStart < q.Start || q.SpeakerEnd > q.End || q.SpeakerStart >= q.SpeakerEnd || q.End > len(d.text) {
			continue
		}
		if cue := lower(strings.TrimSpace(q.Cue)); cue != "" && strings.Contains(lower(d.text[q.Start:q.End]), cue) {
			continue
		}
		q.Speaker, q.SpeakerStart, q.SpeakerEnd = "", -1, -1
	}
}
