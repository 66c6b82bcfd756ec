package events

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// Rules of the twenty-third pass (events5): a subject act noun reported in
// the passive ("Heavy fighting was reported"), an apposition between a
// passive's victim and its verb ("three girls, all under 18, were
// stabbed"), the side that died in a clash ("Fifty Russians die in clash
// with rebels") and force not ruled out ("would not rule out the use of
// military force", a threat).

// reportedAct reports "was/were reported" or "has/have been reported"
// at k: the act noun before it is reported as done ("Heavy fighting was
// reported near the border"), unlike "the attack was condemned".
func reportedAct(low []string, k int) bool {
	if k+1 < len(low) && (low[k] == "was" || low[k] == "were") && low[k+1] == "reported" {
		return true
	}
	return k+2 < len(low) && (low[k] == "has" || low[k] == "have") && low[k+1] == "been" && low[k+2] == "reported"
}

// ownVictim returns the victim noun heading the subject of the agentless
// passive at i (passiveVictim) in place of target, a bare word that
// actor found before that subject's clause, a verb between ("The guards
// fled and three boys were stabbed": boys, not guards). A name found stays ("Two Norland
// soldiers were killed": Norland).
func ownVictim(toks []sentence.Token, low []string, i int, ms []quotes.Mention, target string) string {
	v := passiveVictim(toks, low, i)
	if v == "" || v == target || strings.Contains(target, " ") {
		return target
	}
	for _, m := range ms {
		if m.Name == target {
			return target
		}
	}
	h := passiveHead(low, i)
	if h < 0 || toks[h].Text != v {
		return target
	}
	for k := h - 1; k >= 0; k-- {
		if w := low[k]; strings.HasSuffix(w, "ed") && len(w) > 4 || subjectVerbs[w] || w == "said" || w == "says" {
			for q := k - 1; q >= 0; q-- {
				if toks[q].Text == target {
					return v // a verb parts the bare word from the subject: another clause's
				}
			}
			return target
		}
	}
	return target // "police, soldiers and civilians were killed": one list
}

// appositionOpens open a short phrase set off by commas after a victim
// noun ("three girls, all under 18, were stabbed").
var appositionOpens = map[string]bool{"all": true, "both": true, "each": true, "most": true,
	"many": true, "some": true, "several": true, "aged": true, "ages": true, "one": true}

// appositionStart returns the index of the comma opening an apposition
// that ends just before k (low[k-1] is its closing comma), or -1. The
// phrase is at most six words, opened by a quantifier or "aged", with no
// verb in -ed and no other comma in it.
func appositionStart(low []string, k int) int {
	if k < 4 || low[k-1] != "," {
		return -1
	}
	for j := k - 2; j >= 1 && k-1-j <= 7; j-- {
		w := low[j]
		if w == "," {
			if j+1 < k-1 && appositionOpens[low[j+1]] {
				return j
			}
			return -1
		}
		if strings.HasSuffix(w, "ed") && w != "aged" || victimStops[w] {
			return -1
		}
	}
	return -1
}

// casualtyVerbs report a death or an injury: a side that suffered them "in
// clash(es) with" another fought it.
var casualtyVerbs = map[string]bool{"die": true, "died": true, "dies": true, "killed": true,
	"wounded": true, "injured": true, "hurt": true}

// clashSides returns the side whose dead or wounded are the subject of a
// sentence that puts them "in (a) clash with" another, and that other
// ("Fifty Russians die in clash with rebels": Fifty Russians fought
// rebels). The subject opens the sentence, at most four words, and heads
// on a group of fighters or a plural of nationality ("Russians", which
// stands as the group: the dead are not the state's act); the other is a
// name or a group right after "with". ok is false otherwise.
func clashSides(text string, t trigger, toks []sentence.Token, low []string, m match, ms []quotes.Mention, s sentence.Sentence) (actor, target string, ok bool) {
	if t.typ != "fight" || m.end >= len(low) || low[m.end] != "with" {
		return "", "", false
	}
	in := -1
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		if low[k] == "in" || low[k] == "during" {
			in = k
			break
		}
		if !determiners[low[k]] && !subjectModifiers[low[k]] {
			return "", "", false
		}
	}
	if in < 2 {
		return "", "", false
	}
	v := in - 1
	if !casualtyVerbs[low[v]] {
		return "", "", false
	}
	h := v - 1
	if low[h] == "were" || low[h] == "are" || low[h] == "been" {
		h--
		if h >= 0 && (low[h] == "have" || low[h] == "had") {
			h--
		}
	}
	if h < 0 || h > 3 {
		return "", "", false
	}
	for k := 0; k < h; k++ {
		if !isWord(toks[k].Text) || preps[low[k]] {
			return "", "", false
		}
	}
	head := toks[h].Text
	if !fighterPlural(head, low[h]) && !groupMention(ms, toks[h]) {
		return "", "", false
	}
	start := 0
	if low[0] == "the" || low[0] == "some" {
		start = 1
	}
	actor = text[toks[start].Start:toks[h].End]
	for _, mm := range mentionsIn(ms, toks[m.end].End, s.End) {
		if mm.Start <= toks[min(m.end+3, len(toks)-1)].Start {
			target = actorName(text, mm)
		}
		break
	}
	if target == "" {
		for q := m.end + 1; q < len(toks) && q <= m.end+3; q++ {
			if w := low[q]; groups[w] || militaryWords[w] || irregulars[w] || armedGroups[w] {
				target = toks[q].Text
				break
			}
		}
	}
	return actor, target, true
}

// fighterPlural reports a subject head that may fight: a group of
// fighters ("soldiers", "rebels") or a capitalised plural of nationality
// ("Russians", "Chechens", "Israelis").
func fighterPlural(w, lw string) bool {
	if militaryWords[lw] || irregulars[lw] || armedGroups[lw] || protesters[lw] || lw == "soldiers" || lw == "policemen" {
		return true
	}
	r := []rune(w)
	if len(r) < 4 || !unicode.IsUpper(r[0]) || !strings.HasSuffix(w, "s") || !isWord(w) {
		return false
	}
	sg := strings.TrimSuffix(w, "s")
	if _, ok := quotes.State(sg); ok {
		return true
	}
	return demonymLike(sg)
}

// groupMention reports a plural name the resolver typed MISC, a people
// ("Chechens").
func groupMention(ms []quotes.Mention, tok sentence.Token) bool {
	for _, m := range mentionsIn(ms, tok.Start, tok.End) {
		if m.Type == core.Misc && strings.HasSuffix(tok.Text, "s") {
			return true
		}
	}
	return false
}

// forceObjects name force or a punishment that may be threatened.
var forceObjects = map[string]bool{"force": true, "strike": true, "strikes": true,
	"airstrike": true, "airstrikes": true, "attack": true, "attacks": true, "war": true, "invasion": true,
	"intervention": true, "retaliation": true, "sanctions": true, "troops": true}

// forceNotRuledOut reports "would not rule out", "refused to rule out"
// the use of force, military action, strikes, war or sanctions: CAMEO
// codes declining to rule out force a threat (13), not a rejection. The
// object is read up to the clause's end (a comma, "but", "if", "to ...").
func forceNotRuledOut(t trigger, low []string, m match) bool {
	from := m.end
	switch {
	case m.end-m.start == 2 && low[m.end-1] == "out" && strings.HasPrefix(low[m.start], "rul"):
		if !negated(low, m.start) && !refused(low, m.start) {
			return false
		}
	case m.end-m.start == 1 && refusals[low[m.start]] && m.end+2 < len(low) && low[m.end] == "to" && low[m.end+1] == "rule" && low[m.end+2] == "out":
		from = m.end + 3 // "refused to rule out military action": the refusal is the threat
	default:
		return false
	}
	for k := from; k < len(low) && k < from+7; k++ {
		w := low[k]
		if w == "," || w == ";" || w == "but" || w == "if" || w == "unless" || w == "that" || w == "." {
			return false
		}
		if forceObjects[w] || w == "action" && k > from && low[k-1] == "military" {
			return true
		}
	}
	return false
}
