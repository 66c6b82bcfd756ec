package eval

import (
	"reflect"
	"strconv"
	"time"

	"context"
	"github.com/storyline/storyline/internal/story/clusterscore"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/novelty"
	"github.com/storyline/storyline/internal/testshared"
)

func TestNoveltyJudgmentsParse(t *testing.T) {
	j, err := NoveltyJudgments()
	if err != nil {
		t.Fatal(err)
	}
	if len(j) < 80 {
		t.Fatalf("NoveltyJudgments: %d verdicts, want the committed held half (>= 80)", len(j))
	}
	for _, tc := range []struct {
		src     string
		wantErr bool
	}{
		{"# comment\nd#1a2b\tn\n\nd#3c\to\n", false},
		{"d#1a2b\tx\n", true},
		{"d1a2b\tn\n", true},
		{"d#1a2b\tn\textra\n", true},
	} {
		_, err := parseNoveltyVerdicts(tc.src)
		if (err != nil) != tc.wantErr {
			t.Errorf("parseNoveltyVerdicts(%q) error = %v, want error %v", tc.src, err, tc.wantErr)
		}
	}
}

func TestScoreNovelty(t *testing.T) {
	s := func(v byte, got bool) NoveltySentence {
		return NoveltySentence{Verdict: v, Got: novelty.Sentence{New: got}}
	}
	got := ScoreNovelty([]NoveltySentence{s('n', true), s('n', true), s('n', false), s('o', true), s('o', false), s(0, true)})
	want := NoveltyScore{Sentences: 6, Judged: 5, Unjudged: 1, TP: 2, FN: 1, FP: 1, TN: 1}
	if got != want {
		t.Fatalf("ScoreNovelty = %+v, want %+v", got, want)
	}
	if got.Precision() != 2.0/3 || got.Recall() != 2.0/3 || got.Accuracy() != 0.6 {
		t.Errorf("P/R/A = %v %v %v", got.Precision(), got.Recall(), got.Accuracy())
	}
}

func TestDocNumber(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want int
	}{{"1_10ecbplus", 10}, {"12_3ecb", 3}, {"x", -1}, {"4_ecb", -1}} {
		if got := docNumber(tc.id); got != tc.want {
			t.Errorf("docNumber(%q) = %d, want %d", tc.id, got, tc.want)
		}
	}
}

// TestRealNoveltySample runs both halves when ../shared is present: they
// share no story, the held half has no seeds and no test-split story, and
// every drawn sentence comes after its story's first document.
func TestRealNoveltySample(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the novelty detector on the sample stories")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	tune, ts, err := RealNovelty(context.Background(), NoveltySampleOptions{Shared: shared})
	if err != nil {
		t.Fatal(err)
	}
	held, hs, err := RealNovelty(context.Background(), NoveltySampleOptions{Shared: shared, Held: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(tune) < 60 || len(held) < 60 {
		t.Fatalf("RealNovelty: %d and %d sentences, want samples of at least 60", len(tune), len(held))
	}
	names := map[string]bool{}
	for _, s := range ts {
		names[s.Name] = true
		if len(s.Docs) < 3 {
			t.Errorf("story %s has %d documents, want 3 or more", s.Name, len(s.Docs))
		}
	}
	for _, s := range hs {
		if names[s.Name] || s.Name == "seeds" {
			t.Errorf("held half holds story %s of the tuning half", s.Name)
		}
	}
	for _, x := range append(tune, held...) {
		if x.Pos < 1 || !strings.HasPrefix(x.Key, x.Doc+"#") {
			t.Errorf("sentence %s: pos %d, doc %s", x.Key, x.Pos, x.Doc)
		}
	}
	if sc := ScoreNovelty(held); sc.Judged < 80 {
		t.Errorf("held half: %d judged, want the committed 80", sc.Judged)
	}
	held2, h2s, err := RealNovelty(context.Background(), NoveltySampleOptions{Shared: shared, Held2: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range h2s {
		if !isHeld2Story(s.Name) || len(s.Docs) < 2 {
			t.Errorf("held2 story %s: %d documents", s.Name, len(s.Docs))
		}
		for _, d := range s.Docs {
			if strings.HasPrefix(d.ID, "seed/") || strings.Contains(d.ID, "ecb") {
				t.Errorf("held2 story %s holds %s", s.Name, d.ID)
			}
		}
	}
	if sc := ScoreNovelty(held2); sc.Judged < 80 {
		t.Errorf("held2: %d judged, want the committed 82", sc.Judged)
	}
	held3, h3s, err := RealNovelty(context.Background(), NoveltySampleOptions{Shared: shared, Held3: true})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]bool{}
	for _, s := range append(ts, hs...) {
		for _, d := range s.Docs {
			docs[d.ID] = true
		}
	}
	checkEcbNoveltySample(t, "held3", held3, h3s, isHeld3Story, docs, 130)
	held4, h4s, err := RealNovelty(context.Background(), NoveltySampleOptions{Shared: shared, Held4: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range h3s {
		for _, d := range s.Docs {
			docs[d.ID] = true
		}
	}
	checkEcbNoveltySample(t, "held4", held4, h4s, isHeld4Story, docs, 96)
	held5, h5s, err := RealNovelty(context.Background(), NoveltySampleOptions{Shared: shared, Held5: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range h4s {
		for _, d := range s.Docs {
			docs[d.ID] = true
		}
	}
	checkEcbNoveltySample(t, "held5", held5, h5s, isHeld5Story, docs, 101)
}

// checkEcbNoveltySample checks a sample of ECB+ stories (name: "held3"):
// each story is the sample's (isStory) with three documents or more, none
// of them read by another sample (docs) or from outside ECB+, and the
// sample is fully judged, want sentences or more.
func checkEcbNoveltySample(t *testing.T, name string, ss []NoveltySentence, stories []NoveltyStory, isStory func(name string) bool, docs map[string]bool, want int) {
	t.Helper()
	for _, s := range stories {
		if !isStory(s.Name) || len(s.Docs) < 3 {
			t.Errorf("%s story %s: %d documents", name, s.Name, len(s.Docs))
		}
		for _, d := range s.Docs {
			if docs[d.ID] || !strings.Contains(d.ID, "ecb") {
				t.Errorf("%s story %s holds %s, read by another sample", name, s.Name, d.ID)
			}
		}
	}
	if sc := ScoreNovelty(ss); sc.Judged < want || sc.Unjudged != 0 {
		t.Errorf("%s: %d judged, %d not, want the committed %d", name, sc.Judged, sc.Unjudged, want)
	}
}

func TestNoveltyHeld5Keep(t *testing.T) {
	for i := 0; i < 200; i++ {
		n := strconv.Itoa(i) + "_ecb"
		if noveltyHeld5Keep(n) && (seededHashOf(noveltyStorySalt, n)%noveltyStoryKeep == 0 || noveltyHeld3Keep(n) || noveltyHeld4Keep(n)) {
			t.Errorf("held5 keeps %s, which the tune, held, held3 or held4 sample reads", n)
		}
	}
}

// expectKeepsFew checks a sample's keep rule (set: "held3") over count
// names ("0"+suffix, "1"+suffix, ...): it keeps some and a minority, and no
// name read, when set, says another sample reads (reads names it).
func expectKeepsFew(t *testing.T, set string, count int, suffix string, keep func(string) bool, reads string, read func(string) bool) {
	t.Helper()
	kept := 0
	for i := 0; i < count; i++ {
		n := strconv.Itoa(i) + suffix
		if !keep(n) {
			continue
		}
		kept++
		if read != nil && read(n) {
			t.Errorf("%s keeps %s, which %s", set, n, reads)
		}
	}
	if kept == 0 || kept > 100 {
		t.Errorf("%s keeps %d of %d names, want some and a minority", set, kept, count)
	}
}

func TestNoveltyHeld4Keep(t *testing.T) {
	expectKeepsFew(t, "held4", 200, "_ecb", noveltyHeld4Keep, "the tune, held or held3 sample reads", func(n string) bool {
		return seededHashOf(noveltyStorySalt, n)%noveltyStoryKeep == 0 || noveltyHeld3Keep(n)
	})
}

func TestNoveltyHeld3Keep(t *testing.T) {
	expectKeepsFew(t, "held3", 200, "_ecb", noveltyHeld3Keep, "the tune or held half reads", func(n string) bool {
		return seededHashOf(noveltyStorySalt, n)%noveltyStoryKeep == 0
	})
}

func TestSubjectGroups(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2016, 5, d, 0, 0, 0, 0, time.UTC) }
	docs := []clusterscore.BenchDoc{
		{ID: "a", Title: "Governor Varlen vetoes the harbour bill", Date: day(1)},
		{ID: "b", Title: "Lawmakers weigh override of Varlen harbour veto", Date: day(3)},
		{ID: "c", Title: "A quiet week at the statehouse", Date: day(4)},
		{ID: "d", Title: "Harbour bill override fails as Varlen holds firm", Date: day(9)},
		{ID: "e", Title: "Varlen harbour dispute reaches court", Date: day(30)},
	}
	got := subjectGroups(docs)
	want := [][]int{{0, 1, 3}, {2}, {4}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("subjectGroups = %v, want %v (a week apart at most, two shared title words)", got, want)
	}
}

// expectKeepsNoneSmall checks a keep rule of a minimum of documents (set:
// "held7") keeps none of count names ("0"+suffix, ...) one document short.
func expectKeepsNoneSmall(t *testing.T, set string, count int, suffix string, keep func(string, int) bool, minDocs int) {
	t.Helper()
	for i := 0; i < count; i++ {
		n := strconv.Itoa(i) + suffix
		if keep(n, minDocs-1) {
			t.Errorf("%s keeps %s with too few documents", set, n)
		}
	}
}

func TestNoveltyHeld7Keep(t *testing.T) {
	expectKeepsNoneSmall(t, "held7", 300, "_ecbplus", noveltyHeld7Keep, noveltyHeld6MinDocs)
	expectKeepsFew(t, "held7", 300, "_ecbplus", func(n string) bool { return noveltyHeld7Keep(n, noveltyHeld6MinDocs) }, "held6 reads", func(n string) bool {
		return noveltyHeld6Keep(n, noveltyHeld6MinDocs)
	})
}

func TestNoveltyHeld8Keep(t *testing.T) {
	expectKeepsNoneSmall(t, "held8", 300, "_ecbplus", noveltyHeld8Keep, noveltyHeld8MinDocs)
	expectKeepsFew(t, "held8", 300, "_ecbplus", func(n string) bool { return noveltyHeld8Keep(n, noveltyHeld8MinDocs) }, "", nil)
	if noveltyHeld8First < 2*noveltyMaxDocs {
		t.Errorf("held8 starts at document %d, which another sample reads", noveltyHeld8First)
	}
}

func TestNoveltyHeld9Keep(t *testing.T) {
	expectKeepsNoneSmall(t, "held9", 300, "_ecbplus", noveltyHeld9Keep, noveltyHeld9MinDocs)
	expectKeepsFew(t, "held9", 300, "_ecbplus", func(n string) bool { return noveltyHeld9Keep(n, noveltyHeld9MinDocs) }, "", nil)
	if noveltyHeld9First < 3*noveltyMaxDocs {
		t.Errorf("held9 starts at document %d, which another sample reads", noveltyHeld9First)
	}
}

func TestNoveltyHeld10Keep(t *testing.T) {
	expectKeepsNoneSmall(t, "held10", 300, "_ecbplus", noveltyHeld10Keep, noveltyHeld9MinDocs)
	expectKeepsSomeOfRest(t, "held10", "held9", noveltyHeld9Keep, noveltyHeld10Keep, noveltyHeld9MinDocs)
}

func TestNoveltyHeld11Keep(t *testing.T) {
	expectKeepsNoneSmall(t, "held11", 300, "_ecbplus", noveltyHeld11Keep, noveltyHeld8MinDocs)
	expectKeepsSomeOfRest(t, "held11", "held8", noveltyHeld8Keep, noveltyHeld11Keep, noveltyHeld8MinDocs)
}

func TestNoveltyHeld12Keep(t *testing.T) {
	expectKeepsNoneSmall(t, "held12", 300, "_ecbplus", noveltyHeld12Keep, noveltyHeld8MinDocs)
	expectKeepsSomeOfRest(t, "held12", "held8", noveltyHeld8Keep, noveltyHeld12Keep, noveltyHeld8MinDocs)
	expectKeepsSomeOfRest(t, "held12", "held11", noveltyHeld11Keep, noveltyHeld12Keep, noveltyHeld8MinDocs)
}
