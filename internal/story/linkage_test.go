package story

import (
	"math"
	"slices"
	"testing"
	"time"
)

// unit returns the unit-length, key-sorted vector of the given features.
func unit(fs ...Feature) []Feature {
	v := append([]Feature(nil), fs...)
	slices.SortFunc(v, byKey)
	normalise(v)
	return v
}

func tf(s string, w float64) Feature { return Feature{KeyOf('t', s), w} }
func ef(s string, w float64) Feature { return Feature{KeyOf('e', s), w} }

// articles of a small fictional subject: a bridge closure in Karvik and a
// ferry strike in Lunde.
var linkArticles = [][]Feature{
	unit(tf("bridge", 3), tf("close", 2), tf("karvik", 2), ef("karvik", 1), ef("ana berg", 1)),
	unit(tf("bridge", 2), tf("crack", 1), tf("karvik", 3), ef("karvik", 2)),
	unit(tf("bridge", 1), tf("close", 1), tf("repair", 2), ef("ana berg", 1), ef("karvik", 1)),
	unit(tf("ferry", 3), tf("strike", 2), tf("lunde", 2), ef("lunde", 1)),
}

func TestAvgLinkIsMeanSimilarity(t *testing.T) {
	for _, mix := range []float64{-1, 0.3, 0.5} {
		c := New(nil, Options{EntityMix: mix})
		s := &Story{ID: 1}
		for _, v := range linkArticles[:3] {
			c.join(s, Doc{}, v, rawFeatures{})
		}
		for qi, q := range linkArticles {
			var want float64
			for _, m := range linkArticles[:3] {
				want += c.similarity(q, m)
			}
			want /= 3
			if got := c.avgLink(newLinkVecs(q), s); math.Abs(got-want) > 1e-9 {
				t.Errorf("mix %v article %d: avgLink = %.6f, want mean similarity %.6f", mix, qi, got, want)
			}
		}
		// PairSum holds the three pairs, so cohesion is their mean.
		var pairs float64
		for i := 0; i < 3; i++ {
			for j := i + 1; j < 3; j++ {
				pairs += c.similarity(linkArticles[i], linkArticles[j])
			}
		}
		if got := c.cohesion(s); math.Abs(got-max(pairs/3, 0.02)) > 1e-9 {
			t.Errorf("mix %v: cohesion = %.6f, want %.6f", mix, got, pairs/3)
		}
	}
}

func TestLinkMergeSumsPairs(t *testing.T) {
	c := New(nil, Options{})
	a, b, all := &Story{ID: 1}, &Story{ID: 2}, &Story{ID: 3}
	for i, v := range linkArticles {
		if i < 2 {
			c.join(a, Doc{}, v, rawFeatures{})
		} else {
			c.join(b, Doc{}, v, rawFeatures{})
		}
		c.join(all, Doc{}, v, rawFeatures{})
	}
	c.linkMerge(a, b)
	if math.Abs(a.PairSum-all.PairSum) > 1e-9 {
		t.Errorf("merged PairSum = %.6f, want %.6f (the union's)", a.PairSum, all.PairSum)
	}
}

func TestCohesionPrior(t *testing.T) {
	c := New(nil, Options{})
	for _, tc := range []struct {
		name     string
		pairSum  float64
		size     int
		want     float64
		wantDesc string
	}{
		{"empty", 0, 0, c.opts.LinkPrior, "prior"},
		{"one article", 0, 1, c.opts.LinkPrior, "prior"},
		{"two at 0.5", 0.5, 2, 0.5, "mean"},
		{"three pairs summing 0.9", 0.9, 3, 0.3, "mean"},
		{"tiny similarity floors", 0.001, 4, 0.02, "floor"},
		{"no pair sum (stored before it was kept)", 0, 4, c.opts.LinkPrior, "prior"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.cohesionOf(tc.pairSum, tc.size); math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("cohesionOf(%v, %d) = %v, want %v (%s)", tc.pairSum, tc.size, got, tc.want, tc.wantDesc)
			}
		})
	}
}

func TestJoinMergeDecisions(t *testing.T) {
	c := New(nil, Options{})
	bridge := &Story{ID: 1}
	for _, v := range linkArticles[:3] {
		c.join(bridge, Doc{}, v, rawFeatures{})
	}
	ferry := &Story{ID: 2}
	c.join(ferry, Doc{}, linkArticles[3], rawFeatures{})
	onBridge := unit(tf("bridge", 2), tf("karvik", 2), tf("close", 1), ef("karvik", 1))
	if sc := c.linkJoinScore(c.avgLink(newLinkVecs(onBridge), bridge), bridge); sc < c.opts.LinkJoin {
		t.Errorf("a bridge article scores %.2f against the bridge story, want >= %.2f", sc, c.opts.LinkJoin)
	}
	if sc := c.linkJoinScore(c.avgLink(newLinkVecs(onBridge), ferry), ferry); sc >= c.opts.LinkJoin {
		t.Errorf("a bridge article scores %.2f against the ferry story, want < %.2f", sc, c.opts.LinkJoin)
	}
	if mustMerge(t, c, bridge, ferry) {
		t.Error("the bridge and ferry stories merge")
	}
	twin := &Story{ID: 3}
	for _, v := range linkArticles[:3] {
		c.join(twin, Doc{}, v, rawFeatures{})
	}
	if !mustMerge(t, c, bridge, twin) {
		t.Error("two stories of the same articles do not merge")
	}
}

func TestSplitScore(t *testing.T) {
	c := New(nil, Options{DetachMin: 2, SplitRest: 1})
	root, frag := &Story{ID: 1}, &Story{ID: 2, MergedInto: 1}
	for _, v := range linkArticles[:2] {
		c.join(root, Doc{}, v, rawFeatures{})
	}
	ferry := linkArticles[3]
	for range 2 {
		c.join(frag, Doc{}, ferry, rawFeatures{})
		c.join(root, Doc{}, ferry, rawFeatures{})
	}
	rest := subtract(root.Centroid, frag.Centroid)
	restEnt := subtract(root.EntCentroid, frag.EntCentroid)
	r, restPairs, ok := c.splitScore(frag, rest, restEnt, root.Size-frag.Size, root)
	if !ok || r >= c.opts.LinkSplit {
		t.Errorf("ferry fragment in a bridge story: split score %.2f ok %v, want < %.2f", r, ok, c.opts.LinkSplit)
	}
	want := c.similarity(linkArticles[0], linkArticles[1])
	if math.Abs(restPairs-want) > 1e-9 {
		t.Errorf("rest pair sum %.6f, want %.6f", restPairs, want)
	}
	if _, _, ok := c.splitScore(&Story{Size: 1}, rest, restEnt, 2, root); ok {
		t.Error("a one-article fragment can be split off")
	}
	strict := New(nil, Options{DetachMin: 2, SplitRest: 3})
	if _, _, ok := strict.splitScore(frag, rest, restEnt, 2, root); ok {
		t.Error("a fragment splits off a rest of 2 articles with SplitRest 3")
	}
}

func TestMergeBars(t *testing.T) {
	c := New(nil, Options{LinkAbsorb: 0.4})
	join := func(s *Story, vs ...[]Feature) *Story {
		for _, v := range vs {
			c.join(s, Doc{}, v, rawFeatures{})
		}
		return s
	}
	// A story of four bridge articles and a fifth alone that is less alike.
	mk := func() *Story {
		return join(&Story{ID: 1}, linkArticles[0], linkArticles[1], linkArticles[2],
			unit(tf("bridge", 3), tf("karvik", 2), ef("karvik", 1), ef("ana berg", 1)))
	}
	loner := join(&Story{ID: 2}, unit(tf("bridge", 1), tf("karvik", 1), tf("toll", 2.8), tf("fee", 2.8), ef("karvik", 1), ef("toll office", 2.8)))
	big := mk()
	x := c.crossLink(big, loner) / math.Sqrt(c.cohesion(big)*c.cohesion(loner))
	if x < c.opts.LinkAbsorb || x >= c.opts.LinkMerge {
		t.Fatalf("test vectors: ratio %.2f, want between LinkAbsorb %.2f and LinkMerge %.2f", x, c.opts.LinkAbsorb, c.opts.LinkMerge)
	}
	if !mustMerge(t, c, big, loner) {
		t.Errorf("a one-article story at ratio %.2f is not absorbed by a story of %d", x, big.Size)
	}
	small := join(&Story{ID: 3}, linkArticles[0], linkArticles[0])
	y := c.crossLink(small, loner) / math.Sqrt(c.cohesion(small)*c.cohesion(loner))
	if y >= c.opts.LinkMerge || y < c.opts.LinkAbsorb {
		t.Fatalf("test vectors: small story ratio %.2f, want between LinkAbsorb and LinkMerge", y)
	}
	if mustMerge(t, c, small, loner) {
		t.Errorf("a story of %d (under AbsorbMin) absorbs a one-article story at ratio %.2f", small.Size, y)
	}
	// Split-off stories need LinkRemerge.
	a, b := mk(), join(&Story{ID: 4}, unit(tf("bridge", 1), tf("karvik", 1), tf("toll", 2), tf("fee", 2), ef("karvik", 1), ef("toll office", 2)))
	if !mustMerge(t, c, a, b) {
		t.Fatal("test vectors: the two bridge stories do not merge")
	}
	b.SplitFrom = a.ID
	r := c.crossLink(a, b) / math.Sqrt(c.cohesion(a)*c.cohesion(b))
	if r >= c.opts.LinkRemerge {
		t.Fatalf("test vectors: ratio %.2f, want under LinkRemerge", r)
	}
	if mustMerge(t, c, a, b) {
		t.Errorf("a story merges back into the one it split off from at ratio %.2f < LinkRemerge %.2f", r, c.opts.LinkRemerge)
	}
}

func TestSeenFeatures(t *testing.T) {
	k := func(s string) Key { return KeyOf('t', s) }
	v := []Feature{{k("a"), 1}, {k("b"), 2}, {k("c"), 3}}
	slices.SortFunc(v, byKey)
	keys := []Key{v[0].Key, v[1].Key, v[2].Key}
	for _, tc := range []struct {
		name string
		df   []int
		want int
	}{
		{"all seen", []int{2, 3, 5}, 3},
		{"one new", []int{1, 3, 5}, 2},
		{"all new keeps all", []int{1, 1, 1}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := seenFeatures(v, keys, tc.df); len(got) != tc.want {
				t.Errorf("seenFeatures kept %d, want %d", len(got), tc.want)
			}
		})
	}
}

func TestMergeHeedsTime(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d) }
	for _, tc := range []struct {
		name      string
		a, b      time.Time // publication time of each story's articles; zero: undated
		wantMerge bool
	}{
		{"undated", time.Time{}, time.Time{}, true},
		{"same week", day(0), day(3), true},
		{"a year apart", day(0), day(365), false},
		{"past the largest gap", day(0), day(11), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(nil, Options{})
			a, b := &Story{ID: 1}, &Story{ID: 2}
			for _, v := range linkArticles[:3] {
				c.join(a, Doc{Published: tc.a}, v, rawFeatures{})
				c.join(b, Doc{Published: tc.b}, v, rawFeatures{})
			}
			if got := mustMerge(t, c, a, b); got != tc.wantMerge {
				t.Errorf("shouldMerge = %v, want %v", got, tc.wantMerge)
			}
		})
	}
	// One side dated: time cannot confirm the match, so the link counts
	// less (Options.UndatedBar), as for an article joining a story.
	c := New(nil, Options{})
	a, b := &Story{ID: 1}, &Story{ID: 2, First: day(0), Last: day(0)}
	if f, ok := c.timeFit(a, b); !ok || math.Abs(f-1/c.opts.UndatedBar) > 1e-12 {
		t.Errorf("timeFit(undated, dated) = %v, %v; want %v, true", f, ok, 1/c.opts.UndatedBar)
	}
}

// TestMaxSpan: a story whose dated articles already span weeks (a running
// subject reported day after day) takes a report the next day as if it
// were the excess of the joint span over MaxSpan away; an event's reports
// over a few days are not touched, nor is anything with MaxSpan off (the
// default).
func TestMaxSpan(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2016, 2, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, d) }
	tests := []struct {
		name        string
		first, last time.Time // the story's span
		t           time.Time // the article's time
		off         bool      // MaxSpan off
		wantDays    float64
	}{
		{"inside a short span", day(0), day(2), day(1), false, 0},
		{"next day, short span", day(0), day(2), day(3), false, 1},
		{"next day, span of three weeks", day(0), day(20), day(21), false, 21 - 14},
		{"before a long span", day(5), day(25), day(0), false, 25 - 14},
		{"next day, three weeks, off", day(0), day(20), day(21), true, 1},
		{"gap beyond the excess", day(0), day(2), day(30), false, 28},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := Options{MaxSpan: 14 * 24 * time.Hour}
			if tc.off {
				o.MaxSpan = 0
			}
			c := New(nil, o)
			s := &Story{ID: 1, Size: 2, First: tc.first, Last: tc.last}
			gap, known := c.timeGap(tc.t, s)
			if !known || math.Abs(gap.Hours()/24-tc.wantDays) > 1e-9 {
				t.Errorf("timeGap = %v, %v; want %v days", gap, known, tc.wantDays)
			}
			b := &Story{ID: 2, Size: 1, First: tc.t, Last: tc.t}
			f, ok := c.timeFit(s, b)
			want := 1 - 0.5*tc.wantDays/10
			if tc.wantDays > 10 {
				want = 0.5 / c.opts.GapOverride // past MaxGap: the override factor (s holds two)
			}
			if !ok || math.Abs(f-want) > 1e-9 {
				t.Errorf("timeFit = %v, %v; want %v", f, ok, want)
			}
		})
	}
	if _, known := New(nil, Options{MaxSpan: 14 * 24 * time.Hour}).timeGap(time.Time{}, &Story{First: day(0), Last: day(30)}); known {
		t.Errorf("timeGap of an undated article is known")
	}
}
