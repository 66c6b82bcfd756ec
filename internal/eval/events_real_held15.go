package eval

// The fifteenth held-out real-news sample of events (session 19, events6):
// sentences with a word of one of the PLOVER categories other than force
// (held15Cue: consult, agree and express intent, demand and appeal,
// reject, accuse and disapprove, support, aid, protest, sanction,
// threaten, mobilize, yield and retreat, cooperate; written from the
// category names before any output was read) from CoNLL-2003 train
// documents that no events sample has read (none of the eighth to
// thirteenth samples' documents, no sentence the fourteenth draws, no
// sports report). A sentence is drawn when its hash seeded "held15:" is 0
// mod held15Mod; a high bit of a second seeded hash puts it in the held
// half (judged and scored once with the code before any change of the
// pass, scored again only at the end) or the tune half. Each drawn
// sentence was judged blind (its text and the entity names the layer sees
// in it, never the events found): gold PLOVER categories as the layer
// names them (express intent is AGREE, appeal DEMAND, accuse DISAPPROVE;
// NONE for no act), acceptable actor and target names, stored as hashes
// only in testdata/events_real_held15_gold.tsv (the conflict sample's line
// format). It is scored with ScoreHeld15 over every category.

import (
	"context"
	_ "embed"
	"regexp"
	"strings"

	"github.com/storyline/storyline/internal/events"
)

//go:embed testdata/events_real_held15_gold.tsv
var eventsHeld15Gold string

// held15Seed and held15HalfSeed seed the sentence draw and the split;
// held15Mod is the draw's modulus among CoNLL-2003 cue sentences.
const (
	held15Seed     = "held15:"
	held15HalfSeed = "held15-half:"
	held15Mod      = 8
)

// held15Cue finds a word of the categories the sample is about (stems).
var held15Cue = regexp.MustCompile(`(?i)\b(meet|met\b|talks|visit|consult|discuss|negotiat|summit|confer|agree|accord|deal|pact|treaty|signed|accept|approv|ceasefire|truce|pledg|promis|vow|intend|offer|demand|urg|insist|call(s|ed)? (on|for)|reject|refus|veto|rule[ds]? out|accus|blame|critici|condemn|denounc|alleg|complain|appeal|ask|request|seek|sought|support|backed|endors|prais|welcom|congratulat|apologi|recogni|aid\b|assist|donat|relief|loan|grant|help|protest|demonstrat|boycott|sanction|embargo|suspend|expel|sever|threat|warn|ultimatum|mobili|deploy|troops|withdr|pull(ed|s)? out|retreat|resign|step(s|ped)? down|releas|freed|surrender|conce|lift|cooperat|co-operat|collaborat|partner|allian|allies|ally|extradit)`)

// held15Drawn reports whether the document id may be read by the
// fifteenth sample: CoNLL-2003 train only, none of the eighth to
// thirteenth samples' documents.
func held15Drawn(name, id string) bool {
	if name != "conll" {
		return false
	}
	return !(held8Drawn(name, id) || held9Drawn(name, id) || held10Drawn(name, id) || held11Drawn(name, id) || held12Drawn(name, id) || held13Drawn(name, id))
}

// held15Golds parses the committed gold lines.
func held15Golds() (map[string]ConflictGold, error) {
	return parseConflictGolds(eventsHeld15Gold, "events held15")
}

// Held15Held reports whether a sentence key lies in the held half.
func Held15Held(key string) bool { return seededHashOf(held15HalfSeed, key)>>16&1 == 1 }

// held15SentenceDrawn reports whether a CoNLL-2003 sentence of 6-70 words
// with a cue, not drawn by the fourteenth sample, is drawn.
func held15SentenceDrawn(key, text string) bool {
	n := len(strings.Fields(text))
	if n < 6 || n > 70 || !strings.HasPrefix(key, "conll-") || !held15Cue.MatchString(text) {
		return false
	}
	if held14SentenceDrawn(key, text) {
		return false
	}
	return seededHashOf(held15Seed, key)%held15Mod == 0
}

// held15Docs reads the documents the sample draws from, sports reports
// left out.
func held15Docs(shared string) ([]realDoc, error) {
	docs, err := conllPolnearDocs(shared, held15Drawn)
	if err != nil {
		return nil, err
	}
	out := docs[:0]
	for _, d := range docs {
		if held14Sport.MatchString(d.text) {
			continue
		}
		out = append(out, d)
	}
	return out, nil
}

// Held15Sample draws the fifteenth sample from the ../shared folder and
// runs the analyze layer's events on each drawn sentence's document (one
// event per sentence and act, as analyze). half is "tune", "held" or
// "all".
func Held15Sample(ctx context.Context, shared, half string) ([]ConflictSentence, error) {
	return readConflictSample(ctx, "events held15", shared, half, held15Docs, held15Golds, withCue(held15SentenceDrawn), Held15Held)
}

// Held15Score counts a scored fifteenth sample. On judged sentences whose
// gold names a category (Acts), TypeRight counts those whose primary
// event's PLOVER category is a gold one, NoEvent those with no event
// (none with a PLOVER category), ActorRight and TargetRight the primary
// events of a right type whose actor (target) is a gold name. On the
// sentences judged NONE (None), FalsePrimary counts those whose primary
// event has a PLOVER category.
type Held15Score struct {
	Sentences, Judged        int
	Acts, TypeRight, NoEvent int
	ActorRight, TargetRight  int
	None, FalsePrimary       int
	PerType                  map[string][2]int // first gold category -> right, total
	Confusion                map[[2]string]int // first gold category -> primary category ("" none)
}

// ScoreHeld15 scores a drawn sample against its gold over every category.
func ScoreHeld15(ss []ConflictSentence) Held15Score {
	sc := Held15Score{PerType: map[string][2]int{}, Confusion: map[[2]string]int{}}
	for _, s := range ss {
		sc.Sentences++
		if s.Gold == nil {
			continue
		}
		sc.Judged++
		g := *s.Gold
		want := map[string]bool{}
		for _, t := range g.Types {
			want[t] = true
		}
		p, ok := events.Primary(s.Events)
		got := ""
		if ok {
			got = events.PLOVER(p.Type)
		}
		if got == "-" {
			got = ""
		}
		first := g.Types[0]
		if first == "NONE" {
			sc.None++
			if got != "" {
				sc.FalsePrimary++
			}
			continue
		}
		sc.Acts++
		sc.Confusion[[2]string{first, got}]++
		pt := sc.PerType[first]
		pt[1]++
		if got == "" {
			sc.NoEvent++
		}
		if want[got] {
			sc.TypeRight++
			pt[0]++
			if nameIn(p.Actor, g.Actors) {
				sc.ActorRight++
			}
			if nameIn(p.Target, g.Targets) {
				sc.TargetRight++
			}
		}
		sc.PerType[first] = pt
	}
	return sc
}
