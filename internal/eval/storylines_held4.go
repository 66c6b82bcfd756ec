package eval

// The fourth held storyline sample (held4), drawn in the nineteenth
// session before a fragment absorbed into a story stopped joining its
// storyline to the story's (story/absorb.go): the held2 corpora (ECB+
// train and dev, PolNeAR train and dev, never a test split) in a third
// order, held3's scheme under another salt: ECB+ in the order of a seeded
// hash of each document id, then PolNeAR in date order, a day's articles
// in seeded-hash order. Pairs whose key an earlier sample judged
// (storylines_judged.tsv, storylines_held2_judged.tsv,
// storylines_held3_judged.tsv) are left out. The sample is a seeded-hash
// share of the pairs linked (storylineHeld4LinkKeep; those linked when it
// was drawn are in testdata/storylines_held4_judged.tsv, so a pair a
// change unlinks stays in) and a seeded-hash share of all pairs in strata
// of shared top actors (storylineHeld4Keep), about as many as the links.
// Pairs a change newly links show as not judged. Verdicts:
// storylines_held4_judged.tsv, in the first sample's format.

import (
	"context"
	_ "embed"
	"fmt"
	"sort"

	"github.com/storyline/storyline/internal/story/clusterscore"
)

//go:embed testdata/storylines_held4_judged.tsv
var storylinesHeld4Judged string

// storylineHeld4Salt seeds the held4 document order and pair hash.
const storylineHeld4Salt = "storylines-19-held4:"

// storylineHeld4LinkKeep keeps one linked pair in this many (by another
// seeded hash).
const storylineHeld4LinkKeep = 1

// storylineHeld4Keep keeps one unlinked pair in this many among pairs
// sharing 1, 2, 3 and 4 or more top actors.
var storylineHeld4Keep = [...]uint32{24000, 10000, 2000, 600}

// storylineHeld4Docs are ECB+ train and dev in seeded-hash order, then
// PolNeAR train and dev by date, a day's articles in seeded-hash order.
func storylineHeld4Docs(shared string) ([]clusterscore.BenchDoc, error) {
	ecb, pn, err := storylineHeldCorpora(shared)
	if err != nil {
		return nil, err
	}
	h := func(d clusterscore.BenchDoc) uint32 { return seededHashOf(storylineHeld4Salt, d.ID) }
	sort.SliceStable(ecb, func(i, j int) bool { return h(ecb[i]) < h(ecb[j]) })
	sort.SliceStable(pn, func(i, j int) bool {
		if !pn[i].Date.Equal(pn[j].Date) {
			return pn[i].Date.Before(pn[j].Date)
		}
		return h(pn[i]) < h(pn[j])
	})
	return append(ecb, pn...), nil
}

// storylineHeld4Pairs is StorylinePairs for the held4 sample.
func storylineHeld4Pairs(ctx context.Context, o StorylineSampleOptions) ([]StorylinePair, error) {
	earlier, err := StorylineJudgments()
	if err != nil {
		return nil, err
	}
	var prior []map[string]StorylineVerdict
	prior = append(prior, earlier)
	for _, s := range []struct{ name, src string }{{"held2", storylinesHeld2Judged}, {"held3", storylinesHeld3Judged}} {
		v, err := parseStorylineVerdicts(s.src)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.name, err)
		}
		prior = append(prior, v)
	}
	judged, err := parseStorylineVerdicts(storylinesHeld4Judged)
	if err != nil {
		return nil, fmt.Errorf("held4: %w", err)
	}
	return heldStorylinePairs(ctx, o, storylineHeld4Docs, prior, judged, func(p StorylinePair, shared int) (bool, bool) {
		keep := storylineHeld4Keep[min(shared, len(storylineHeld4Keep))-1]
		drawn := seededHashOf(storylineHeld4Salt, p.Key)%keep == 0
		return drawn, p.Linked && seededHashOf(storylineHeld4Salt+"link:", p.Key)%storylineHeld4LinkKeep == 0
	})
}
