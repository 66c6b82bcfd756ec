package story

import (
	"math"
	"testing"
	"time"
)

// contraVec is a fictional article vector: terms, entities and numbers,
// sorted by key, each of weight one.
func contraVec(terms, ents, nums []string) []Feature {
	var v []Feature
	for _, t := range terms {
		v = append(v, Feature{KeyOf('t', t), 1})
	}
	for _, e := range ents {
		v = append(v, Feature{KeyOf('e', e), 1})
	}
	for _, n := range nums {
		v = append(v, Feature{KeyOf('n', n), 1})
	}
	sortByKey(v)
	var n float64
	for _, f := range v {
		n += f.W * f.W
	}
	for i := range v {
		v[i].W /= math.Sqrt(n)
	}
	return v
}

// contraStory is a fictional story of the member vectors ms (its centroid
// their sum).
func contraStory(id StoryID, ms ...[]Feature) *Story {
	w := map[Key]float64{}
	for _, m := range ms {
		for _, f := range m {
			w[f.Key] += f.W
		}
	}
	var c []Feature
	for k, x := range w {
		c = append(c, Feature{k, x})
	}
	sortByKey(c)
	n := len(ms)
	return &Story{ID: id, Size: n, Active: true, Centroid: c, Members: ms, PairSum: 0.5 * float64(n*(n-1)) / 2}
}

// TestContraShare: the share of comparable article pairs that name no
// number in common.
func TestContraShare(t *testing.T) {
	a := [][]Feature{
		contraVec(nil, nil, []string{"6.1", "12"}),
		contraVec(nil, nil, []string{"6.1", "40"}),
		contraVec(nil, nil, []string{"7"}), // one number: not compared at 2
	}
	b := [][]Feature{
		contraVec(nil, nil, []string{"5.4", "3"}),
		contraVec(nil, nil, []string{"12", "900"}),
	}
	share, both := contraShare(a, b, 2)
	if both != 1 || share != 0.75 {
		t.Errorf("contraShare = %v, %v; want 0.75, 1 (3 of 4 pairs share no number)", share, both)
	}
	if s, b := contraShare(a, b, 3); s != 0 || b != 0 {
		t.Errorf("contraShare at 3 = %v, %v; want 0, 0 (no article names 3)", s, b)
	}
	if s, b := contraShare(nil, b, 2); s != 0 || b != 0 {
		t.Errorf("contraShare of nothing = %v, %v", s, b)
	}
}

// TestMergeContraSameCast: two undated stories of one cast (the 2019 and
// the 2023 quake of the fictional island of Varnholm, each article naming
// its own magnitude and toll) look alike to the centroid features; with
// the article-level contradiction the merge model finds them less probably
// one event than without, and two dated stories are asked as before.
func TestMergeContraSameCast(t *testing.T) {
	// Each report quotes its own officials, so the entity blocks agree
	// only on the island and its port (in real streams the idf-weighted
	// entity cosine of same-cast pairs is mostly below .3).
	ev := func(own ...string) []string { return append([]string{"varnholm", "port elsk"}, own...) }
	tv := func(own ...string) []string { return append([]string{"quake", "island", "dead"}, own...) }
	g := contraStory(1,
		contraVec(tv("rubbl", "ferri", "harbour", "crane", "pier", "diver", "fog"), ev("anja mirel", "coast guard", "elsk harbour"), []string{"6.1", "12"}),
	)
	r := contraStory(2,
		contraVec(tv("tent", "aid", "winter", "blanket", "stove", "queue", "snow"), ev("tomas vrell", "red crescent", "north ward"), []string{"5.4", "3"}),
		contraVec(tv("bridg", "road", "cut", "detour", "truck", "gravel", "toll"), ev("ilse dorn", "roads agency", "kessel bridge"), []string{"5.4", "90"}),
		contraVec(tv("aftershock", "fear", "camp", "sleep", "open", "field", "siren"), ev("oren falk", "seismic office", "camp nine"), []string{"5.5", "3"}),
		contraVec(tv("donor", "pledg", "rebuild", "loan", "bank", "grant", "audit"), ev("marta quist", "aid council", "donor fund"), []string{"5.4", "1,200"}),
	)
	on := New(NewMemState(MemOptions{}), Options{})
	off := New(NewMemState(MemOptions{}), Options{MergeContra: -1})
	xOn, xOff := on.mergeFeatures(g, r), off.mergeFeatures(g, r)
	if xOn[pfContra] != 1 || xOn[pfContraB] != 1 || xOff[pfContra] != 0 {
		t.Fatalf("contra features on %v/%v, off %v", xOn[pfContra], xOn[pfContraB], xOff[pfContra])
	}
	pOn, pOff := on.mergeProbOf(g, r, &xOn), off.mergeProbOf(g, r, &xOff)
	if !(pOn < pOff) {
		t.Errorf("same cast, numbers contradicted: p with the contradiction %.3f, without %.3f; want lower", pOn, pOff)
	}
	// Dated stories: the contradiction stays out unless MergeContraDated.
	day := time.Date(2023, 5, 2, 0, 0, 0, 0, time.UTC)
	g.First, g.Last, r.First, r.Last = day, day, day, day
	xd := on.mergeFeatures(g, r)
	if xd[pfContra] != 0 || xd[pfContraB] != 0 || on.mergeProbOf(g, r, &xd) != off.mergeProbOf(g, r, &xd) {
		t.Errorf("dated pair: contradiction features %v/%v, want 0 and the trained weights", xd[pfContra], xd[pfContraB])
	}
}
