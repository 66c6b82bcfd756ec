package quotes

// Persons over bodies in a source phrase: the person a phrase names speaks,
// not the organisation or place that describes them ("Harrison County,
// Miss., coroner Ana Lind", "Tom Reyes, Deputy Officer at Velsk Fire and
// Rescue Service says").

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/core"
)

// titleGapWords may not stand between a body heading a source phrase and
// the person ending it: they join other people or relations ("Acme, and
// its chief Ana Lind", "Acme, the firm of Tom Reyes").
var titleGapWords = set("and", "or", "with", "whose", "who", "which", "that", "of", "by", "for",
	"to", "from", "including", "like", "than", "as", "its", "his", "her", "their", "against", "after",
	"before", "on", "over", "about")

// titledPersonEnding returns the person mention ending the source phrase
// text[hb:b], after the comma closing a body's name at hb, when only a
// place or title words stand before it ("Harrison County, Miss., coroner
// Ana Lind": the coroner speaks, not the county). -1 when none.
func (d *doc) titledPersonEnding(hb, b int) int {
	p := d.mentionEndingAt(b)
	if p < 0 || d.mentions[p].Type != core.Person || d.mentions[p].Start <= hb {
		return -1
	}
	gap := d.text[hb:d.mentions[p].Start]
	if strings.ContainsAny(gap, "\"“”;:()") {
		return -1
	}
	for _, w := range strings.Fields(gap) {
		if titleGapWords[lower(strings.Trim(w, ",."))] {
			return -1
		}
	}
	return p
}

// personOverBody gives at to the person its source phrase is the tail
// of a body's name for ("Tom Reyes, Officer at Velsk Fire and [Rescue
// Service] says"); at unchanged otherwise.
func (d *doc) personOverBody(at attribution) attribution {
	if at.sEnd <= at.sStart || at.sEnd > len(d.text) || d.holdsPerson(at.sStart, at.sEnd) {
		return at
	}
	if pronouns[lower(strings.TrimSpace(d.text[at.sStart:at.sEnd]))] {
		return at
	}
	if p := d.personBeforeBodyRun(at.sStart, at.sEnd); p >= 0 {
		at.speaker = d.mentions[p].Name
	}
	return at
}

// commonTitleBefore reports whether a lower-case title noun stands just
// before mention p ("coroner Mira Holt"): a head tagged as a person before
// it ("Orvik County, Del., coroner Mira Holt") is then the place.
func (d *doc) commonTitleBefore(p int) bool {
	f := strings.Fields(d.text[max(0, d.mentions[p].Start-40):d.mentions[p].Start])
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return len(w) > 2 && strings.ToLower(w) == w && startsWord(w) && !titleGapWords[w] && !stopSubjects[w]
}

// holdsPerson reports whether a person mention lies in text[a:b].
func (d *doc) holdsPerson(a, b int) bool {
	for j := max(d.mentionBefore(a)+1, 0); j < len(d.mentions) && d.mentions[j].Start < b; j++ {
		if d.mentions[j].Start >= a && d.mentions[j].Type == core.Person {
			return true
		}
	}
	return false
}

// orgTailWords may stand in the tail of a body's name after a preposition
// ("at Velsk Fire and Rescue Service", "of the Port of Velsk").
var orgTailWords = set("and", "&", "of", "the", "for", "at", "-", "'s")

// personBeforeBodyRun returns the person a source run that is the tail of
// a body's name describes: "Tom Reyes, Deputy Officer at Velsk Fire and
// [S Rescue Service] says" names Tom Reyes. From the person to the run's
// end (text[a:b]) stand only a comma, a title (capitalised words or role
// nouns), a preposition and the body's name words. -1 when none.
func (d *doc) personBeforeBodyRun(a, b int) int {
	si := d.sentenceAt(a)
	if si < 0 {
		return -1
	}
	lo := d.sents[si].Start
	k := d.mentionBefore(a)
	for ; k >= 0 && d.mentions[k].Start >= lo; k-- {
		if d.mentions[k].Type == core.Person {
			break
		}
	}
	if k < 0 || d.mentions[k].Start < lo || a-d.mentions[k].End > 120 {
		return -1
	}
	gap := d.text[d.mentions[k].End:b]
	if !strings.HasPrefix(gap, ",") || strings.Count(gap, ",") > 1 || strings.ContainsAny(gap, "\"“”;:()") {
		return -1
	}
	words := strings.Fields(gap[1:])
	prep := -1
	for i, w := range words {
		lw := lower(w)
		switch {
		case lw == "at" || lw == "of" || lw == "for" || lw == "with":
			if prep < 0 {
				prep = i
			}
		case isCapitalised(w), roleNouns[lw], lw == "a", lw == "an", lw == "the":
		case prep >= 0 && orgTailWords[lw]:
		default:
			return -1
		}
	}
	if prep <= 0 {
		return -1
	}
	return k
}

// isCapitalised reports whether w opens with an upper-case letter.
func isCapitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// attribute finds the attribution of a quotation by the hand-written rules
// (attributeRaw), its speaker given to the person a body's name describes.
func (d *doc) attribute(a, b int, after bool) (attribution, bool) {
	at, ok := d.attributeRaw(a, b, after)
	if ok {
		at = d.personOverBody(at)
	}
	return at, ok
}

// continuedBetween reports whether text[a:b], between one quotation and
// the next, is itself quoted speech whose closing mark never came: it
// opens a mark and closes none, the way a quotation running over
// paragraphs reopens each paragraph with an opening mark and closes only
// the last ("“A,” Lind said. “B. C. “D.”": D is still Lind's).
func continuedBetween(text string, a, b int) bool {
	if a < 0 || b > len(text) || a >= b || b-a > 1000 {
		return false
	}
	gap := strings.TrimRight(text[a:b], " \t\r\n“") // the next quotation's own mark
	i := strings.LastIndex(gap, "“")
	if i < 0 || strings.Contains(gap[i:], "”") || strings.Contains(gap[i:], "\"") {
		return false
	}
	return len(strings.Fields(gap[i:])) >= 4
}

// widenToTitle widens a source run that is only the object of a
// preposition hanging on a title ("Israel's ambassador to the [S United
// States] said") to the title's phrase, which names the speaker. The
// phrase must open its sentence or follow a comma, and hold a role noun;
// only capitalised words, role nouns, determiners and possessives stand
// in it. r unchanged otherwise.
func (d *doc) widenToTitle(r tagRun) tagRun {
	if r.kind == 0 || r.a <= 0 || r.a >= len(d.toks) {
		return r
	}
	text := func(i int) string { return d.toks[i].Text }
	possess := func(w string) bool {
		return w == "'s" || w == "’s" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
	}
	i := r.a
	for i > 0 && r.a-i < 4 && (dets[lower(text(i-1))] || isCap(text(i-1))) {
		i--
	}
	if i == 0 {
		return r
	}
	switch lower(text(i - 1)) {
	case "to", "of", "at", "for":
	default:
		return r
	}
	si := d.sentenceAt(d.toks[r.a].Start)
	if si < 0 {
		return r
	}
	k, role := i-1, false
	for k > 0 && i-1-k < 6 && d.toks[k-1].Start >= d.sents[si].Start {
		w := text(k - 1)
		lw := lower(w)
		switch {
		case roleNouns[lw]:
			role = true
		case isCap(w), possess(w), dets[lw] && lw != "that":
		default:
			goto done
		}
		k--
	}
done:
	if !role || k == i-1 {
		return r
	}
	if k > 0 && d.toks[k-1].Start >= d.sents[si].Start && text(k-1) != "," {
		return r
	}
	return tagRun{kind: r.kind, a: k, b: r.b}
}

// roleOfBody returns the person holding the role a source phrase
// text[a:b] describes when it is "[the] ROLE of|at|for BODY" ("Tom
// LaSorda, the president of Chrysler announced"): a person mention the
// role words themselves stand for (a description the resolver linked), else
// the person the phrase is an apposition to. -1 otherwise: the body does
// not speak for the person holding a role in it.
func (d *doc) roleOfBody(a, b int) int {
	toks := d.tokensIn(a, b)
	i := 0
	if i < len(toks) && (lower(toks[i].Text) == "the" || lower(toks[i].Text) == "its") {
		i++
	}
	role := i
	for i < len(toks) && (roleNouns[lower(toks[i].Text)] || titleWords[lower(toks[i].Text)]) {
		i++
	}
	if i == role || i+1 >= len(toks) {
		return -1
	}
	switch lower(toks[i].Text) {
	case "of", "at", "for":
	default:
		return -1
	}
	roleEnd := toks[i-1].End
	for j := max(d.mentionBefore(a)+1, 0); j < len(d.mentions) && d.mentions[j].Start < roleEnd; j++ {
		if m := d.mentions[j]; m.Start >= a && m.End <= roleEnd && m.Type == core.Person {
			return j // "the president" linked to its holder
		}
	}
	return d.personBeforeBodyRun(a, b)
}
