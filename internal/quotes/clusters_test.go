package quotes

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/sentence"
)

func TestClusterFeatureHelpers(t *testing.T) {
	// "said" and "told" are reporting verbs, so their clusters hold cue words.
	for _, w := range []string{"said", "told"} {
		_, f := wordClusters(w)
		if f == 0 {
			t.Fatalf("no cluster for %q", w)
		}
		if clusterCueLevel(f) == 0 {
			t.Errorf("cluster of %q has cue level 0", w)
		}
	}
	if c, f := wordClusters("qqxzzyq"); c != 0 || f != 0 {
		t.Errorf("unknown word has clusters %d/%d", c, f)
	}
	if clusterCueLevel(0) != 0 {
		t.Error("unknown cluster has a cue level")
	}
}

func TestCandidateAndSubject(t *testing.T) {
	d := newDoc("Officials in Brenna said, he warned, that the “stated” bridge is 42 years old.", Heuristic{})
	info := d.tokenInfo(true)
	tests := []struct {
		word       string
		cand, subj bool
	}{
		{"Officials", false, true}, // capitalised: not a cue; a group noun
		{"said", true, false},
		{"he", false, true},
		{"warned", true, false},
		{"stated", false, false}, // inside quotation marks
		{"42", false, false},     // not a word
		{"Brenna", false, true},
	}
	for _, tc := range tests {
		i := slices.IndexFunc(d.toks, func(tk sentence.Token) bool { return tk.Text == tc.word })
		if i < 0 {
			t.Fatalf("no token %q", tc.word)
		}
		if got := isCandidate(&info[i]); got != tc.cand {
			t.Errorf("isCandidate(%q) = %v, want %v", tc.word, got, tc.cand)
		}
		if got := isSubject(&info[i]); got != tc.subj {
			t.Errorf("isSubject(%q) = %v, want %v", tc.word, got, tc.subj)
		}
	}
}

func TestNearestInClause(t *testing.T) {
	d := newDoc("Then Ana left, Bo said it rained. Later Cy wrote.", Heuristic{})
	info := d.tokenInfo(false)
	subj := func(i int) bool { return isSubject(&info[i]) }
	left := nearestInClause(info, -1, subj)
	right := nearestInClause(info, 1, subj)
	idx := func(w string) int {
		return slices.IndexFunc(d.toks, func(tk sentence.Token) bool { return tk.Text == w })
	}
	tests := []struct {
		word        string
		left, right int
	}{
		{"left", idx("Ana"), -1},       // "Bo" is past the comma
		{"said", idx("Bo"), idx("it")}, // the comma stops the search left of "Bo"
		{"rained", idx("it"), -1},
		{"Later", -1, idx("Cy")}, // not across the sentence start
		{"Then", -1, idx("Ana")},
	}
	for _, tc := range tests {
		i := idx(tc.word)
		if int(left[i]) != tc.left || int(right[i]) != tc.right {
			t.Errorf("%q: nearest subject left %d right %d, want %d %d", tc.word, left[i], right[i], tc.left, tc.right)
		}
	}
}
