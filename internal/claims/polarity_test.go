package claims

import (
	"context"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// Polarity of statements (nineteenth session). The speakers and their
// words are fictional.

func TestStatementPolarityKey(t *testing.T) {
	direct := func(text string) core.Quote {
		return core.Quote{Text: "“" + text + ",”", Speaker: "Mara Quill", Direct: true}
	}
	key := func(text string) string {
		t.Helper()
		ks := statementKeys(direct(text))
		if len(ks) != 1 {
			t.Fatalf("%q: keys %v, want one", text, ks)
		}
		return ks[0]
	}
	pos := key("Kell is qualified to lead the harbour authority")
	neg := key("Kell is not qualified to lead the harbour authority")
	if pos == neg {
		t.Fatalf("a statement and its negation share key %q", pos)
	}
	if !strings.Contains(neg, "not-qualifi") {
		t.Errorf("negated key %q does not show the negation", neg)
	}
	for _, same := range []string{
		"Kell isn't qualified to lead the harbour authority",
		"Kell isnt qualified to lead the harbour authority",
		"I know that Kell is not qualified to lead the harbour authority",
		"Kell is never qualified to lead the harbour authority",
	} {
		if got := key(same); got != neg {
			t.Errorf("%q: key %q, want %q", same, got, neg)
		}
	}
	// a negation the main clause does not hold flips nothing
	for _, text := range []string{
		"Kell is not only qualified to lead the harbour authority but the ferry board too",
		"Kell, who has not paid her staff, is qualified to lead the harbour authority",
		"Kell is qualified to lead the harbour authority if nobody else applies",
		"Kell is qualified to lead the harbour authority, not the ferry board",
		"Nothing less than the harbour authority is what Kell is qualified to lead",
		"The deal that we did not sign would have closed the harbour authority",
		"There is no doubt Kell is qualified to lead the harbour authority",
	} {
		if k := key(text); strings.Contains(k, negPrefix) {
			t.Errorf("%q: key %q reads a negation of the main clause", text, k)
		}
	}
	// a negation counts as a word: two stems and a negation make a
	// statement, two stems alone do not
	if ks := statementKeys(direct("This isn't working for everyone")); len(ks) != 1 {
		t.Errorf("a negated statement of two stems: keys %v, want one", ks)
	}
	if ks := statementKeys(direct("This is working for everyone")); len(ks) != 0 {
		t.Errorf("a statement of two stems: keys %v, want none", ks)
	}
	// a negated stem the four longest leave out stays in the key
	if k := key("The northern harbour authority will not sell freight terminals before autumn"); !strings.Contains(k, "not-sell") {
		t.Errorf("key %q lacks the negated stem", k)
	}
}

func TestStatementUnsaid(t *testing.T) {
	// the writer says the speaker never said it: no statement of hers
	s := "Anna Lorvik never said that Kell was qualified to lead the harbour authority."
	q := core.Quote{Text: "that Kell was qualified to lead the harbour authority", Speaker: "Anna Lorvik", Sentence: s}
	wantKey(t, statementKeys(q), "")
	s = "Anna Lorvik denied that Kell was qualified to lead the harbour authority."
	q = core.Quote{Text: "that Kell was qualified to lead the harbour authority", Speaker: "Anna Lorvik", Sentence: s}
	wantKey(t, statementKeys(q), "")
	s = "Anna Lorvik said that Kell was qualified to lead the harbour authority."
	q = core.Quote{Text: "that Kell was qualified to lead the harbour authority", Speaker: "Anna Lorvik", Sentence: s}
	wantKey(t, statementKeys(q), "lorvik|says|")
	// nearly said is not said: "stopped short of saying", "veered close to an admission"
	for _, s := range []string{
		"Anna Lorvik veered close to an admission that Kell was qualified to lead the harbour authority.",
		"Anna Lorvik stopped short of saying that Kell was qualified to lead the harbour authority.",
		"Anna Lorvik came close to admitting Kell was qualified to lead the harbour authority.",
	} {
		q := core.Quote{Text: "Kell was qualified to lead the harbour authority", Speaker: "Anna Lorvik", Sentence: s}
		wantKey(t, statementKeys(q), "")
		if strings.Contains(s, "that "+q.Text) {
			q.Text = "that " + q.Text
			wantKey(t, statementKeys(q), "")
		}
	}
}

func TestJoinPolarity(t *testing.T) {
	e := NewExtractor(Options{})
	const first = "We will reopen the northern ferry terminal at Brannholm before the winter storms"
	const negated = "We will not reopen the northern ferry terminal at Brannholm before the winter storms"
	// a statement and its negation: never one group
	testJoin(t, e, first, "Anna Lorvik", negated, false)
	testJoin(t, e, negated, "Anna Lorvik", first, false)
	// the negation quoted shorter joins the negation
	testJoin(t, e, negated, "Anna Lorvik", "We won't reopen the northern ferry terminal at Brannholm", true)
	// a longer quote whose other sentence negates other words joins
	testJoin(t, e, first, "Anna Lorvik", first+". We will not wait for the ministry", true)
	// litotes: not unwilling is willing; never a refusal
	const willing = "We are willing to reopen the northern ferry terminal at Brannholm"
	testJoin(t, e, willing, "Anna Lorvik", "We are not unwilling to reopen the northern ferry terminal at Brannholm", true)
	testJoin(t, e, "We refuse to reopen the northern ferry terminal at Brannholm", "Anna Lorvik", "We have never refused to reopen the northern ferry terminal at Brannholm", false)
	// other double negatives join neither side
	testJoin(t, e, "We support the plan to reopen the northern ferry terminal at Brannholm", "Anna Lorvik", "We never opposed the plan to reopen the northern ferry terminal at Brannholm", false)
}

func TestNegationsAt(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int // how many negations count
	}{
		{"We are not ready", 1},
		{"We are not only ready but eager", 0},
		{"If they do not come, we will leave", 0},
		{"We will leave if they do not come", 0},
		{"We will leave if they do not come, and we will never return", 1},
		{"that the talks did not fail", 1},
		{"People should run, not walk, to the exits", 0},
		{"Nobody wants war. We don't either", 2},
		{"Mr. Kell is not ready", 1},
		{"the memos show clearly that there was no collusion", 1},
		{"we should strengthen the law —not weaken it", 0},
		{"we should strengthen the law - not weaken it", 0},
		{"I am a natural politician, in case you haven't noticed", 0},
	} {
		if got := len(negationsAt(tc.s)); got != tc.want {
			t.Errorf("negationsAt(%q): %d negations, want %d", tc.s, got, tc.want)
		}
	}
}

func TestJoinPolarityStored(t *testing.T) {
	// what a store keeps (GistText) reads back with its negation
	ctx := context.Background()
	e := NewExtractor(Options{})
	a := statementOf(t, e, "Anna Lorvik", "Kell is not qualified to lead the harbour authority in Brannholm")
	b := statementOf(t, e, "Anna Lorvik", "Kell is qualified to lead the harbour authority in Brannholm, and more")
	var m MemMemory
	said := []Said{{Holder: a.Holder, Own: a.Key, Key: a.Key, Gist: ParseGist(GistText(a.Gist))}}
	if err := m.Keep(ctx, "1", said); err != nil {
		t.Fatal(err)
	}
	got, err := Join(ctx, &m, "2", []Claim{b})
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Key == a.Key {
		t.Errorf("a statement joined its stored negation %q", a.Key)
	}
}

func TestStanceNegationScope(t *testing.T) {
	e := NewExtractor(Options{})
	for _, tc := range []struct {
		text string
		keys []string
	}{
		{"Ostmark is not only ready for talks but eager for them.", []string{"ostmark|ready|negotiations"}},
		{"Ostmark is no doubt ready for talks.", []string{"ostmark|ready|negotiations"}},
		{"Ostmark is not ready for talks.", []string{"ostmark|not-ready|negotiations"}},
		{"Kell never said Ostmark was ready for talks.", nil},
		{"Kell did not say that Ostmark was ready for talks.", nil},
		{"Kell said Ostmark was ready for talks.", []string{"ostmark|ready|negotiations"}},
		{"Ostmark has never refused talks.", []string{"ostmark|ready|negotiations"}},
		{"Kell stopped short of saying that Ostmark was ready for talks.", nil},
		{"Kell came close to admitting Ostmark was ready for talks.", nil},
		{"Kell stopped short of endorsing Lena Varro.", nil},
		{"Kell stopped short of accusing Ostmark of shelling the port.", nil},
		{"Kell came close to a deal, and accused Ostmark of shelling the port.", []string{"kell|accuse|ostmark:shell"}},
	} {
		var keys []string
		for _, c := range e.Extract("", tc.text, nil) {
			keys = append(keys, c.Key)
		}
		if strings.Join(keys, " ") != strings.Join(tc.keys, " ") {
			t.Errorf("%q: keys %v, want %v", tc.text, keys, tc.keys)
		}
	}
}
