package story

import (
	"testing"
	"time"
)

// TestLearnedMerges: at Flush, the merge model brings a lone article of an
// event home to its story and leaves another event's story apart; off, or
// with consolidation alone off, as the options say.
func TestLearnedMerges(t *testing.T) {
	bridge, bridge2, bridge3, ferry := linkArticles[0], linkArticles[1], linkArticles[2], linkArticles[3]
	for _, tc := range []struct {
		name       string
		opts       Options
		a, b       [][]Feature
		wantMerged bool
	}{
		{"a lone article comes home", Options{ConsolidateEvery: -1}, [][]Feature{bridge, bridge2, bridge3, bridge}, [][]Feature{bridge2}, true},
		{"another event stays apart", Options{ConsolidateEvery: -1}, [][]Feature{bridge, bridge2, bridge3, bridge}, [][]Feature{ferry}, false},
		{"off", Options{ConsolidateEvery: -1, MergeModel: -1}, [][]Feature{bridge, bridge2, bridge3, bridge}, [][]Feature{bridge2}, false},
		{"not to a story of three", Options{ConsolidateEvery: -1}, [][]Feature{bridge, bridge2, bridge3}, [][]Feature{bridge2}, false},
		{"to a story of three when asked", Options{ConsolidateEvery: -1, MergeModelMin: 3}, [][]Feature{bridge, bridge2, bridge3}, [][]Feature{bridge2}, true},
		{"two lone articles: not asked", Options{ConsolidateEvery: -1}, [][]Feature{bridge}, [][]Feature{bridge}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(nil, tc.opts)
			a, b := testStory(t, c, time.Time{}, tc.a...), testStory(t, c, time.Time{}, tc.b...)
			x := c.mergeFeatures(a, b)
			p := c.mergeProb(&x)
			if merged, _, _ := flushedTogether(t, c, a.ID, b.ID); merged != tc.wantMerged {
				t.Errorf("merged %v (probability %.3f), want %v", merged, p, tc.wantMerged)
			}
		})
	}
}

// TestMergeFeaturesSymmetric: the pair's features do not depend on which
// story comes first.
func TestMergeFeaturesSymmetric(t *testing.T) {
	c := New(nil, Options{})
	a := &Story{ID: 1}
	for _, v := range linkArticles[:3] {
		c.join(a, Doc{}, v, rawFeatures{})
	}
	for _, vs := range [][][]Feature{{linkArticles[3]}, {linkArticles[1]}, linkArticles[:3]} {
		b := &Story{ID: 2}
		for _, v := range vs {
			c.join(b, Doc{}, v, rawFeatures{})
		}
		if x, y := c.mergeFeatures(a, b), c.mergeFeatures(b, a); x != y {
			t.Errorf("features of (a, b) %v differ from (b, a) %v", x, y)
		}
	}
}
