package eval

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/events"
	"github.com/storyline/storyline/internal/sentence"
	"github.com/storyline/storyline/internal/testshared"
)

func TestRealJudgmentsParse(t *testing.T) {
	j, err := RealJudgments()
	if err != nil {
		t.Fatal(err)
	}
	if len(j) < 100 {
		t.Fatalf("RealJudgments: %d verdicts, want the committed sample (>= 100)", len(j))
	}
	for k, v := range j {
		for _, c := range []byte{v.TypeOK, v.ActorOK, v.TgtOK} {
			if c != 'y' && c != 'n' && c != '-' {
				t.Errorf("%s: verdict %q has %q, want y, n or -", k, v.VerdictLine(), c)
			}
		}
	}
}

func TestScoreReal(t *testing.T) {
	ev := func(key, typ, actor, target string) RealEvent {
		return RealEvent{Key: key, Event: events.Event{Event: core.Event{Type: typ, Actor: actor, Target: target}}}
	}
	judged := func(e RealEvent, v string) RealEvent {
		s := e.Stub()
		s.TypeOK, s.ActorOK, s.TgtOK = v[0], v[1], v[2]
		e.Verdict = &s
		return e
	}
	a := judged(ev("d@1", "fight", "Norland", "Velsk"), "yyy")
	b := judged(ev("d@2", "demand", "Velsk", ""), "nn-")
	c := judged(ev("d@3", "consult", "Korvan", "Brell"), "yyn")
	c.Event.Target = "Ostrava" // the target changed since the verdict
	d := ev("d@4", "agree", "Norland", "")
	s := ScoreReal([]RealEvent{a, b, c, d})
	want := RealScore{Events: 4, Judged: 2, Unjudged: 2, TypeRight: 1, ActorRight: 1, TargetNamed: 1, TargetRight: 1, AllRight: 1}
	if s != want {
		t.Errorf("ScoreReal = %+v, want %+v", s, want)
	}
	if v, ok := c.Fresh(); ok || v.TypeOK != 'y' || v.TgtOK != '?' {
		t.Errorf("Fresh of a changed target = %q, %v; want the type verdict kept and the target reset", v.VerdictLine(), ok)
	}
}

// TestRealEventsSample runs the sample when ../shared is present: every
// event it yields is keyed by its document, and the keys are unique.
func TestRealEventsSample(t *testing.T) {
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	evs, err := RealEvents(context.Background(), RealSampleOptions{Shared: shared})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) < 40 {
		t.Fatalf("RealEvents: %d events, want a sample of at least 40", len(evs))
	}
	seen := map[string]bool{}
	for _, e := range evs {
		if seen[e.Key] {
			t.Errorf("duplicate key %s", e.Key)
		}
		seen[e.Key] = true
	}
	held, err := RealEvents(context.Background(), RealSampleOptions{Shared: shared, Held: true})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]bool{}
	for _, e := range evs {
		docs[e.Doc] = true
	}
	for _, e := range held {
		if docs[e.Doc] || strings.HasPrefix(e.Doc, "seed/") {
			t.Errorf("held-out sample holds %s, a document of the tuned sample", e.Doc)
		}
	}
	for _, e := range held {
		docs[e.Doc] = true
	}
	conflictKeys, err := conflictSentenceKeys(shared)
	if err != nil {
		t.Fatal(err)
	}
	// Each later held-out sample reads none of the earlier samples'
	// documents; from the fifth on, no sentence of the conflict-types
	// sample either, and events of every corpus named.
	for _, c := range []struct {
		name    string
		o       RealSampleOptions
		noCue   bool // no sentence of the conflict-types sample
		corpora []string
	}{
		{"second", RealSampleOptions{Shared: shared, Held2: true}, false, nil},
		{"third", RealSampleOptions{Shared: shared, Held3: true}, false, nil},
		{"fourth", RealSampleOptions{Shared: shared, Held4: true}, false, nil},
		{"fifth", RealSampleOptions{Shared: shared, Held5: true}, true, []string{"ecbplus", "newswcl50", "meantime"}},
		{"sixth", RealSampleOptions{Shared: shared, Held6: true}, true, []string{"ecbplus", "meantime"}}, // no NewsWCL50 document is left
		{"seventh", RealSampleOptions{Shared: shared, Held7: true}, true, []string{"ecbplus", "meantime"}},
		{"eighth", RealSampleOptions{Shared: shared, Held8: true}, true, []string{"ecbplus", "meantime", "conll-train", "polnear-train", "polnear-dev"}},
		{"ninth", RealSampleOptions{Shared: shared, Held9: true}, true, []string{"ecbplus", "meantime", "conll-train", "polnear-train", "polnear-dev"}},
	} {
		evs, err := RealEvents(context.Background(), c.o)
		if err != nil {
			t.Fatal(err)
		}
		// each sample held 77 to 144 events when judged; precision rules
		// written since shrink the spent ones (real-held6: 80 -> 63,
		// real-held7: 77 -> 59)
		if len(evs) < 50 {
			t.Errorf("%s held-out sample: %d events, want at least 50", c.name, len(evs))
		}
		sources := map[string]int{}
		for _, e := range evs {
			if docs[e.Doc] || strings.HasPrefix(e.Doc, "seed/") {
				t.Errorf("%s held-out sample holds %s, a document of an earlier sample", c.name, e.Doc)
			}
			if c.noCue && conflictKeys[ConflictKey(e.Doc, e.Event.Sentence)] {
				t.Errorf("%s held-out sample holds %s, a sentence of the conflict-types sample", c.name, e.Key)
			}
			src, _, _ := strings.Cut(e.Doc, "/")
			sources[src]++
		}
		for _, src := range c.corpora {
			if sources[src] == 0 {
				t.Errorf("%s held-out sample: no event from %s", c.name, src)
			}
		}
		for _, e := range evs {
			docs[e.Doc] = true
		}
	}
}

// TestLaterHeldDocsDisjoint checks, on the documents themselves rather
// than on the events they yield, that the sixth to ninth held-out
// samples read none of the earlier samples' documents.
func TestLaterHeldDocsDisjoint(t *testing.T) {
	shared := filepath.Dir(testshared.Dir(t, "seeds"))
	earlier := map[string]bool{}
	for _, o := range []RealSampleOptions{
		{Shared: shared}, {Shared: shared, Held: true}, {Shared: shared, Held2: true},
		{Shared: shared, Held3: true}, {Shared: shared, Held4: true}, {Shared: shared, Held5: true},
	} {
		docs, err := realDocs(o.withDefaults())
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			earlier[d.id] = true
		}
	}
	for _, c := range []struct {
		name string
		o    RealSampleOptions
	}{
		{"sixth", RealSampleOptions{Shared: shared, Held6: true}},
		{"seventh", RealSampleOptions{Shared: shared, Held7: true}},
		{"eighth", RealSampleOptions{Shared: shared, Held8: true}},
		{"ninth", RealSampleOptions{Shared: shared, Held9: true}},
	} {
		docs, err := realDocs(c.o.withDefaults())
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) < 40 {
			t.Errorf("%s held-out sample: %d documents, want at least 40", c.name, len(docs))
		}
		for _, d := range docs {
			if earlier[d.id] {
				t.Errorf("%s held-out sample reads %s, a document of an earlier sample", c.name, d.id)
			}
		}
		for _, d := range docs {
			earlier[d.id] = true
		}
	}
}

// conflictSentenceKeys returns the keys of the conflict-types sample's
// sentences, drawn from the sentence splitter's own text.
func conflictSentenceKeys(shared string) (map[string]bool, error) {
	docs, err := conflictDocs(shared)
	if err != nil {
		return nil, err
	}
	keys := map[string]bool{}
	for _, d := range docs {
		for _, s := range sentence.Split(d.text) {
			k := ConflictKey(d.id, s.Text)
			if drawn, _ := conflictDrawn(k, s.Text); drawn {
				keys[k] = true
			}
		}
	}
	return keys, nil
}

// TestHeld8Documents checks that the eighth and ninth held-out samples read PolNeAR
// articles only of the train and dev compartments and CoNLL-2003 train
// documents only (never a test document).
func TestHeld8Documents(t *testing.T) {
	shared := filepath.Dir(testshared.Dir(t, "seeds"))
	for _, c := range []struct {
		name string
		read func(string) ([]realDoc, error)
	}{{"held8", held8Docs}, {"held9", held9Docs}, {"held10", held10Docs}, {"held11", held11Docs}, {"held12", held12Docs}, {"held13", held13Docs}} {
		docs, err := c.read(shared)
		if err != nil {
			t.Fatal(err)
		}
		checkConllPolnearDocs(t, shared, c.name, docs)
	}
}

// checkConllPolnearDocs fails t when docs hold a document that is not a
// CoNLL-2003 train or PolNeAR train/dev one, or lack either source.
func checkConllPolnearDocs(t *testing.T, shared, sample string, docs []realDoc) {
	t.Helper()
	comp, err := polnearCompartments(filepath.Join(shared, "bench", "quotes", "polnear", "data", "metadata.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, d := range docs {
		src, name, _ := strings.Cut(d.id, "/")
		n[src]++
		switch src {
		case "polnear-train", "polnear-dev":
			if c := comp[name]; c != strings.TrimPrefix(src, "polnear-") {
				t.Errorf("%s: compartment %q", d.id, c)
			}
		case "conll-train":
		default:
			t.Errorf("%s: not a CoNLL-2003 train or PolNeAR train/dev document", d.id)
		}
	}
	if n["polnear-train"] == 0 || n["conll-train"] == 0 {
		t.Errorf("%s documents by source %v, want PolNeAR train and CoNLL-2003 train documents", sample, n)
	}
}

// FuzzParseCompartments checks that the PolNeAR metadata reader never
// panics and maps only names and compartments without tabs or line ends.
func FuzzParseCompartments(f *testing.F) {
	f.Add("compartment\tfilename\tlevel\ntrain\tnyt_2016_a\tNone\ntest\tnyt_2016_b\tNone\n")
	f.Add("dev\tonly-two\n\nno tab here\n")
	f.Add("\t\t\r\n\t")
	f.Fuzz(func(t *testing.T, raw string) {
		for name, comp := range parseCompartments(raw) {
			if strings.ContainsAny(name, "\t\n") || strings.ContainsAny(comp, "\t\n\r") {
				t.Fatalf("parseCompartments(%q): %q -> %q holds a separator", raw, name, comp)
			}
		}
	})
}
