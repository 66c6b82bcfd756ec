package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/testshared"
)

func TestSpeakerJudgmentsParse(t *testing.T) {
	j, err := SpeakerJudgments()
	if err != nil {
		t.Fatal(err)
	}
	if len(j) < 100 {
		t.Fatalf("SpeakerJudgments: %d verdicts, want the committed samples (>= 100)", len(j))
	}
	for _, tc := range []struct {
		src     string
		wantErr bool
	}{
		{"# comment\nd@1-5\t1\t2\ty\n", false},
		{"d@1-5\t1\t2\tq\n", true},
		{"d@1-5\t1\ty\n", true},
		{"d@1-5\t1\t2\tyy\n", true},
	} {
		_, err := parseSpeakerVerdicts(tc.src)
		if (err != nil) != tc.wantErr {
			t.Errorf("parseSpeakerVerdicts(%q) error = %v, want error %v", tc.src, err, tc.wantErr)
		}
	}
}

func TestScoreSpeakers(t *testing.T) {
	q := func(key, text, speaker string) SpeakerQuote {
		return SpeakerQuote{Key: key, Quote: core.Quote{Text: text, Speaker: speaker}}
	}
	judged := func(s SpeakerQuote, v byte) SpeakerQuote {
		st := s.Stub()
		st.OK = v
		s.Verdict = &st
		return s
	}
	a := judged(q("d@1-9", "the port will reopen", "Mira Holt"), 'y')
	b := judged(q("d@20-30", "no comment", ""), 'y')
	c := judged(q("d@40-50", "the dam held", "The summit"), 'x')
	d := judged(q("d@60-70", "we will win", "Tomas Brell"), 'n')
	e := judged(q("d@80-90", "talks went well", "Tomas Brell"), 'y')
	e.Quote.Speaker = "Ana Brell" // the speaker changed since the verdict
	f := q("d@95-99", "later", "Mira Holt")
	got := ScoreSpeakers([]SpeakerQuote{a, b, c, d, e, f})
	want := SpeakerScore{Quotes: 6, Judged: 4, Unjudged: 2, Right: 2, Wrong: 1, ShouldNone: 1, Named: 3, NamedRight: 1}
	if got != want {
		t.Errorf("ScoreSpeakers = %+v, want %+v", got, want)
	}
	if got.Accuracy() != 0.5 {
		t.Errorf("Accuracy = %v, want 0.5", got.Accuracy())
	}
	if _, ok := e.Fresh(); ok {
		t.Errorf("Fresh of a changed speaker kept its verdict")
	}
}

func TestAround(t *testing.T) {
	text := "one two three four"
	if got, want := around(text, 4, 7), "one [[two]] three four"; got != want {
		t.Errorf("around = %q, want %q", got, want)
	}
}

// TestRealSpeakersSample runs the eight samples when ../shared is present:
// keys are unique and no held-out sample shares a document with the tuned
// one or an earlier held-out one.
func TestRealSpeakersSample(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the analyze layer on the sample documents")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	tune, err := RealSpeakers(context.Background(), SpeakerSampleOptions{Shared: shared})
	if err != nil {
		t.Fatal(err)
	}
	held, err := RealSpeakers(context.Background(), SpeakerSampleOptions{Shared: shared, Held: true})
	if err != nil {
		t.Fatal(err)
	}
	held2, err := RealSpeakers(context.Background(), SpeakerSampleOptions{Shared: shared, Held2: true})
	if err != nil {
		t.Fatal(err)
	}
	held3, err := RealSpeakers(context.Background(), SpeakerSampleOptions{Shared: shared, Held3: true})
	if err != nil {
		t.Fatal(err)
	}
	held4, err := RealSpeakers(context.Background(), SpeakerSampleOptions{Shared: shared, Held4: true})
	if err != nil {
		t.Fatal(err)
	}
	held5, err := RealSpeakers(context.Background(), SpeakerSampleOptions{Shared: shared, Held5: true})
	if err != nil {
		t.Fatal(err)
	}
	held6, err := RealSpeakers(context.Background(), SpeakerSampleOptions{Shared: shared, Held6: true})
	if err != nil {
		t.Fatal(err)
	}
	held7, err := RealSpeakers(context.Background(), SpeakerSampleOptions{Shared: shared, Held7: true})
	if err != nil {
		t.Fatal(err)
	}
	held8, err := RealSpeakers(context.Background(), SpeakerSampleOptions{Shared: shared, Held8: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(tune) < 60 || len(held) < 60 || len(held2) < 60 || len(held3) < 60 || len(held4) < 55 || len(held5) < 60 || len(held6) < 60 || len(held7) < 60 || len(held8) < 60 {
		t.Fatalf("RealSpeakers: %d, %d, %d, %d, %d, %d, %d, %d and %d quotes, want samples of at least 60 (55 for real-held4, whose rules since its judging dropped a few)", len(tune), len(held), len(held2), len(held3), len(held4), len(held5), len(held6), len(held7), len(held8))
	}
	docs, seen := map[string]bool{}, map[string]bool{}
	for _, q := range tune {
		docs[q.Doc] = true
		if seen[q.Key] {
			t.Errorf("duplicate key %s", q.Key)
		}
		seen[q.Key] = true
		if !strings.HasPrefix(q.Key, q.Doc+"@") {
			t.Errorf("key %s does not name its document %s", q.Key, q.Doc)
		}
	}
	heldDocs := map[string]bool{}
	for _, q := range held {
		heldDocs[q.Doc] = true
		if docs[q.Doc] || strings.HasPrefix(q.Doc, "seed/") {
			t.Errorf("held-out sample holds %s, a document of the tuned sample", q.Doc)
		}
	}
	held2Docs := map[string]bool{}
	for _, q := range held2 {
		held2Docs[q.Doc] = true
		if docs[q.Doc] || heldDocs[q.Doc] || strings.HasPrefix(q.Doc, "seed/") {
			t.Errorf("second held-out sample holds %s, a document of another sample", q.Doc)
		}
	}
	held3Docs := map[string]bool{}
	for _, q := range held3 {
		held3Docs[q.Doc] = true
		if docs[q.Doc] || heldDocs[q.Doc] || held2Docs[q.Doc] || strings.HasPrefix(q.Doc, "seed/") {
			t.Errorf("third held-out sample holds %s, a document of another sample", q.Doc)
		}
	}
	held4Docs := map[string]bool{}
	for _, q := range held4 {
		held4Docs[q.Doc] = true
		if docs[q.Doc] || heldDocs[q.Doc] || held2Docs[q.Doc] || held3Docs[q.Doc] || strings.HasPrefix(q.Doc, "seed/") {
			t.Errorf("fourth held-out sample holds %s, a document of another sample", q.Doc)
		}
	}
	held5Docs := map[string]bool{}
	for _, q := range held5 {
		held5Docs[q.Doc] = true
		if docs[q.Doc] || heldDocs[q.Doc] || held2Docs[q.Doc] || held3Docs[q.Doc] || held4Docs[q.Doc] || strings.HasPrefix(q.Doc, "seed/") {
			t.Errorf("fifth held-out sample holds %s, a document of another sample", q.Doc)
		}
	}
	held6Docs := map[string]bool{}
	for _, q := range held6 {
		held6Docs[q.Doc] = true
		if docs[q.Doc] || heldDocs[q.Doc] || held2Docs[q.Doc] || held3Docs[q.Doc] || held4Docs[q.Doc] || held5Docs[q.Doc] || strings.HasPrefix(q.Doc, "seed/") {
			t.Errorf("sixth held-out sample holds %s, a document of another sample", q.Doc)
		}
	}
	held7Docs := map[string]bool{}
	corpora := map[string]int{}
	for _, q := range held7 {
		held7Docs[q.Doc] = true
		corpora[strings.SplitN(q.Doc, "/", 2)[0]]++
		if docs[q.Doc] || heldDocs[q.Doc] || held2Docs[q.Doc] || held3Docs[q.Doc] || held4Docs[q.Doc] || held5Docs[q.Doc] || held6Docs[q.Doc] || strings.HasPrefix(q.Doc, "seed/") {
			t.Errorf("seventh held-out sample holds %s, a document of another sample", q.Doc)
		}
	}
	for _, c := range []string{"ecbplus", "conll-train", "polnear-train", "polnear-dev"} {
		if corpora[c] == 0 {
			t.Errorf("seventh held-out sample: no quote from %s (%v)", c, corpora)
		}
	}
	used, err := usedBeforeHeld8(shared)
	if err != nil {
		t.Fatal(err)
	}
	held8Docs := map[string]bool{}
	for _, q := range held8 {
		held8Docs[q.Doc] = true
		if docs[q.Doc] || heldDocs[q.Doc] || held2Docs[q.Doc] || held3Docs[q.Doc] || held4Docs[q.Doc] || held5Docs[q.Doc] || held6Docs[q.Doc] || held7Docs[q.Doc] || used[q.Doc] || strings.HasPrefix(q.Doc, "seed/") {
			t.Errorf("eighth held-out sample holds %s, a document of another sample", q.Doc)
		}
	}
	held9, err := RealSpeakers(context.Background(), SpeakerSampleOptions{Shared: shared, Held9: true})
	if err != nil {
		t.Fatal(err)
	}
	used9, err := usedBeforeHeld9(shared)
	if err != nil {
		t.Fatal(err)
	}
	corpora9 := map[string]int{}
	for _, q := range held9 {
		corpora9[strings.SplitN(q.Doc, "/", 2)[0]]++
		if held8Docs[q.Doc] || used9[q.Doc] || strings.HasPrefix(q.Doc, "seed/") {
			t.Errorf("ninth held-out sample holds %s, a document of another sample", q.Doc)
		}
	}
	// Even moduli on the ids left after the entity layer's draws took all
	// or none of them (FNV-1a's low bit): each corpus must be there.
	for _, c := range []string{"ecbplus", "conll-train", "polnear-train"} {
		if corpora9[c] == 0 {
			t.Errorf("ninth held-out sample: no quote from %s (%v)", c, corpora9)
		}
	}
	if len(held9) < 100 {
		t.Errorf("ninth held-out sample: %d quotes, want the 114 judged (or near)", len(held9))
	}
}

func FuzzParseSpeakerVerdicts(f *testing.F) {
	f.Add("# c\nd@1-5\t1\t2\ty\n")
	f.Add("d@1-5\t1\t2\tq\n")
	f.Add("\t\t\t\n")
	f.Fuzz(func(t *testing.T, src string) {
		m, err := parseSpeakerVerdicts(src)
		if err != nil {
			return
		}
		for k, v := range m {
			if v.Key != k || (v.OK != 'y' && v.OK != 'n' && v.OK != 'x') {
				t.Fatalf("parsed %q into %+v", src, v)
			}
		}
	})
}

func TestBenchDocs(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, src string
		want      []string
		wantErr   bool
	}{
		{"splits", `{"id":"a","split":"train","text":"t1"}` + "\n\n" + `{"id":"b","split":"test","text":"t2"}` + "\n" + `{"id":"c/d","text":"t3"}` + "\n", []string{"x/a", "x/c/d"}, false},
		{"bad", `{"id":`, nil, true},
		{"empty", "", nil, false},
	} {
		path := filepath.Join(dir, tc.name+".jsonl")
		if err := os.WriteFile(path, []byte(tc.src), 0o644); err != nil {
			t.Fatal(err)
		}
		docs, err := benchDocs(path, "x")
		if (err != nil) != tc.wantErr {
			t.Errorf("%s: benchDocs error = %v, want error %v", tc.name, err, tc.wantErr)
			continue
		}
		var got []string
		for _, d := range docs {
			got = append(got, d.id)
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%s: benchDocs ids = %v, want %v", tc.name, got, tc.want)
		}
	}
	if _, err := benchDocs(filepath.Join(dir, "none.jsonl"), "x"); err == nil {
		t.Errorf("benchDocs of a missing file: no error")
	}
}

// TestTrainDevDocsNoTest checks that the seventh sample's CoNLL and
// PolNeAR reader never yields a test document: ids name the train or dev
// folder only, and a PolNeAR id's compartment in metadata.tsv is its
// folder's.
func TestTrainDevDocsNoTest(t *testing.T) {
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	comp, err := polnearCompartments(filepath.Join(shared, "bench", "quotes", "polnear", "data", "metadata.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := trainDevDocs(shared, func(corpus, id string) bool { return seededHashOf("test:", id)%5 == 0 })
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, d := range docs {
		folder, name, _ := strings.Cut(d.id, "/")
		n[folder]++
		switch folder {
		case "conll-train":
		case "polnear-train", "polnear-dev":
			if want := strings.TrimPrefix(folder, "polnear-"); comp[name] != want {
				t.Errorf("trainDevDocs read %s, compartment %q", d.id, comp[name])
			}
		default:
			t.Errorf("trainDevDocs read %s, from neither CoNLL train nor PolNeAR train/dev", d.id)
		}
		if strings.TrimSpace(d.text) == "" {
			t.Errorf("trainDevDocs: %s is empty", d.id)
		}
	}
	if n["conll-train"] < 50 || n["polnear-train"] < 50 || n["polnear-dev"] < 5 {
		t.Errorf("trainDevDocs read %v, want documents of each folder", n)
	}
}
