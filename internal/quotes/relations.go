package quotes

// Sources whose words name someone who is not the speaker: a relation's
// "of" phrase ("the daughter of Ana Lind said": the daughter speaks, not
// Lind) and the object of a verb the source run took in ("Lind called the
// chief executive, Tom Reyes, 'driven' and asserted [...]": Lind speaks,
// not Reyes).

import (
	"regexp"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// relationNouns are nouns of kinship and company that name a person by
// someone else ("the daughter of", "a friend of").
var relationNouns = set("daughter", "son", "wife", "husband", "mother", "father", "widow", "widower",
	"sister", "brother", "grandson", "granddaughter", "grandmother", "grandfather", "niece", "nephew",
	"cousin", "uncle", "aunt", "parents", "children", "stepson", "stepdaughter", "stepmother",
	"stepfather", "fiancee", "fiancée", "fiance", "fiancé", "girlfriend", "boyfriend", "friend",
	"daughters", "sons", "brothers", "sisters", "friends")

// appositionGap is what stands between a name and its apposition: a comma,
// and an age set off by commas ("Lind, 35, the daughter of").
var appositionGap = regexp.MustCompile(`^\s*,\s*(?:\d{1,3}\s*,\s*)?$`)

// relationSource names the source run r when it opens with a
// relation and its "of" ("the daughter of X", "a son of X"): the person
// the phrase is an apposition to ("Lind, 35, the daughter of X, said"),
// else the phrase itself. ok is false for any other phrase.
func (d *doc) relationSource(r tagRun) (string, bool) {
	if r.b-r.a < 4 || r.b > len(d.toks) {
		return "", false
	}
	t := d.toks[r.a : r.a+3]
	if !strings.EqualFold(t[0].Text, "the") && !isIndefinite(t[0].Text) || !relationNouns[t[1].Text] || t[2].Text != "of" {
		return "", false
	}
	a, b := t[0].Start, d.toks[r.b-1].End
	if i := d.mentionBefore(a); i >= 0 {
		if m := d.mentions[i]; m.Type == core.Person && m.End <= a && appositionGap.MatchString(d.text[m.End:a]) {
			return m.Name, true
		}
	}
	return joinSpacedHyphens(trimRelative(strings.TrimSpace(d.text[a:b]))), true
}

// objectVerbs are verbs that take a person as object and a complement
// ("called X 'driven'", "praised X as"): a source run that takes one in
// ends before it.
var objectVerbs = set("called", "praised", "described", "labeled", "labelled", "dubbed", "branded",
	"thanked", "accused", "criticized", "criticised", "blamed", "urged", "named", "hailed", "lauded",
	"slammed", "attacked", "congratulated", "endorsed", "defended", "mocked")

// subjectBeforeVerb returns the person or organisation mention that ends
// right before a lower-case verb of objectVerbs inside the source run
// [r.a, r.b), the run's subject ("[S Mr. Lind called the chief executive,
// Tom Reyes]" -> Lind); -1 when the run holds no such verb.
func (d *doc) subjectBeforeVerb(r tagRun) int {
	for i := r.a + 1; i < r.b-1 && i < len(d.toks); i++ {
		t := d.toks[i].Text
		if !objectVerbs[t] {
			continue
		}
		m := d.mentionEndingAt(d.toks[i-1].End)
		if m >= 0 && d.mentions[m].Start >= d.toks[r.a].Start && d.mentions[m].End == d.toks[i-1].End &&
			(d.mentions[m].Type == core.Person || d.mentions[m].Type == core.Organisation) {
			return m
		}
		return -1
	}
	return -1
}

// sourceNounFromCue moves the lower-case group or role nouns that open a
// cue right after the source into the source ("[S Cumbria] [C police
// announced]" -> "[S Cumbria police] [C announced]"): the name of a place
// or body the source ends on only modifies who speaks. The cue keeps at
// least one word.
func (d *doc) sourceNounFromCue(src, cue tagRun) (tagRun, tagRun) {
	if src.kind == 0 || cue.kind == 0 || cue.a != src.b || src.b > len(d.toks) {
		return src, cue
	}
	if m := d.mentionEndingAt(d.toks[src.b-1].End); m < 0 || d.mentions[m].End != d.toks[src.b-1].End {
		return src, cue // only a name modifies the nouns ("Cumbria police"), not "[S Federal] [C agencies proposing]"
	}
	n := cue.a
	for n < cue.b-1 && n < len(d.toks) {
		t := d.toks[n].Text
		if !groupNouns[t] && !roleNouns[t] && !personRoleNouns[t] {
			break
		}
		n++
	}
	if n == cue.a {
		return src, cue
	}
	src.b, cue.a = n, n
	return src, cue
}

// marketGroups are plural sources of market reports that "they" may stand
// for ("dealers said ... They said"), besides groupNouns.
var marketGroups = set("dealers", "traders", "brokers", "bankers", "farmers", "growers", "exporters",
	"importers", "merchants", "millers", "buyers", "sellers", "producers")

// appositionContent reports whether the indirect unit q is the apposition
// to a speaker named after a reporting verb ("..., said Ana Lind,
// [executive director of the Velsk Fund, whose members ...]"): the content
// follows the name and a comma and opens with a role noun phrase ("executive director of", "a
// lawyer for"). The statement came before; what follows the name only
// says who she is.
func (d *doc) appositionContent(q Quote) bool {
	if q.Direct || q.Start <= 0 || q.End > len(d.text) {
		return false
	}
	before := strings.TrimRight(d.text[:q.Start], " ")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	m := d.mentionEndingAt(len(before) - 1)
	if m < 0 || d.mentions[m].End != len(before)-1 || d.mentions[m].Type != core.Person {
		return false
	}
	k := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= d.mentions[m].Start }) - 1
	if k < 0 {
		return false
	}
	if _, verb := lookupVerb(d.toks[k].Text); !verb {
		return false // the name must follow a reporting verb ("said Ana Lind,")
	}
	f := strings.Fields(d.text[q.Start:q.End])
	for i := 0; i < len(f)-1 && i < 4; i++ {
		w := lower(strings.Trim(f[i], ",'\"’"))
		if i == 0 && (dets[w] || w == "the") {
			continue
		}
		if roleNouns[w] || personRoleNouns[w] || indefiniteHeads[w] {
			if next := lower(f[i+1]); strings.HasSuffix(f[i], ",") || next == "of" || next == "for" || next == "at" || next == "with" || next == "in" {
				return true
			}
			continue // "executive director of": a modifier
		}
		if _, verb := lookupVerb(w); verb || !startsWord(w) || stopSubjects[w] {
			return false
		}
	}
	return false
}
