package quotes

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/sentence"
)

// pressWords mark an organisation's name as a newspaper's, news agency's
// or broadcaster's ("The Anchorage Daily News"), for "the newspaper said".
var pressWords = set("times", "post", "news", "journal", "herald", "tribune", "gazette", "daily",
	"telegraph", "globe", "star", "chronicle", "inquirer", "observer", "guardian", "press",
	"reuters", "agency", "newspaper", "magazine", "television", "tv", "radio", "bbc", "cnn")

// pressNouns are descriptions of a newspaper or news outlet.
var pressNouns = set("newspaper", "paper", "daily", "magazine", "outlet", "broadcaster", "network", "tabloid")

// orgDescriptionNouns describe an organisation by a word its name holds
// ("the ministry" -> "Ministry of Defence", "the committee" -> "House
// Natural Resources Committee").
var orgDescriptionNouns = set("ministry", "committee", "agency", "company", "department", "office",
	"council", "commission", "court", "bank", "union", "party", "church", "group", "organization",
	"organisation", "association", "institute", "foundation", "board", "bureau", "service",
	"administration", "authority", "club", "team", "university", "school", "hospital", "firm")

// describedEntity resolves a description standing as a source ("the
// pastor", "the newspaper", "the committee") to a named entity mentioned
// before byte p, outside quotations: a person the text gave that role
// ("Pastor Ana Lind", "Lind, the pastor"), a news organisation for a
// press noun, an organisation whose name holds the noun. It looks back
// over at most maxDescriptionBack mentions and returns "" when none fits,
// and for an indefinite description ("a Republican", "an aide"), which
// brings in someone new (indefinite.go).
func (d *doc) describedEntity(phrase string, p int) string {
	words := strings.Fields(lower(phrase))
	if len(words) < 2 || !dets[words[0]] && words[0] != "the" || isIndefinite(words[0]) {
		return "" // "a New Hampshire Republican said": someone new, not the Republican named before
	}
	head := possessiveHead(strings.Trim(words[len(words)-1], ",.;:"))
	i := d.mentionBefore(p)
	for n := 0; i >= 0 && n < maxDescriptionBack; i, n = i-1, n+1 {
		m := d.mentions[i]
		if d.inQuote(m.Start) {
			continue
		}
		switch m.Type {
		case core.Person:
			for _, r := range m.Roles {
				if r == head {
					return m.Name
				}
			}
		case core.Organisation:
			name := strings.Fields(lower(m.Name))
			if pressNouns[head] {
				for _, w := range name {
					if pressWords[w] {
						return m.Name
					}
				}
			} else if orgDescriptionNouns[head] {
				for _, w := range name {
					if w == head {
						return m.Name
					}
				}
			}
		}
	}
	if businessNouns[head] {
		return d.recentOrganisation(p, words[1:len(words)-1])
	}
	return ""
}

// businessNouns describe an organisation by its kind, a word its name
// seldom holds ("the company" of "Comelf", "the agency" of "NASA", "the
// news organization" of "CNBC").
var businessNouns = set("company", "firm", "agency", "organization", "organisation", "carrier", "airline",
	"automaker", "carmaker", "retailer", "insurer", "lender", "manufacturer", "maker", "conglomerate",
	"startup", "network", "broadcaster", "utility", "operator", "exporter", "producer", "chain")

// recentOrganisation names the organisation a kind noun ("the company")
// stands for at byte p: of the organisations the text names outside
// quotations in p's sentence and the three before it, the one named most
// often before p (the latest on a tie). A news organisation ("Reuters",
// "the Times") is taken only when the description says "news" (mods, the
// words between "the" and the noun): "the company said" after "Reuters
// reported" is not Reuters. "" when none.
func (d *doc) recentOrganisation(p int, mods []string) string {
	press := false
	for _, w := range mods {
		press = press || w == "news"
	}
	count := map[string]int{}
	for i := d.mentionBefore(p); i >= 0; i-- {
		if m := d.mentions[i]; m.Type == core.Organisation && !d.inQuote(m.Start) {
			count[m.Name]++
		}
	}
	lo := d.sentStart(max(d.sentenceAt(p)-3, 0))
	best, bestN := "", 0
	for i := d.mentionBefore(p); i >= 0 && d.mentions[i].Start >= lo; i-- {
		m := d.mentions[i]
		if m.Type != core.Organisation || d.inQuote(m.Start) || !press && isPressName(m.Name) {
			continue
		}
		if n := count[m.Name]; n > bestN {
			best, bestN = m.Name, n
		}
	}
	return best
}

// isPressName reports whether an organisation's name is a newspaper's,
// news agency's or broadcaster's (pressWords).
func isPressName(name string) bool {
	for _, w := range strings.Fields(lower(name)) {
		if pressWords[w] {
			return true
		}
	}
	return false
}

// maxDescriptionBack bounds how far back describedEntity looks, in
// mentions.
const maxDescriptionBack = 60

// ageNouns may follow an age description ("the 61-year-old man"); the
// gendered ones tell which person it is.
var ageNouns = map[string]string{"man": "he", "woman": "she", "boy": "he", "girl": "she",
	"mother": "she", "father": "he", "veteran": "", "player": "", "driver": "", "suspect": "",
	"victim": "", "actress": "she", "actor": "he", "star": "", "champion": ""}

// ageDescription reads "the 29-year-old" (also ECB+'s "the 29 - year -
// old") at toks[k:], with one noun after it at most ("the 61-year-old
// man"), and names the person it describes: the latest person mention
// before it, outside quotations, within the three sentences before; a
// gendered noun skips persons of the other gender. A person mention right
// after it ("the 24-year-old Marenko") is the one it names. ok is false when
// toks[k:] holds no age description or no person fits.
func (d *doc) ageDescription(toks []sentence.Token, k int) (attribution, bool) {
	if k+1 >= len(toks) || lower(toks[k].Text) != "the" {
		return attribution{}, false
	}
	e := k + 1
	switch w := lower(toks[e].Text); {
	case strings.HasSuffix(w, "-year-old") && unicode.IsDigit(firstRune(w)):
		e++
	case unicode.IsDigit(firstRune(w)) && e+4 < len(toks) && toks[e+1].Text == "-" && lower(toks[e+2].Text) == "year" && toks[e+3].Text == "-" && lower(toks[e+4].Text) == "old":
		e += 5
	default:
		return attribution{}, false
	}
	pron := "they"
	if e < len(toks) {
		if p, ok := ageNouns[lower(toks[e].Text)]; ok {
			if p != "" {
				pron = p
			}
			e++
		}
	}
	a := toks[k].Start
	if e < len(toks) {
		// "the 24-year-old Marenko": the age premodifies the name after
		// it, which the description names (not the person before).
		if m := d.mentionStartingAt(toks[e].Start); m >= 0 && d.mentions[m].Type == core.Person && !d.inQuote(toks[e].Start) {
			return attribution{speaker: d.mentions[m].Name, sStart: a, sEnd: d.mentions[m].End}, true
		}
	}
	lo := d.sentStart(max(d.sentenceAt(a)-3, 0))
	for i := d.mentionBefore(a); i >= 0 && d.mentions[i].Start >= lo; i-- {
		m := d.mentions[i]
		if m.Type != core.Person || d.inQuote(m.Start) || pron != "they" && !m.fitsPronoun(pron) {
			continue
		}
		return attribution{speaker: m.Name, sStart: a, sEnd: toks[e-1].End}, true
	}
	return attribution{}, false
}
