package events

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// Options tune Find. The zero value works.
type Options struct {
	// Resolver finds entity mentions; nil means quotes.Heuristic{}.
	Resolver quotes.Resolver
	// Mentions, when non-nil, are used instead of calling Resolver (the
	// analyze layer computes them once for quotes and events).
	Mentions []quotes.Mention
	// KeepUntargeted keeps events with an actor but no target (default true
	// in spirit: the zero value keeps them; set DropUntargeted to drop).
	DropUntargeted bool
	// MinConfidence drops the events whose Confidence is below it; 0 keeps
	// every event (the model and its measured trade-off are in
	// confidence.go and NOTE.md).
	MinConfidence float64
	// lex, when non-nil, replaces the trigger lexicon (the leave-out
	// estimate of leaveout.go scores records with lines left out).
	lex *lexicon
}

// An Event is a core.Event plus where it was found.
type Event struct {
	core.Event
	Trigger      string // the words that cued the type ("expressed ... readiness ... talks")
	Start, End   int    // byte span of the trigger in the text
	Specificity  int    // words in the trigger pattern; more is more specific
	SentenceSpan [2]int // byte span of the sentence
	// Subordinate marks a trigger in a leading adverbial clause ("After
	// the talks failed, ...") or a relative clause (", which attacked
	// ..., "): not the sentence's main event.
	Subordinate bool
	// Derived marks a trigger of the CAMEO-derived tier
	// (cameo_triggers.txt), Nominal a one-word trigger in noun position
	// ("the attack", "a deal"); both are kept for diagnostics.
	Derived, Nominal bool
	// Signals are the cues Confidence weighs, Confidence the estimated
	// chance in [0, 1] that the sentence reports an act of Type
	// (confidence.go).
	// The Confidence itself is the embedded core.Event's.
	Signals Signals
}

// PLOVER maps a storyline event type to its PLOVER category (upper case).
func PLOVER(typ string) string {
	switch typ {
	case "express-intent":
		return "AGREE"
	case "appeal":
		return "DEMAND"
	}
	return strings.ToUpper(typ)
}

// Find returns the events of text, at most one per trigger, in text order.
// It never fails; text with no sentences yields nil.
func Find(text string, opts Options) []Event {
	ms := opts.Mentions
	if ms == nil {
		res := opts.Resolver
		if res == nil {
			res = quotes.Heuristic{}
		}
		ms = res.Mentions(text)
	}
	ms = orderedMentions(text, ms)
	var out []Event
	toks := sentence.Tokens(text)
	ti := 0
	sents := sentence.Split(text)
	sporty := 0
	var persons personRoles // the persons named and their roles, once a sentence needs them
	var stats docStats      // what the document's sentences are about, for the confidence signals
	for _, s := range sents {
		for ti < len(toks) && toks[ti].Start < s.Start {
			ti++
		}
		tj := ti
		for tj < len(toks) && toks[tj].End <= s.End {
			tj++
		}
		evs, game := sentenceEvents(text, s, toks[ti:tj], ms, opts, &persons, &stats)
		if game {
			sporty++
		}
		out = append(out, evs...)
		ti = tj
	}
	if sportsDocument(sporty, len(sents)) {
		kept := out[:0]
		for _, e := range out {
			if offField[e.Type] {
				kept = append(kept, e)
			}
		}
		out = kept
	}
	stats.apply(out)
	if opts.MinConfidence > 0 {
		kept := out[:0]
		for _, e := range out {
			if e.Confidence >= opts.MinConfidence {
				kept = append(kept, e)
			}
		}
		out = kept
	}
	return out
}

// Primary returns the main event of evs: the earliest (in news English
// the main clause's verb usually comes first, subordinate clauses and noun
// phrases later: "Lebanon complained ... over two air raids"), unless a
// later trigger is at least three words longer. ok is false when evs is
// empty.
func Primary(evs []Event) (Event, bool) {
	if len(evs) == 0 {
		return Event{}, false
	}
	main := evs[:0:0]
	for _, e := range evs {
		if !e.Subordinate {
			main = append(main, e)
		}
	}
	if len(main) == 0 {
		main = evs
	}
	best := 0
	for i, e := range main {
		if e.Specificity > main[best].Specificity+2 {
			best = i
		}
	}
	return main[best], true
}

type match struct {
	trig       int
	start, end int // token indexes [start, end)
}

var negators = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "cannot": true}

// sentenceEvents finds the triggers of one sentence and their arguments.
//
// sporty reports a sentence with a sports word or a score (sporting), for
// the document-level rule of sportsDocument.
func sentenceEvents(text string, s sentence.Sentence, toks []sentence.Token, ms []quotes.Mention, opts Options, persons *personRoles, st *docStats) (evs []Event, sporty bool) {
	lx := opts.lex
	if lx == nil {
		lx = theLexicon()
	}
	low := make([]string, len(toks))
	for i, t := range toks {
		low[i] = strings.ToLower(t.Text)
	}
	sporty = sporting(low)
	st.count(low, sporty)
	found := matches(lx, toks, low, false)
	if len(found) == 0 {
		found = matches(lx, toks, low, true)
	}
	if len(found) == 0 {
		return nil, sporty
	}
	facts := factsOf(lx, low, found)
	var caps []bool // capitalised tokens, once a trigger needs them
	// Drop triggers inside a longer trigger's span.
	sort.SliceStable(found, func(a, b int) bool { return lx.all[found[a].trig].size > lx.all[found[b].trig].size })
	taken := make([]bool, len(toks))
	var out []Event
	when, dated := "", false                 // the date, once per sentence and only when an event needs it
	cyberAt := lazyScan{words: cyberWords}   // a cyber word in the sentence, looked for once
	policeAt := lazyScan{words: policeWords} // the police or armed forces named
	var force wordsOfForce                   // means of force, speech and persons, read once
	for _, m := range found {
		if taken[m.start] {
			continue
		}
		for k := m.start; k < m.end; k++ {
			taken[k] = true
		}
		t := lx.all[m.trig]
		typ := t.typ
		if typ == "-" {
			continue // a statement pattern: it only blocks shorter triggers
		}
		if announces(t, m, facts, low) {
			continue // "vowed to attack": the act decides
		}
		if armedClash(t, m, facts) {
			typ = "fight"
		}
		if typ == "fight" && (capturesPeople(t, toks, low, m) || seizesProperty(t, low, m)) {
			typ = "coerce" // "the navy captured 23 pirates", "seized a fishing boat": a detention or a seizure, not a battle
		}
		if chargedWith(t, low, m) || detainedByOrder(t, low, m) {
			typ = "coerce" // "charged Ann Lee Moss, 61, with murder", "ordered him held": legal coercion
		}
		if forceNotRuledOut(t, low, m) {
			typ = "threaten" // "would not rule out the use of military force" (CAMEO 13)
		} else if refused(low, m.start) && typ != "reject" && typ != "-" {
			typ = "reject" // "refused to hand over the suspects"
		} else if negated(low, m.start) {
			switch typ {
			case "agree", "support", "consult", "cooperate", "express-intent", "aid", "concede", "retreat":
				if untilLater(t, low, m) || perfectNegated(low, m.start) {
					continue // "did not meet him until 2008", "had not discussed sanctions", "has not endorsed a candidate"
				}
				typ = "reject"
			case "reject":
				if t.size == 1 {
					continue
				}
			default:
				continue
			}
		}
		if end := deniedClaim(lx, t, low, m); end > 0 {
			for k := m.start; k < end; k++ {
				taken[k] = true // "denied any role in the attacks": a statement, and no attack
			}
			continue
		}
		if noAct18(t, typ, toks, low, ms, m) || noAct26(t, typ, toks, low, ms, m) {
			continue // "could refuse service", "without consulting", "will be holding a rally"
		}
		if noAct19(t, typ, low, m, facts) {
			continue // "whether to ban him", "a request for comment", "GOP rules require", "vowed to remain", "39 percent blame"
		}
		if typ != "threaten" && hypothetical(low, m.start) && !namesAct(t, low, m.start) {
			continue // "if Zelensky accepts his terms", "whether he would accept"
		}
		if unrealInfinitive(t, low, m.start) {
			continue // "the Chargers are due to meet", "an avenue to probe"
		}
		if reference(t, low, m.start) || namedReference(t, toks, low, m.start) {
			continue // "after the bombing": an earlier act named as a time
		}
		if notAnAct(t, low, m) || disasterCaused(typ, low, m.start) || blaze(typ, low, m.start) || feltState(toks, low, m.start) || loomed(t, low, m) ||
			topicModifier(t, low, m) || background(t, low, m.start) || chargedAct(t, low, m.start) || idleThreat(t, low, m.start) ||
			informs(t, low, m.start) || deferred(low, m.start) || ceased(low, m.start) || abstractContribution(t, low, m) ||
			possibleAct(low, m.start) || derivedGerund(t, low, m.start) || goalObject(t, low, m.start) ||
			linkedState(t, toks, low, m.start) || datedReference(t, low, m.start) || venueNoun(t, low, m.start) ||
			datedModifier(t, low, m.start) || timePhrase(t, low, m.start) || bareDerived(t, toks, low, m.start, ms) ||
			anyAct(t, low, m.start) || describedNotDone(t, toks, low, m, ms, facts.sub[m.start]) || noAct13(t, low, m) ||
			noAct15(t, typ, low, m) || talksAside(t, low, m) || strikeSense(t, low, m) || idleDeployment(t, low, m) ||
			noAct17(t, low, m) || namedCrime(t, low, m) || legalAppeal(t, low, m) || campaignDebate(t, low, m) || onPatrol(t, low, m) ||
			selfInflicted(t, low, m) || warnedForecast(lx, t, low, m, found) || hostageModifier(t, low, m) || deniedDoing(t, low, m) || goalTarget(t, low, m) {
			continue // "pleaded guilty", "an earthquake ... killing", "felt threatened", "the shooting location"
		}
		if caps == nil {
			caps = make([]bool, len(toks))
			for i, t := range toks {
				r, _ := utf8.DecodeRuneInString(t.Text)
				caps[i] = unicode.IsUpper(r)
			}
		}
		if otherSense(t, low, caps, m, facts) || otherSense13(t, low, m, facts) || plansOther(t, low, m, facts) || sought(low, m.start) || invertedCondition(low, caps, m.start) ||
			!namesAct(t, low, m.start) && wished(t, low, m.start) || describesNoun(low, m.start) {
			continue // "asked whether", "agree that", "fired the coach", "planned to apply"
		}
		lexical := typ == t.typ
		typ = mood(low, m.start, typ)
		if typ == "agree" && vowedToIgnore(t, low, m) {
			typ = "reject" // "vowed to ignore the ruling"
		}
		if typ == "assault" && repelled(t, low, m.start) {
			typ = "fight" // "thwarted a pirate attack": the defence is force
		}
		if (typ == "assault" || typ == "fight") && cyberAt.in(low) {
			typ = "coerce" // "the site was hit by an IFrame attack" (CAMEO 176)
		}
		if retaliates(t, low, m) {
			typ = "threaten" // "promised swift retaliation"
		}
		if sporty && (playTypes[typ] || hasHead(t, "rally")) {
			continue // "the Bluejays defeated Drake 65 - 53"
		}
		if facts.ultimatum > m.start && !forceful[typ] {
			typ = "threaten" // "gave the regime 48 hours to hand over the suspects or face ..."
		}
		if (lexical && t.typ == "reject" && t.size > 1 || t.typ != "reject" && t.typ != "-") && typ == "reject" && intended(low, m.start) && facts.lastCond >= m.end {
			typ = "threaten" // "would boycott the vote unless ..."
		}
		ev := Event{Trigger: text[toks[m.start].Start:toks[m.end-1].End], Start: toks[m.start].Start, End: toks[m.end-1].End, Specificity: t.size, SentenceSpan: [2]int{s.Start, s.End}}
		ev.Type = typ
		ev.Sentence = s.Text
		ev.Subordinate = facts.sub[m.start] || reducedRelative(low, m.start) || appositive(low, m.start) || labelled(low, m.start) || relativeVerb(low, m.start)
		ev.Derived = t.derived
		ev.Nominal, _ = nounTrigger(t, toks, low, m.start)
		agentless := false    // "Ortiz was arrested": a conflict act done to a named target by someone unnamed
		freedPassive := false // "The hostages were freed": people freed by someone unnamed
		if by, ok := passive(text, toks, m.start, ms, s); ok && (by != "" || (typ != "mobilize" && typ != "retreat") || freeing(t)) {
			// "Kyiv was attacked by Russia": the subject is the target.
			ev.Actor = by
			ev.Target = actor(text, toks, m.start, ms, s, false)
			if by == "" && ev.Target != "" && unnamedAgent[typ] && !t.derived {
				ev.Target = ownVictim(toks, low, m.start, ms, ev.Target) // "The guards fled and three boys were stabbed": boys
			}
			if by == "" && ev.Target == "" && unnamedAgent[typ] && !t.derived {
				ev.Target = passiveVictim(toks, low, m.start) // "One person was arrested", "A journalist was detained"
				if ev.Target == "" && (typ == "assault" || typ == "fight") {
					ev.Target = passivePlace(toks, low, m.start) // "The town was shelled overnight"
				}
			}
			if by == "" && ev.Target == "" && passiveAccused(t, typ, low, m) {
				ev.Target = passiveVictim(toks, low, m.start) // "The minister has been accused of lying"
			}
			if by == "" && ev.Target == "" && freeing(t) {
				ev.Target, freedPassive = freedCaptives(t, typ, toks, low, m.start) // "The hostages were freed on Monday"
			}
			agentless = by == "" && ev.Target != "" && (unnamedAgent[typ] || releasedPeople(t, typ, ev.Target) || passiveAccused(t, typ, low, m)) && (!t.derived || freedPassive)
			if by == "" && typ == "sanction" && (hasHead(t, "suspend") || hasHead(t, "expel")) {
				ev.Actor = suspendedFrom(text, toks, low, m, ms, s) // "Nigeria was suspended from the Commonwealth": the body acts
			}
		} else if ok {
			// "Police were placed on high alert", "troops were withdrawn":
			// with no agent the forces moved stand for who moved them
			ev.Actor = actor(text, toks, m.start, ms, s, true)
		} else {
			ev.Actor = actor(text, toks, m.start, ms, s, true)
			if ev.Target = target(text, toks, toks[m.start].End, ms, s, ev.Actor); thatClauseTarget(low, m.end) {
				ev.Target = "" // "recommended that they continue ...": the one asked is "they"
			}
			if noun, pp := nounTrigger(t, toks, low, m.start); noun {
				if g := modifierGroup(toks, low, m.start); g != "" {
					ev.Actor = g // "the police killing of a teenager", "a pirate attack"
				} else if by := byAgent(text, toks, low, m.start, ms, s); by != "" {
					ev.Actor = by // "riots by angry youths"
				} else if a, b, ok := clashSides(text, t, toks, low, m, ms, s); ok {
					ev.Actor, ev.Target = a, b // "Fifty Russians die in clash with rebels"
				} else if pp && !possessed(toks, low, m.start, ms) {
					ev.Actor = "" // "injured in the riots": who rioted, the sentence does not say
				}
			} else if g, ok := clauseSubject(toks, low, m.start, ms, ev.Actor); ok {
				ev.Actor = g // "after a prosecutor objected": not the name of another clause
			} else if g := toldGroup(text, toks, low, m.start, ev.Actor); g != "" {
				ev.Actor = g // "X told The Herald that police ordered ...": the listener does not act
			}
		}
		if nounPassive(t, low, m) {
			// "Sanctions were imposed on Velsk by Norland": the by-phrase
			// after the verb acts, the first name after the noun is hit
			ev.Actor = byAgent(text, toks, low, m.end-1, ms, s)
			ev.Target = target(text, toks, toks[m.start].End, ms, s, ev.Actor)
			agentless = ev.Actor == "" && ev.Target != ""
		}
		if underFire(t, low[m.start:m.end]) {
			// "the convoy came under fire from rebels": the subject is the
			// target, the "from" phrase the actor; from critics it is
			// disapproval
			ev.Target, ev.Actor = ev.Actor, fromActor(text, toks, m.end, ms, s)
			if !facts.military && !facts.heavy {
				ev.Type = "disapprove"
			}
		}
		if a, b := between(text, toks, betweenAt(low, m), ms, s); a != "" && sided(t, low[m.start:m.end]) {
			ev.Actor, ev.Target = a, b // "fighting between the army and the rebels"
		}
		if facts.ultimatum > m.start && typ == "threaten" && t.typ != "threaten" && lexical {
			// the ultimatum's giver is the sentence's subject, the one told
			// to act its target ("Norland gave Velsk 48 hours to ...")
			if first := subjectMention(text, toks, ms, s); first != "" && first != ev.Actor {
				ev.Actor, ev.Target = first, ev.Actor
			}
		}
		if !hostsAndDemands(&ev, t, text, toks, low, ms, s, m) {
			continue // "Under the law, Dunn must certify ...": an obligation stated
		}
		if figurativeForce(t, ev, low, ms, facts, &force, persons) || personDuel(t, ev, low, ms, facts, &force, persons) {
			continue // "Reagan and Trump battled staunch opposition from the media": no force
		}
		if verbalAttack(t, ev, low, ms, facts, &force, persons) || reasonedAttack(t, ev, low, m, facts, &force) {
			ev.Type = "disapprove" // "the senator attacked the governor's record": words (CAMEO 11)
		}
		if (ev.Type == "assault" || ev.Type == "fight") && hasHead(t, "attack") && messageActor(ev.Actor) {
			ev.Type = "disapprove" // "a tweet that attacked Clinton": words (CAMEO 111)
		}
		if laborStrike(t, low, m) {
			ev.Type = "protest" // "A dock workers' strike paralysed the port" (CAMEO 143)
		}
		if candidateRally(t, ev, low, m, ms, persons) {
			continue // "He is holding a rally in San Jose": a candidate's meeting, no protest
		}
		if civilProtest(t, ev.Actor, ms) {
			ev.Type = "protest" // "residents protested against the dam"
		}
		if riotsWithPolice(ev.Type, ev.Actor, low, &policeAt) {
			ev.Type = "protest" // "youths fought running battles with police"
		}
		if ev.Type == "fight" && shooters[strings.ToLower(ev.Actor)] && !facts.military && !policeAt.in(low) {
			ev.Type = "assault" // "a gunman opened fire at the party"
		}
		if loneShooter(t, ev, ms, facts, ev.Type == "fight" && policeAt.in(low), persons) {
			ev.Type = "assault" // "she returned with a gun, opening fire on several employees"
		}
		if (ev.Type == "demand" || ev.Type == "appeal") && partyCallsPeace(ev.Actor, low, m) {
			ev.Type = "express-intent" // "The rebels called for a ceasefire": PLOVER codes it AGREE
		}
		if ev.Type == "coerce" && deadlyRaid(t, low, m) {
			ev.Type = "assault" // "Monday's raid on the village left four dead"
		}
		if ev.Type == "coerce" && irregulars[strings.ToLower(ev.Actor)] {
			ev.Type = "assault" // "gunmen stormed a hotel", "kidnappers seized the bishop"
		}
		if protesters[strings.ToLower(ev.Actor)] && (riotous(t) || t.typ == "assault") && ev.Type != "threaten" {
			ev.Type = "protest" // "rioters set fire to cars", "truckers blockaded the border"
		}
		if g := groupAddressee(ev, toks, low, m); g != "" {
			ev.Target = g // "called on the rebels to lay down their arms": the group asked
		}
		ev.Actor = placeModifier(text, toks, m.start, ev.Actor)
		if talkOpenerActor(ev.Actor, toks, low, m) {
			ev.Actor = "" // "Marathon talks between the two allies": a modifier, not a side
			agentless = true
		}
		if ev.Nominal && m.start > 0 && ev.Actor == toks[m.start-1].Text && adjectiveActor(low[m.start-1]) {
			ev.Actor = "" // "the fatal shooting of X": a modifier, not who shot
			agentless = ev.Target != "" && unnamedAgent[ev.Type] && !t.derived
		}
		ev.Place = place(text, toks, ms, s, ev.Actor, ev.Target)
		if !dated {
			when, dated = date(s.Text), true
		}
		ev.Date = when
		if t.derived && !stateActor(ev.Actor, ms) && !freedPassive {
			// A CAMEO verb or pattern ("hit", "caught", "take over", "die
			// ... prison") is political only with a state or a group
			// acting; with a person it is mostly sport, crime or a figure
			// of speech, with a named organisation a team, a firm or a
			// tagger's mistake.
			continue
		}
		if agentless && (ev.Subordinate || byPhrase(low, m.end)) {
			agentless = false // "who was convicted of ...", "killed by a drunk driver": background, or a doer named
		}
		if !agentless && unnamedSubjectAct(&ev, t, toks, low, m) {
			agentless = true // "An attack on a border post killed four soldiers": done by someone unnamed
		}
		if !agentless && pronounSubjectAct(ev, t, low, m) {
			agentless = true // "They threatened to kill the hostages": the doer named in an earlier sentence
		}
		if ev.Actor == "" && !agentless || (opts.DropUntargeted && ev.Target == "") {
			continue
		}
		out = append(out, ev)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	out = dropComplements(out, toks, low)
	signalsOf(out, text, toks, low, ms, s, sporty, st)
	return out, sporty
}

// governors take an act as an infinitive complement that they do not
// report as done: "urged members to resist", "agreed to withdraw",
// "called on Kyiv to cede".
var governors = map[string]bool{"appeal": true, "demand": true, "agree": true,
	"express-intent": true, "reject": true, "threaten": true}

// dropComplements removes events whose trigger is the infinitive
// complement of an earlier event of the sentence ("Xi urged members to
// strengthen unity and resist external influences": one appeal, no
// rejection).
func dropComplements(evs []Event, toks []sentence.Token, low []string) []Event {
	if len(evs) < 2 {
		return evs
	}
	out := evs[:1]
	for _, e := range evs[1:] {
		i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= e.Start })
		if infinitive(low, i) {
			governed := false
			for _, p := range out {
				governed = governed || governors[p.Type] && p.End < e.Start && !strings.ContainsAny(e.Sentence[max(0, p.End-e.SentenceSpan[0]):max(0, e.Start-e.SentenceSpan[0])], ";")
			}
			if governed {
				continue
			}
		}
		if requestedThat(out, e, toks, low, i) {
			continue // "recommended that they continue hostilities": asked for, not done
		}
		out = append(out, e)
	}
	return out
}

// infinitive reports an infinitive "to" right before token i ("to
// resist", "to quickly resist") or before a coordinated infinitive ("to
// strengthen unity and resist"), not the preposition of "respond to
// Trump's deadline".
func infinitive(low []string, i int) bool {
	switch {
	case i >= 1 && low[i-1] == "to":
		return true
	case i >= 2 && low[i-2] == "to" && strings.HasSuffix(low[i-1], "ly"):
		return true
	case i >= 1 && (low[i-1] == "and" || low[i-1] == "or"):
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			switch low[k] {
			case "to":
				return k+1 < i-1 && !nounDeterminers[low[k+1]] && !determiners[low[k+1]]
			case ",", ".", ";", ":", "that", "which", "who", "but":
				return false
			}
		}
	}
	return false
}

// riotous reports a trigger whose act, done by protesters, is a riot or an
// obstruction (PLOVER PROTEST) rather than force or coercion.
func riotous(t trigger) bool {
	switch t.typ {
	case "assault", "fight", "coerce", "sanction":
	default:
		return false
	}
	for _, h := range t.heads {
		if riotHeads[h] {
			return true
		}
	}
	return false
}

// better reports whether trigger a beats b on the same head word: a
// hand-written trigger beats a derived one, then the longer wins.
func better(a, b trigger) bool {
	if a.derived != b.derived {
		return !a.derived
	}
	return a.size > b.size
}

// matches returns the best trigger match at each token of a sentence,
// from the hand-written triggers or (derived) from the CAMEO-derived ones.
// The derived tier is consulted only for sentences the hand list misses:
// the hand list is tuned for news English, the derived one fills gaps.
func matches(lx *lexicon, toks []sentence.Token, low []string, derived bool) []match {
	var found []match
	for i := range toks {
		if r, _ := utf8.DecodeRuneInString(toks[i].Text); unicode.IsUpper(r) && i > 0 {
			continue // "March", "Strike Force": names, not verbs
		}
		if adjectival(low, i) || fronted(low, i) {
			continue // "the jailed leader", "for improved ties"
		}
		best := match{trig: -1}
		// byHead lists are sorted hand first, then longest first: the
		// first match of the tier is its best.
		for _, k := range lx.byHead[low[i]] {
			if lx.all[k].derived != derived {
				continue
			}
			if nominal(lx.all[k], toks, low, i) {
				continue // "the conflict", "a new world order"
			}
			if end, ok := matchAt(lx.all[k], low, i); ok {
				best = match{trig: k, start: i, end: end}
				break
			}
		}
		if !derived {
			for _, k := range lx.prefixed {
				if !lx.all[k].elems[0].match(low[i]) || nominal(lx.all[k], toks, low, i) {
					continue
				}
				if end, ok := matchAt(lx.all[k], low, i); ok && (best.trig < 0 || better(lx.all[k], lx.all[best.trig])) {
					best = match{trig: k, start: i, end: end}
				}
			}
		}
		if best.trig >= 0 {
			found = append(found, best)
		}
	}
	return found
}

// matchAt matches trigger t at token i; it returns the end token index.
func matchAt(t trigger, low []string, i int) (int, bool) {
	p := i + 1
	for n, e := range t.elems[1:] {
		if n == 0 && !e.gap {
			p = timeSkip(e, low, p) // "called Thursday on Velsk to ..."
		}
		limit := p
		if e.gap {
			limit = p + 4
		}
		ok := false
		for q := p; q <= limit && q < len(low); q++ {
			if low[q] == "." || low[q] == ";" {
				break
			}
			if e.match(low[q]) {
				p, ok = q+1, true
				break
			}
		}
		if !ok {
			return 0, false
		}
	}
	return p, true
}

// negated reports a negator within the two tokens before i (skipping
// auxiliaries: "did not attack", "has never agreed").
func negated(low []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if negators[low[k]] || strings.HasSuffix(low[k], "n't") || strings.HasSuffix(low[k], "n’t") {
			return true // "did not attack", "doesn't talk" (the tokenizer keeps "doesn't" whole)
		}
	}
	return neitherNor(low, i)
}

var refusals = map[string]bool{"refuse": true, "refused": true, "refuses": true, "refusing": true, "refusal": true,
	"declined": true, "declines": true, "decline": true, "declining": true}

// refused reports "refused to" / "declined to" just before i.
func refused(low []string, i int) bool {
	return i >= 2 && low[i-1] == "to" && refusals[low[i-2]]
}

var dateRE = regexp.MustCompile(`\b(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? ?\d{1,2}(?:, \d{4})?\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?\b|\b(?:January|February|March|April|June|July|August|September|October|November|December) \d{4}\b`)

// date returns the first date expression of the sentence, "" when none.
// The regexp runs only from just before the first weekday or month hint:
// every match starts at most three bytes before its hint ("on Monday",
// "12 March"), so no match starts earlier, and the slice begins after a
// non-word byte, so its \b reads as in the whole sentence.
func date(s string) string {
	h := -1
	for _, hint := range dateHints {
		if i := strings.Index(s, hint); i >= 0 && (h < 0 || i < h) {
			h = i
		}
	}
	if h < 0 {
		return "" // most sentences: skip the regexp, whose backtracking dominates
	}
	p := max(0, h-4)
	for p > 0 && asciiWord(s[p-1]) {
		p--
	}
	return strings.TrimPrefix(dateRE.FindString(s[p:]), "on ")
}

// asciiWord reports a byte \b counts as a word character.
func asciiWord(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// dateHints are prefixes of which every dateRE match holds one: the first
// three letters of a weekday or month name.
var dateHints = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// intent words before a trigger make it a statement of intent: "will send
// aid" is an agreement to act, "will attack" a threat (CAMEO's convention,
// kept by PLOVER).
var intent = map[string]bool{"will": true, "would": true, "'ll": true, "ready": true,
	"willing": true, "prepared": true, "plans": true, "plan": true, "planned": true,
	"intends": true, "intend": true, "promised": true, "pledged": true, "vowed": true,
	"offered": true, "agreed": true, "decided": true, "threatened": true, "threatens": true,
	"threaten": true, "threatening": true, "could": true}

// intended reports an intent word within the four tokens before i (not
// across a comma).
func intended(low []string, i int) bool { return intentWord(low, i) != "" }

func intentWord(low []string, i int) string {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if intent[low[k]] {
			return low[k]
		}
		if low[k] == "," || low[k] == "." {
			break
		}
	}
	if k := timeAdjunctBefore(low, i); k < i-1 && k >= 0 && intent[low[k]] {
		return low[k] // "pledged again on Monday night to release"
	}
	return ""
}

func mood(low []string, i int, typ string) string {
	switch intentWord(low, i) {
	case "":
		return typ
	case "threatened", "threatens", "threaten", "threatening":
		return "threaten" // "threatened to pull out of the talks"
	}
	switch typ {
	case "aid", "concede", "retreat", "cooperate", "support", "investigate":
		return "agree"
	case "assault", "fight", "coerce", "sanction", "mobilize", "protest":
		return "threaten"
	case "consult":
		return "express-intent" // "will visit": intent to meet (CAMEO 036)
	}
	return typ
}
