package events

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// Actor rules of the fifth session (issue 3): who does not act in a
// sentence although a name stands before the trigger.

// reportVerbs open a reported clause after the speaker's name.
var reportVerbs = map[string]bool{"say": true, "says": true, "said": true, "told": true,
	"tells": true, "added": true, "stated": true, "reported": true, "wrote": true,
	"tweeted": true, "announced": true, "confirmed": true}

// selfWords in a reported clause name the speaker's own side ("the
// country", "the government").
var selfWords = map[string]bool{"country": true, "government": true, "state": true,
	"nation": true, "regime": true, "administration": true, "kingdom": true,
	"republic": true, "ministry": true, "leadership": true}

// reportedSubject reports a speech verb right after the mention ending at
// byte p whose reported clause, before the trigger at token i, has a
// common noun for its subject ("Vancouver Police say the disgruntled man
// ... opened fire", "the governor told state television that rescue
// teams have been deployed"): the speaker is not the actor. group is the
// clause's group noun when it has one ("officials said that troops
// attacked": "troops").
func reportedSubject(toks []sentence.Token, p, i int) (group string, ok bool) {
	j := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= p })
	for k := j; k < i && k < j+4; k++ {
		lw := strings.ToLower(toks[k].Text)
		if !reportVerbs[lw] {
			continue
		}
		q := k + 1
		if lw == "told" || lw == "tells" {
			for q < i && strings.ToLower(toks[q].Text) != "that" {
				q++
			}
		}
		if q < i && strings.ToLower(toks[q].Text) == "that" {
			q++
		}
		if q >= i-1 {
			return "", false // "said the attack": the trigger is the clause's noun
		}
		first := toks[q].Text
		lf := strings.ToLower(first)
		if !(lf == "the" || lf == "a" || lf == "an" || isWord(first) && lf == first && !subjectPronouns[lf] && !auxiliaries[lf] && !possessives[lf] && !preps[lf] && !negators[lf]) {
			return "", false
		}
		pv := i - 1
		if pv > q && !isWord(toks[pv].Text) {
			pv-- // "was \"unacceptable\""
		}
		if passiveAux[strings.ToLower(toks[pv].Text)] && !participle(strings.ToLower(toks[i].Text)) {
			return "", false // "said the plan was unacceptable": the speaker judges
		}
		for r := q; r < i; r++ {
			if selfWords[strings.ToLower(toks[r].Text)] {
				return "", false // "said the country could close the strait": the speaker's side
			}
		}
		for r := q; r < i; r++ {
			if lr := strings.ToLower(toks[r].Text); groups[lr] || protesters[lr] || militaryWords[lr] {
				return toks[r].Text, true
			}
		}
		return "", true
	}
	return "", false
}

// desireWords before an infinitive make its act wished, not done
// ("wanted to use negotiations to buy time and ease sanctions").
var desireWords = map[string]bool{"want": true, "wants": true, "wanted": true,
	"wanting": true, "hope": true, "hopes": true, "hoped": true, "hoping": true,
	"wish": true, "wishes": true, "wished": true, "like": true, "dream": true,
	"dreams": true, "dreamed": true}

// possibility modals before a trigger make its act possible, not done.
var possibility = map[string]bool{"can": true, "may": true, "might": true}

// wished reports a trigger at token i in an infinitive run after a word of
// desire, or right after "can", "may" or "might" (an ability or a
// possibility: "can also deny us our rights"), or a threat after "how"
// ("declined to predict how he would respond").
func wished(t trigger, low []string, i int) bool {
	if i >= 1 && possibility[low[i-1]] ||
		i >= 2 && (strings.HasSuffix(low[i-1], "ly") || low[i-1] == "also") && possibility[low[i-2]] {
		return true
	}
	sawTo := false
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		w := low[k]
		if stop(low, k) || w == "," || w == ":" || w == "that" || w == "because" || w == "but" {
			return false
		}
		if w == "how" && t.typ == "threaten" {
			return true
		}
		if w == "to" {
			sawTo = true
		}
		if desireWords[w] && sawTo && k+1 < len(low) && low[k+1] == "to" {
			return true
		}
	}
	return false
}

// describesNoun reports an "-ing" trigger right after a plural common
// noun that a quantity or a determiner opens ("many migrants seeking
// asylum", "the regulations allowing agencies to"): a reduced relative
// clause describing the noun, whose act the sentence does not report.
// Groups that act ("protesters demanding reform") are left alone.
func describesNoun(low []string, i int) bool {
	if i < 2 || !strings.HasSuffix(low[i], "ing") {
		return false
	}
	n := low[i-1]
	if !isWord(n) || !strings.HasSuffix(n, "s") || groups[n] || protesters[n] || militaryWords[n] || people[n] || irregulars[n] {
		return false
	}
	d := low[i-2]
	return nounDeterminers[d] && !preps[d] || determiners[d] || d == "many" || d == "most" || d == "some"
}

// featureWords end the names of places that never act: streets, parks,
// waters, buildings ("North Lake Avenue", "the Gulf of Aden").
var featureWords = map[string]bool{"Street": true, "Avenue": true, "Boulevard": true,
	"Road": true, "Park": true, "Square": true, "Gulf": true, "Sea": true, "Ocean": true,
	"River": true, "Lake": true, "Bay": true, "Strait": true, "Island": true,
	"Islands": true, "Mountains": true, "Valley": true, "Plaza": true, "Place": true,
	"Lane": true, "Drive": true, "Bridge": true, "Tower": true, "Hall": true,
	"Station": true, "Airport": true, "Beach": true, "Coast": true, "Peninsula": true,
	"Canal": true, "Desert": true, "Forest": true, "Lawn": true, "Ave.": true, "St.": true}

// noActor reports a mention that cannot be an act's actor: a name inside
// "anti-" or "pro-" ("anti-Trump campaigners"), a place that is
// no state, capital or seat of government and that the text names as a
// feature ("the Gulf of Aden", "North Lake Avenue", "the Bronx").
// (Miscellaneous names are left alone: the heuristic resolver types many
// states that way.)
func noActor(text string, m quotes.Mention) bool {
	if b := strings.ToLower(strings.TrimRight(text[max(0, m.Start-6):m.Start], " ")); strings.HasSuffix(b, "anti-") || strings.HasSuffix(b, "anti -") || strings.HasSuffix(b, "pro-") || strings.HasSuffix(b, "pro -") {
		return true // "anti-Trump campaigners": a modifier
	}
	if _, ok := quotes.State(text[m.Start:m.End]); ok {
		return false
	}
	if _, ok := quotes.State(m.Name); ok {
		return false
	}
	if m.Type == core.Organisation && featureWords[m.Name[strings.LastIndexByte(m.Name, ' ')+1:]] && strings.Contains(m.Name, " ") {
		return true // "Church Ave.", "Trump Tower": a place ("Gulf Cooperation Council" acts)
	}
	switch m.Type {
	case core.Location:
		if m.Name == "West" || m.Name == "East" {
			return false // "which the West had dismissed": a bloc acts
		}
		before := strings.TrimRight(text[max(0, m.Start-5):m.Start], " ")
		if strings.HasSuffix(before, " the") || strings.HasSuffix(before, "The") || before == "the" {
			return true
		}
		for _, w := range strings.Fields(m.Name) {
			if featureWords[w] {
				return true
			}
		}
	}
	return placeOnly(text, m) || miscNoise(text, m)
}

// relativeGroup returns the group noun a relative pronoun right before
// the trigger at token i refers to ("a gang that had attacked him":
// "gang"), "" when there is none.
func relativeGroup(toks []sentence.Token, i int) string {
	k := i - 1
	for k >= 0 && (auxiliaries[strings.ToLower(toks[k].Text)] && !relatives[strings.ToLower(toks[k].Text)] && strings.ToLower(toks[k].Text) != "that" || strings.HasSuffix(strings.ToLower(toks[k].Text), "ly")) {
		k-- // "that had", "who allegedly"
	}
	if k < 1 {
		return ""
	}
	if r := strings.ToLower(toks[k].Text); r != "that" && r != "who" && r != "which" {
		return ""
	}
	if g := strings.ToLower(toks[k-1].Text); groups[g] || protesters[g] || militaryWords[g] || irregulars[g] {
		return toks[k-1].Text
	}
	return ""
}
