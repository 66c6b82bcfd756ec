package events

import "testing"

// TestConfidenceWeights checks the model's table matches its signals.
func TestConfidenceWeights(t *testing.T) {
	if len(confWeights) != len(signalNames) || len(Signals{}.Vector()) != len(signalNames) {
		t.Fatalf("weights %d, signals %d, vector %d", len(confWeights), len(signalNames), len(Signals{}.Vector()))
	}
}

// TestConfidenceOrders checks that the score ranks the cues the fitted
// model learned: a past-tense act by a named state above a derived
// trigger, a sports or market sentence, a negated or first-person one.
func TestConfidenceOrders(t *testing.T) {
	base := Signals{NamedBefore: true, Past: true, Target: true}
	for _, c := range []struct {
		name  string
		worse Signals
	}{
		{"derived", Signals{NamedBefore: true, Past: true, Target: true, Derived: true}},
		{"weak type", Signals{NamedBefore: true, Past: true, Target: true, WeakType: true}},
		{"negated", Signals{NamedBefore: true, Past: true, Target: true, Negated: true}},
		{"opinion document", Signals{NamedBefore: true, Past: true, Target: true, DocOpinion: true, FirstPerson: true}},
		{"sports document", Signals{NamedBefore: true, Past: true, Target: true, DocSport: true}},
		{"market document", Signals{NamedBefore: true, Past: true, Target: true, DocMarket: true}},
		{"infinitive", Signals{NamedBefore: true, Target: true, Infinitive: true}},
	} {
		if b, w := base.Score(), c.worse.Score(); !(w < b) || w <= 0 || b >= 1 {
			t.Errorf("%s: score %.3f, want below %.3f and in (0, 1)", c.name, w, b)
		}
	}
}

// TestMinConfidenceGate checks that the gate keeps the events at or above
// it and that the zero value keeps every event.
func TestMinConfidenceGate(t *testing.T) {
	text := "Norland troops attacked the border town of Velsk on Monday. " +
		"The club will offer fans free tickets to the match, which it hopes to win by 3 - 1."
	all := Find(text, Options{})
	if len(all) == 0 {
		t.Fatal("no events without the gate")
	}
	for _, e := range all {
		if e.Confidence <= 0 || e.Confidence >= 1 {
			t.Errorf("%q: confidence %.3f outside (0, 1)", e.Trigger, e.Confidence)
		}
	}
	for _, min := range []float64{0.3, 0.6, 0.9} {
		kept := Find(text, Options{MinConfidence: min})
		want := 0
		for _, e := range all {
			if e.Confidence >= min {
				want++
			}
		}
		if len(kept) != want {
			t.Errorf("MinConfidence %.1f: %d events, want %d", min, len(kept), want)
		}
		for _, e := range kept {
			if e.Confidence < min {
				t.Errorf("MinConfidence %.1f kept %q at %.3f", min, e.Trigger, e.Confidence)
			}
		}
	}
}

// TestSignalsOfSentence checks the signals read from fictional sentences.
func TestSignalsOfSentence(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		check         func(Signals) bool
	}{
		{"Norland troops attacked the border town of Velsk on Monday.", "attacked", func(g Signals) bool { return g.Past && !g.Present && !g.Negated }},
		{"Norland rejected the Velsk proposal, the ministry said.", "rejected", func(g Signals) bool { return g.Said && g.Past && g.Target }},
		{"Velsk offers talks to Norland", "offers", func(g Signals) bool { return g.Headline && g.Present && g.TwoSense }},
	} {
		var got *Event
		evs := Find(c.text, Options{})
		for i := range evs {
			if evs[i].Trigger == c.trigger || len(evs) == 1 {
				got = &evs[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no event %q (got %v)", c.text, c.trigger, evs)
			continue
		}
		if !c.check(got.Signals) {
			t.Errorf("%q: signals %+v", c.text, got.Signals)
		}
	}
}

// TestPrimaryAndLeadSignals checks the twentieth session's signals on
// fictional text: the primary event of a sentence is marked and a
// subordinate one is not; events in the first three sentences are leads,
// later ones are not.
func TestPrimaryAndLeadSignals(t *testing.T) {
	text := "Norland troops attacked Velsk on Monday. Velsk rejected the Norland ultimatum. " +
		"The ministry said little. Officials met in Arnby. " +
		"After the talks collapsed, Norland shelled the Velsk border post, which had fired on its patrol."
	evs := Find(text, Options{})
	seen := map[string]Signals{}
	for _, e := range evs {
		seen[e.Trigger] = e.Signals
	}
	if g, ok := seen["attacked"]; !ok || !g.Lead || !g.Primary {
		t.Errorf("attacked: %+v (found %v), want lead and primary", g, ok)
	}
	if g, ok := seen["shelled"]; !ok || g.Lead || !g.Primary {
		t.Errorf("shelled: %+v (found %v), want primary, no lead", g, ok)
	}
	if g, ok := seen["fired on"]; !ok || g.Primary {
		t.Errorf("fired on: %+v (found %v), want a relative clause's event, not primary", g, ok)
	}
	for _, e := range evs {
		if e.Signals.Primary {
			p, _ := Primary(sentenceOf(evs, e))
			if p.Start != e.Start {
				t.Errorf("%q marked primary, Primary chooses %q", e.Trigger, p.Trigger)
			}
		}
	}
}

// sentenceOf returns the events of evs in e's sentence.
func sentenceOf(evs []Event, e Event) []Event {
	var out []Event
	for _, x := range evs {
		if x.SentenceSpan == e.SentenceSpan {
			out = append(out, x)
		}
	}
	return out
}
