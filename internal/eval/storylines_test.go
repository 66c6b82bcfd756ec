package eval

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/testshared"
)

func TestParseStorylineVerdicts(t *testing.T) {
	tests := []struct {
		name, src string
		want      int
		bad       bool
	}{
		{"empty", "", 0, false},
		{"comment", "# note\n\n", 0, false},
		{"two", "a1~b2\t0000abcd\ty\nc3~d4\t1234abcd\tn\n", 2, false},
		{"bad verdict", "a1~b2\t0000abcd\tx\n", 0, true},
		{"no tilde", "a1b2\t0000abcd\ty\n", 0, true},
		{"short", "a1~b2\ty\n", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseStorylineVerdicts(tt.src)
			if (err != nil) != tt.bad {
				t.Fatalf("err = %v, want bad %v", err, tt.bad)
			}
			if err == nil && len(got) != tt.want {
				t.Errorf("%d verdicts, want %d", len(got), tt.want)
			}
		})
	}
}

func TestCommittedStorylineVerdicts(t *testing.T) {
	v, err := StorylineJudgments()
	if err != nil {
		t.Fatal(err)
	}
	if len(v) < 60 {
		t.Errorf("%d committed verdicts, want at least 60", len(v))
	}
}

func TestScoreStorylines(t *testing.T) {
	pairs := []StorylinePair{
		{Verdict: 'y', Linked: true},
		{Verdict: 'y', Linked: false},
		{Verdict: 'y', Linked: false},
		{Verdict: 'n', Linked: true},
		{Verdict: 'n', Linked: false},
		{Verdict: 0, Linked: true},
	}
	s := ScoreStorylines(pairs)
	if s.TP != 1 || s.FN != 2 || s.FP != 1 || s.TN != 1 || s.Unjudged != 1 || s.Judged != 5 || s.Pairs != 6 {
		t.Fatalf("score = %+v", s)
	}
	if s.Precision() != 0.5 {
		t.Errorf("Precision = %v, want 0.5", s.Precision())
	}
	if r := s.Recall(); r < 0.333 || r > 0.334 {
		t.Errorf("Recall = %v, want 1/3", r)
	}
	if f := s.F1(); f < 0.399 || f > 0.401 {
		t.Errorf("F1 = %v, want 0.4", f)
	}
	if (StorylineScore{}).F1() != 0 {
		t.Errorf("F1 of nothing is not 0")
	}
}

// TestStorylinePairsSample runs both halves when ../shared is present:
// the halves are disjoint, keys name the stories' first documents, no
// ECB+ test document is read, and the held half is fully judged.
func TestStorylinePairsSample(t *testing.T) {
	if testing.Short() {
		t.Skip("clusters the sample documents")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	tune, err := StorylinePairs(context.Background(), StorylineSampleOptions{Shared: shared})
	if err != nil {
		t.Fatal(err)
	}
	held, err := StorylinePairs(context.Background(), StorylineSampleOptions{Shared: shared, Held: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(tune) < 50 || len(held) < 50 {
		t.Fatalf("%d tune and %d held pairs, want at least 50 each", len(tune), len(held))
	}
	keys := map[string]bool{}
	for _, p := range tune {
		keys[p.Key] = true
	}
	for _, p := range held {
		if keys[p.Key] {
			t.Errorf("pair %s in both halves", p.Key)
		}
		if p.Verdict == 0 {
			t.Errorf("held pair %s not judged (or its stories changed)", p.Key)
		}
	}
	for _, p := range append(tune, held...) {
		if p.Key != p.A.Docs[0]+"~"+p.B.Docs[0] && p.Key != p.B.Docs[0]+"~"+p.A.Docs[0] {
			t.Errorf("key %s does not name stories %s and %s", p.Key, p.A.Docs[0], p.B.Docs[0])
		}
		if p.Shared < 1 {
			t.Errorf("pair %s shares no actor", p.Key)
		}
		for _, st := range []*StorylineStory{p.A, p.B} {
			for _, d := range st.Docs {
				if d < st.Docs[0] {
					t.Errorf("story of %s: Docs[0] is not the first id (%s)", p.Key, d)
				}
			}
		}
		if strings.Count(p.Key, "~") != 1 {
			t.Errorf("bad key %s", p.Key)
		}
	}
}

// FuzzStorylineVerdicts: any text parses or fails cleanly, and every
// verdict parsed is y or n under a key with a "~".
func FuzzStorylineVerdicts(f *testing.F) {
	f.Add("a1~b2\t0000abcd\ty\n")
	f.Add("# c\n\nx~y\th\tn\nbad line\n")
	f.Add("~\t\ty")
	f.Fuzz(func(t *testing.T, src string) {
		v, err := parseStorylineVerdicts(src)
		if err != nil {
			return
		}
		for k, x := range v {
			if !strings.Contains(k, "~") || (x.OK != 'y' && x.OK != 'n') || x.Key != k {
				t.Errorf("verdict %q: %+v", k, x)
			}
		}
	})
}
