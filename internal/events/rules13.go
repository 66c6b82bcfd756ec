package events

// Rules of the thirteenth pass (tenth session): senses and moods that the
// spent real samples showed reading as acts. Fictional cases are in
// events13_test.go.

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// A wordsOfForce summarises a sentence once, when an attack or a
// shooting first needs it: a means of force or harm named and a word of
// speech or media. Built lazily so that a sentence of many triggers is
// read once.
type wordsOfForce struct {
	done, force, speech bool
}

func (w *wordsOfForce) read(low []string) {
	if w.done {
		return
	}
	w.done = true
	for _, x := range low {
		w.force = w.force || forceWords[x] || strings.HasPrefix(x, "injur") || strings.HasPrefix(x, "wound") || strings.HasPrefix(x, "stab")
		w.speech = w.speech || speechCues[x]
	}
}

// personRoles maps the persons a document names to whether the text
// gives them a political role; Find builds it once, when a sentence first
// needs it.
type personRoles struct {
	done bool
	m    map[string]bool
}

func (p *personRoles) of(ms []quotes.Mention) map[string]bool {
	if p.done {
		return p.m
	}
	p.done = true
	p.m = map[string]bool{}
	for _, m := range ms {
		if m.Type != core.Person {
			continue
		}
		political := false
		for _, r := range m.Roles {
			for _, x := range strings.Fields(r) {
				political = political || politicalRoles[x]
			}
		}
		p.m[m.Name] = p.m[m.Name] || political
	}
	return p.m
}

// noAct13 reports a trigger this pass's rules find naming no act: goods
// offered, a conjecture, sanctions in force, a
// deal's terms, a recommendation or wish, support held, an act named in a
// charge.
func noAct13(t trigger, low []string, m match) bool {
	return commercialOffer(t, low, m) || conjecture(low, m.start) ||
		sanctionsInForce(t, low, m.start) || dealTerms(low, m.start) || recommended(low, m.start) ||
		supportHeld(t, low, m.start) || chargedFor(t, low, m.start)
}

// verbalAttack reports an attack made with words: a person (or a party)
// attacking, in a sentence with no means of force and either a word of
// speech or a political role ("Khan refused to apologise for his attacks
// on Mr. Trump", "the senator attacked the governor's record"). CAMEO 11
// (criticise or denounce), not 18.
func verbalAttack(t trigger, ev Event, low []string, ms []quotes.Mention, f sentenceFacts, w *wordsOfForce, p *personRoles) bool {
	if ev.Type != "assault" && ev.Type != "fight" || !hasHead(t, "attack") && !hasHead(t, "assail") {
		return false
	}
	return wagedInWords(ev, low, ms, f, w, p)
}

// partyName reports a party, its members or a campaign as a name.
func partyName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "party", "republicans", "democrats", "republican", "democratic", "gop", "campaign", "committee":
			return true
		}
	}
	return false
}

// forceWords name physical force or its harm: with one of them an attack
// is an attack.
var forceWords = map[string]bool{"gun": true, "guns": true, "handgun": true, "rifle": true,
	"knife": true, "knives": true, "shot": true, "shooting": true, "shootings": true,
	"killed": true, "killing": true, "dead": true, "died": true, "bomb": true, "bombs": true,
	"weapon": true, "weapons": true, "fire": true, "police": true, "officers": true,
	"beat": true, "beaten": true, "beating": true, "punched": true, "kicked": true,
	"hospital": true, "hospitalized": true, "arrested": true, "charged": true, "assaulted": true,
	"raped": true, "rape": true, "robbery": true, "dog": true, "dogs": true, "bear": true,
	"shark": true, "terrorist": true, "terrorists": true, "militants": true, "rebels": true,
	"missile": true, "missiles": true, "rockets": true, "drone": true, "drones": true,
	"bullet": true, "bullets": true, "machete": true, "acid": true, "victim": true, "victims": true}

// politicalRoles are titles of people whose attacks are mostly words.
var politicalRoles = map[string]bool{"senator": true, "sen.": true, "president": true,
	"governor": true, "gov.": true, "candidate": true, "nominee": true, "congressman": true,
	"congresswoman": true, "rep.": true, "representative": true, "mayor": true,
	"minister": true, "chairman": true, "spokesman": true, "spokeswoman": true,
	"secretary": true, "leader": true, "lawmaker": true, "senate": true, "speaker": true,
	"strategist": true, "commentator": true, "host": true, "columnist": true}

// speechCues are words of speech and media: an attack among them is one
// of words.
var speechCues = map[string]bool{"said": true, "saying": true, "says": true, "speech": true,
	"tweet": true, "tweets": true, "tweeted": true, "twitter": true, "remarks": true,
	"comments": true, "interview": true, "debate": true, "ad": true, "ads": true,
	"statement": true, "calling": true, "criticism": true, "criticized": true,
	"criticised": true, "rhetoric": true, "verbal": true, "scathing": true, "blistering": true,
	"personal": true, "record": true, "accusing": true, "apologise": true, "apologize": true,
	"words": true, "column": true, "op-ed": true, "television": true, "radio": true,
	"facebook": true, "campaign": true, "rally": true, "insults": true, "insulting": true,
	"rant": true, "tirade": true, "diatribe": true, "broadside": true, "barbs": true,
	"swipe": true, "swipes": true, "mocked": true, "mocking": true, "ridiculed": true,
	"comparing": true, "compared": true}

// commercialOffer reports an offer of goods or choices to the public
// ("offer a wide choice", "offers discounts"): trade, not a proposal.
// Offers with a price or contract terms stay (the spent samples judge a
// team's "$160 million offer" an offer).
func commercialOffer(t trigger, low []string, m match) bool {
	if !hasHead(t, "offer") || t.size != 1 {
		return false
	}
	for k := m.end; k < len(low) && k < m.end+4; k++ {
		if offeredGoods[low[k]] {
			return true
		}
		if x := low[k]; x == "." || x == "," || x == ";" || x == "to" {
			break
		}
	}
	return false
}

// offeredGoods are what firms, shops and polls offer the public.
var offeredGoods = map[string]bool{"discounts": true, "refunds": true, "rebates": true,
	"choice": true, "choices": true, "products": true, "services": true, "prices": true,
	"coupons": true, "features": true}

// reportedGroup is reportedSubject for a group word before a verb of
// saying: the subject of the reported clause acts, a plural noun of
// people among it when no group is ("Union officials said 14,000
// employees stopped work": employees).
func reportedGroup(toks []sentence.Token, p, i int) (string, bool) {
	g, ok := reportedSubject(toks, p, i)
	if !ok || g != "" {
		return g, ok
	}
	j := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= p })
	for r := j; r < i; r++ {
		if subjectPronouns[strings.ToLower(toks[r].Text)] {
			return "", false // "leaders announced yesterday that they are willing to": the speakers
		}
	}
	for r := i - 1; r > j; r-- {
		if lw := strings.ToLower(toks[r].Text); humanPlural(lw) && isWord(lw) {
			return toks[r].Text, true
		}
	}
	return "", true
}

// conjecture reports an act someone speculates, predicts or expects
// with a modal ("it is expected the elections will be monitored",
// "analysts expect the bank will cut"), or an infinitive after "expected"
// ("is expected to sign"; not "is not expected to attend", a refusal),
// with no clause boundary between.
func conjecture(low []string, i int) bool {
	modal := low[i] == "will" || low[i] == "would" || low[i] == "might" || low[i] == "could" || low[i] == "may"
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		w := low[k]
		switch w {
		case ",", ";", ":", ".", "\"", "“", "”":
			return false
		case "might", "could", "would", "may", "will", "'ll":
			modal = true
		}
		if guessWords[w] && modal {
			return true
		}
		if (w == "expected" || w == "anticipated") && k == i-2 && low[i-1] == "to" {
			return k < 1 || !negators[low[k-1]]
		}
	}
	return false
}

// guessWords introduce a conjectured act.
var guessWords = map[string]bool{"speculation": true, "speculated": true, "speculate": true,
	"speculating": true, "rumours": true, "rumors": true, "rumor": true, "rumour": true,
	"rumored": true, "rumoured": true, "predicted": true, "predict": true, "predicts": true,
	"predicting": true, "forecast": true, "forecasts": true, "projected": true,
	"anticipated": true, "expects": true, "expected": true, "expect": true, "guessed": true,
	"wondered": true, "wonder": true, "doubt": true, "doubts": true, "doubted": true,
	"unclear": true, "uncertain": true, "hoping": true, "hopes": true, "hope": true, "hoped": true}

// sanctionsInForce reports sanctions named as a standing state ("frozen
// by U.S. sanctions", "the reapplication of sanctions", "relief from
// sanctions", "under sanctions"): no act of imposing them.
func sanctionsInForce(t trigger, low []string, i int) bool {
	if !hasHead(t, "sanction") || t.size != 1 || low[i] != "sanctions" && low[i] != "sanction" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch w := low[k]; {
		case standingPreps[w]:
			return true
		case w == "." || w == "," || w == ";" || w == "the" && k < i-1 && !isWord(low[k+1]):
			return false
		case !isWord(w) && w != "u.s." && w != "un" && w != "u.n.":
			return false
		}
	}
	return false
}

// standingPreps put sanctions in force before them.
var standingPreps = map[string]bool{"by": true, "of": true, "from": true, "under": true,
	"despite": true, "without": true, "amid": true, "lifting": true, "easing": true}

// dealTerms reports an act that a deal, law or plan provides: the trigger
// is the verb of a relative clause on such a noun ("the nuclear agreement,
// which lifts sanctions", "the deal, under which world powers lifted
// sanctions", "rules that call for reviews") or its participle ("the
// worst deal ever negotiated"). Its terms, not an act of the news.
func dealTerms(low []string, i int) bool {
	k := i - 1
	for k >= 0 && (low[k] == "ever" || low[k] == "also" || low[k] == "effectively") {
		k--
	}
	if k < 0 {
		return false
	}
	if dealNouns[low[k]] {
		return participle(low[i]) // "the worst deal ever negotiated"
	}
	if low[k] == "which" || low[k] == "that" {
		p := k - 1
		if p >= 0 && low[p] == "under" {
			return false // "under which" is followed by its own subject
		}
		if p >= 0 && low[p] == "," {
			p--
		}
		return p >= 0 && dealNouns[low[p]]
	}
	// "under which world powers lifted": a subject between
	for q := k; q >= 1 && q >= i-6; q-- {
		if low[q] == "which" && low[q-1] == "under" {
			p := q - 2
			if p >= 0 && low[p] == "," {
				p--
			}
			return p >= 0 && dealNouns[low[p]]
		}
		if !isWord(low[q]) {
			return false
		}
	}
	return false
}

// dealNouns name instruments whose terms are stated acts.
var dealNouns = map[string]bool{"deal": true, "agreement": true, "accord": true, "treaty": true,
	"pact": true, "law": true, "bill": true, "legislation": true, "resolution": true,
	"rules": true, "provision": true, "measure": true, "memorandum": true, "practices": true,
	"directive": true, "regulations": true, "plan": true}

// recommended reports an act a speaker recommends or wishes: right after
// "should" (across an adverb or "not") or "would love/like to" ("the
// government should resign", "I would love to get out").
func recommended(low []string, i int) bool {
	k := i - 1
	for k >= 0 && (low[k] == "not" || low[k] == "also" || low[k] == "simply" || low[k] == "immediately" || low[k] == "then") {
		k--
	}
	if k >= 0 && low[k] == "should" {
		return true
	}
	for q := i - 1; q >= 1 && q >= i-8; q-- {
		if low[q] == "and" {
			for r := q - 1; r >= 0 && r >= q-6; r-- {
				if low[r] == "should" {
					return true // "should assume its responsibilities and resign"
				}
				if !isWord(low[r]) || low[r] == "that" || low[r] == "but" {
					break
				}
			}
			break
		}
		if !isWord(low[q]) {
			break
		}
	}
	if k >= 2 && low[k] == "to" && (low[k-1] == "love" || low[k-1] == "like") && (low[k-2] == "would" || low[k-2] == "'d") {
		return true
	}
	return false
}

// loneShooter reports a person named as the one who opened fire, with no
// armed forces or police in the sentence: an assault, not a battle
// ("she returned with a gun, opening fire on several employees").
func loneShooter(t trigger, ev Event, ms []quotes.Mention, f sentenceFacts, police bool, p *personRoles) bool {
	if ev.Type != "fight" || f.military || f.heavy || police || !hasHead(t, "open") {
		return false
	}
	_, person := p.of(ms)[ev.Actor]
	return person
}

// supportHeld reports support as a standing a person or a cause has,
// gains or loses ("losing political support at home"; not "voiced
// support"): no act of supporting.
func supportHeld(t trigger, low []string, i int) bool {
	if !hasHead(t, "support") || t.size != 1 || low[i] != "support" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := low[k]
		if standingVerbs[w] {
			return true
		}
		if !isWord(w) || !supportQualifiers[w] {
			return false
		}
	}
	return false
}

// standingVerbs have support as a thing held.
var standingVerbs = map[string]bool{"losing": true, "lost": true, "lose": true, "loses": true,
	"gaining": true, "gained": true, "gain": true, "gains": true, "garnered": true,
	"garner": true, "enjoys": true, "enjoyed": true, "enjoy": true, "draws": true,
	"drew": true, "attract": true, "attracted": true, "eroding": true, "eroded": true,
	"shore": true, "bolster": true, "bolstered": true, "boost": true, "boosted": true,
	"rally": true, "rallied": true, "win": true, "winning": true, "won": true}

// supportQualifiers may stand between such a verb and "support".
var supportQualifiers = map[string]bool{"political": true, "public": true, "popular": true,
	"broad": true, "bipartisan": true, "more": true, "much": true, "his": true, "her": true,
	"their": true, "its": true, "voter": true, "grassroots": true, "some": true,
	"enough": true, "strong": true, "wide": true, "widespread": true, "growing": true}

// chargedFor reports an act noun with a determiner that a charge, a
// verdict or a sentence names ("convicted a man charged in an April 2007
// shooting", "was arrested and charged with the shooting", "a sentence of
// life in prison for a March 2005 shooting spree"): the act is the
// background of the coercion, reported before. A gerund with its own
// object ("accused of shooting three co-workers") describes the act and
// stays.
func chargedFor(t trigger, low []string, i int) bool {
	if t.size != 1 || !violentNouns[low[i]] {
		return false
	}
	if i+1 < len(low) && isWord(low[i+1]) && !preps[low[i+1]] && low[i+1] != "spree" && low[i+1] != "rampage" && low[i+1] != "that" && low[i+1] != "and" {
		return false // "shooting three co-workers": a gerund with an object
	}
	if i+1 < len(low) && low[i+1] == "of" {
		return false // "charged with the Kraft shooting of her co-workers": the act told with its victims
	}
	det := false
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		w := low[k]
		switch {
		case w == "in" || w == "with" || w == "for" || w == "of":
			return det && (chargedWords[low[k-1]] || sentencedWords[low[k-1]] || chargeWords[low[k-1]])
		case w == "a" || w == "an" || w == "the" || possessives[w]:
			det = true
		case !isWord(w) && w != "-" && !numberWord(w) || auxiliaries[w] || passiveAux[w] || w == "and" || w == "but":
			return false
		}
	}
	return false
}

// violentNouns name an act of violence as a noun.
var violentNouns = map[string]bool{"shooting": true, "shootings": true, "killing": true,
	"killings": true, "slaying": true, "slayings": true, "stabbing": true, "stabbings": true,
	"attack": true, "attacks": true, "murder": true, "murders": true, "beating": true}

// sentencedWords name a verdict's punishment or its subject.
var sentencedWords = map[string]bool{"sentence": true, "sentences": true, "sentenced": true,
	"suspect": true, "suspects": true, "arrested": true, "jailed": true, "imprisoned": true,
	"trial": true, "prison": true, "parole": true}

// otherSense13 reports a trigger word read in a sense that is no act:
// "phone calls", "telephone traffic", "running backs", "work force",
// "struggling with poor profitability", "struggling to cope",
// "fought for the well-being of others" (no armed side named), "delayed
// announcing the death", "figures released by the ministry".
func otherSense13(t trigger, low []string, m match, f sentenceFacts) bool {
	i := m.start
	prev, next := "", ""
	if i > 0 {
		prev = low[i-1]
	}
	if m.end < len(low) {
		next = low[m.end]
	}
	w := low[i]
	switch {
	case (w == "phone" || w == "telephone") && m.end == i+1 && lineNouns[next]:
		return true
	case w == "backs" && (prev == "running" || prev == "defensive" || prev == "full"):
		return true
	case (w == "force" || w == "forces") && (prev == "work" || prev == "labor" || prev == "labour" || prev == "sales"):
		return true
	case hasHead(t, "struggle") && m.end == i+1 && (next == "with" || next == "to"):
		return true
	case hasHead(t, "fight") && m.end == i+1 && next == "for" && !f.military && !f.heavy:
		return true
	case hasHead(t, "delay") && m.end == i+1 && strings.HasSuffix(next, "ing"):
		return true
	case hasHead(t, "release") && t.size == 1 && strings.HasSuffix(w, "ed"):
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if dataNouns[low[k]] {
				return true
			}
			if !isWord(low[k]) {
				break
			}
		}
	}
	return false
}

// lineNouns follow "phone" as a modifier of a thing, not a call.
var lineNouns = map[string]bool{"traffic": true, "lines": true, "line": true, "service": true,
	"services": true, "company": true, "companies": true, "number": true, "numbers": true,
	"store": true, "records": true, "network": true, "networks": true, "book": true,
	"bill": true, "bills": true, "calls": true, "call": true, "booth": true, "maker": true}

// dataNouns are released as publications, not as captives.
var dataNouns = map[string]bool{"numbers": true, "figures": true, "data": true, "report": true,
	"statistics": true, "results": true, "statement": true, "documents": true, "video": true,
	"footage": true, "images": true, "details": true, "list": true, "sales": true, "estimates": true}

// clauseSubject returns the common noun that heads the subject of the
// trigger's own clause ("after a prosecutor objected", "said the driver
// fled", ", but the company refused"): a determiner right after a clause
// opener, lower-case words up to the trigger. The name of another
// clause is not its actor.
func clauseSubject(toks []sentence.Token, low []string, i int, ms []quotes.Mention, actor string) (string, bool) {
	if actor == "" || reducedRelative(low, i) {
		return "", false // nothing borrowed; "the person killed was": a modifier
	}
	k := i - 1
	for k >= 0 && (strings.HasSuffix(low[k], "ly") && len(low[k]) > 4 || low[k] == "also" || low[k] == "then" || haveAux[low[k]]) {
		k--
	}
	if k < 1 || !isWord(low[k]) || toks[k].Text != low[k] || subjectPronouns[low[k]] || preps[low[k]] || determiners[low[k]] || periodNouns[low[k]] || auxiliaries[low[k]] {
		return "", false
	}
	head := k
	for d := k - 1; d >= 0 && d >= k-3; d-- {
		w := low[d]
		if w == "a" || w == "an" || w == "the" {
			if d == 0 || !subjectOpeners[low[d-1]] || otherWords[low[head]] || !personNoun(low[head]) || len(mentionsIn(ms, toks[d].Start, toks[i].Start)) > 0 {
				return "", false // "the president": a description the entity layer resolved
			}
			return toks[head].Text, true
		}
		if !isWord(w) || toks[d].Text != w || preps[w] || auxiliaries[w] || w == "two" || w == "both" || w == "three" {
			return "", false // "the two leaders": the names just given
		}
	}
	return "", false
}

// personNoun reports a common noun for people ("prosecutor", "driver",
// "leaders", "witness"): only a person's clause subject replaces a name
// borrowed from another clause ("the department", "the bomb" may stand
// for an organisation or name no doer).
func personNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, suf := range []string{"or", "er", "ist", "ant", "man", "woman", "ian"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	switch w {
	case "judge", "witness", "witnesse", "suspect", "victim", "teenager", "boy", "girl", "child", "official", "jury", "resident", "youth":
		return true
	}
	return false
}

// otherWords stand for a noun named elsewhere.
var otherWords = map[string]bool{"former": true, "latter": true, "other": true, "others": true,
	"same": true, "first": true, "last": true, "rest": true}

// subjectOpeners end one clause and open another before its subject.
var subjectOpeners = map[string]bool{"after": true, "before": true, "when": true, "while": true,
	"as": true, "because": true, "since": true, "until": true, "although": true, "though": true,
	"but": true, "that": true, "said": true, "says": true, ",": true, ";": true, "whereas": true}

// periodNouns end a time phrase, not a subject ("the day before").
var periodNouns = map[string]bool{"day": true, "week": true, "year": true, "month": true,
	"night": true, "morning": true, "evening": true, "afternoon": true, "time": true, "weekend": true}

// wagedInWords reports an act of force (an attack, fight, battle, clash or
// assault) that its actor, a person or a party, wages in a sentence with no
// means of force and either a word of speech or a political role: words,
// not force. verbalAttack and figurativeForce share it.
func wagedInWords(ev Event, low []string, ms []quotes.Mention, f sentenceFacts, w *wordsOfForce, p *personRoles) bool {
	if f.military || f.heavy || f.unconventional || ev.Actor == "" {
		return false
	}
	w.read(low)
	if w.force {
		return false
	}
	political, person := p.of(ms)[ev.Actor]
	if !person && !partyName(ev.Actor) {
		return false
	}
	return political || partyName(ev.Actor) || w.speech
}
