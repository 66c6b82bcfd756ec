package eval

// The third held storyline sample (held3), drawn in the nineteenth
// session before any change to linking: the held2 corpora (ECB+ train and
// dev, PolNeAR train and dev, never a test split) in another order, so
// that the stories and their links differ from held2's, where every link
// of the file order was judged. ECB+ comes in the order of a seeded hash
// of each document id (as a live feed interleaves topics), then PolNeAR
// in date order, a day's articles in seeded-hash order (as they arrive,
// not by name). Pairs whose key an earlier sample judged
// (storylines_judged.tsv, storylines_held2_judged.tsv) are left out. The
// sample is a seeded-hash half of the pairs linked (storylineHeld3LinkKeep;
// those linked when it was drawn are in testdata/storylines_held3_judged.tsv,
// so a pair a change unlinks stays in) and a seeded-hash share of all pairs in strata of shared top
// actors (storylineHeld3Keep), about as many as the links, so that
// precision and recall both have pairs to count. Pairs a change newly
// links show as not judged. Verdicts: storylines_held3_judged.tsv, in the
// first sample's format.

import (
	"context"
	_ "embed"
	"fmt"
	"sort"

	"github.com/storyline/storyline/internal/story/clusterscore"
)

//go:embed testdata/storylines_held3_judged.tsv
var storylinesHeld3Judged string

// storylineHeld3Salt seeds the held3 document order and pair hash.
const storylineHeld3Salt = "storylines-19:"

// storylineHeld3LinkKeep keeps one linked pair in this many (by another
// seeded hash): the order links 78 pairs, too many to judge at once.
const storylineHeld3LinkKeep = 2

// storylineHeld3Keep keeps one unlinked pair in this many among pairs
// sharing 1, 2, 3 and 4 or more top actors.
var storylineHeld3Keep = [...]uint32{12000, 5000, 1000, 300}

// storylineHeld3Docs are ECB+ train and dev in seeded-hash order, then
// PolNeAR train and dev by date, a day's articles in seeded-hash order.
func storylineHeld3Docs(shared string) ([]clusterscore.BenchDoc, error) {
	return saltedStorylineDocs(shared, storylineHeld3Salt)
}

// storylineHeld3Sample is the held3 sample's draw.
var storylineHeld3Sample = saltedSample{
	name: "held3", salt: storylineHeld3Salt, keep: storylineHeld3Keep[:], linkKeep: storylineHeld3LinkKeep,
	judged: storylinesHeld3Judged, earlier: []namedVerdicts{{"held2", storylinesHeld2Judged}},
}

// storylineHeld3Pairs is StorylinePairs for the held3 sample.
func storylineHeld3Pairs(ctx context.Context, o StorylineSampleOptions) ([]StorylinePair, error) {
	return saltedStorylinePairs(ctx, o, storylineHeld3Sample)
}

// saltedStorylineDocs are the held2 corpora in a salted order (held3's
// scheme): ECB+ train and dev in the order of a seeded hash of each
// document id, then PolNeAR train and dev by date, a day's articles in
// seeded-hash order.
func saltedStorylineDocs(shared, salt string) ([]clusterscore.BenchDoc, error) {
	ecb, pn, err := storylineHeldCorpora(shared)
	if err != nil {
		return nil, err
	}
	h := func(d clusterscore.BenchDoc) uint32 { return seededHashOf(salt, d.ID) }
	sort.SliceStable(ecb, func(i, j int) bool { return h(ecb[i]) < h(ecb[j]) })
	sort.SliceStable(pn, func(i, j int) bool {
		if !pn[i].Date.Equal(pn[j].Date) {
			return pn[i].Date.Before(pn[j].Date)
		}
		return h(pn[i]) < h(pn[j])
	})
	return append(ecb, pn...), nil
}

// namedVerdicts is an embedded verdict file and the sample it belongs to.
type namedVerdicts struct{ name, src string }

// saltedSample describes a held sample drawn by held3's scheme: its salt,
// the share of unlinked pairs kept per stratum of shared top actors
// (keep[i] for i+1 actors, the last for more), the share of linked pairs
// kept, its verdicts, and the earlier samples' verdicts (besides the first
// sample's) whose keys it leaves out.
type saltedSample struct {
	name     string
	salt     string
	keep     []uint32
	linkKeep uint32
	judged   string
	earlier  []namedVerdicts
	// docs reads the sample's documents; nil means saltedStorylineDocs
	// under salt.
	docs func(shared string) ([]clusterscore.BenchDoc, error)
}

// saltedStorylinePairs is StorylinePairs for a sample drawn by held3's scheme.
func saltedStorylinePairs(ctx context.Context, o StorylineSampleOptions, s saltedSample) ([]StorylinePair, error) {
	prior, err := s.priorVerdicts()
	if err != nil {
		return nil, err
	}
	judged, err := parseStorylineVerdicts(s.judged)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.name, err)
	}
	docs := s.docs
	if docs == nil {
		docs = func(shared string) ([]clusterscore.BenchDoc, error) { return saltedStorylineDocs(shared, s.salt) }
	}
	return heldStorylinePairs(ctx, o, docs, prior, judged, func(p StorylinePair, shared int) (bool, bool) {
		keep := s.keep[min(shared, len(s.keep))-1]
		drawn := seededHashOf(s.salt, p.Key)%keep == 0
		return drawn, p.Linked && seededHashOf(s.salt+"link:", p.Key)%s.linkKeep == 0
	})
}

// priorVerdicts are the verdicts of the first sample and of s.earlier, in
// that order: the keys s leaves out.
func (s saltedSample) priorVerdicts() ([]map[string]StorylineVerdict, error) {
	first, err := StorylineJudgments()
	if err != nil {
		return nil, err
	}
	prior := []map[string]StorylineVerdict{first}
	for _, e := range s.earlier {
		v, err := parseStorylineVerdicts(e.src)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.name, err)
		}
		prior = append(prior, v)
	}
	return prior, nil
}
