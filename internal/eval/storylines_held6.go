package eval

// The sixth held storyline sample (held6), drawn in the twenty-first
// session (helper storylines3) before any change to storyline linking.
// held5 had few new links (the held2 corpora's links were judged already),
// so held6 adds MEANTIME (Wikinews on Apple, Airbus and Boeing, General
// Motors and the stock market, 2004-2011: running corporate subjects, no
// test split) ahead of the held2 corpora: MEANTIME by date, a day's
// articles in seeded-hash order, then held3's salted order of ECB+ train
// and dev and PolNeAR train and dev under held6's salt. Pairs whose key an
// earlier sample judged (tune/held, held2..held5) are left out. Linked
// pairs are all kept; unlinked pairs are a seeded-hash share in strata of
// shared top actors (storylineHeld6Keep). Pairs a change newly links show
// as not judged. Verdicts: storylines_held6_judged.tsv, in the first
// sample's format.

import (
	"context"
	_ "embed"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/story/clusterscore"
)

//go:embed testdata/storylines_held6_judged.tsv
var storylinesHeld6Judged string

// storylineHeld6Salt seeds the held6 document order and pair hash.
const storylineHeld6Salt = "storylines-21-held6:"

// storylineHeld6Keep keeps one unlinked pair in this many among pairs
// sharing 1, 2, 3 and 4 or more top actors; storylineHeld6KeepMeantime
// among pairs of two MEANTIME stories (a pair in one of its four corpora
// often is one running subject: recall gets pairs to count).
var (
	storylineHeld6Keep         = [...]uint32{32000, 12000, 2400, 800}
	storylineHeld6KeepMeantime = [...]uint32{200, 20, 6, 2}
)

// storylineHeld6Docs are MEANTIME by date (a day's articles in seeded-hash
// order), then the held2 corpora in held6's salted order.
func storylineHeld6Docs(shared string) ([]clusterscore.BenchDoc, error) {
	mt, _, err := clusterscore.LoadBench(filepath.Join(shared, "bench", "clustering", "meantime"), "all")
	if err != nil {
		return nil, err
	}
	h := func(d clusterscore.BenchDoc) uint32 { return seededHashOf(storylineHeld6Salt, d.ID) }
	sort.SliceStable(mt, func(i, j int) bool {
		if !mt[i].Date.Equal(mt[j].Date) {
			return mt[i].Date.Before(mt[j].Date)
		}
		return h(mt[i]) < h(mt[j])
	})
	rest, err := saltedStorylineDocs(shared, storylineHeld6Salt)
	if err != nil {
		return nil, err
	}
	return append(mt, rest...), nil
}

// storylineHeld6Sample is the held6 sample's draw.
var storylineHeld6Sample = saltedSample{
	name: "held6", salt: storylineHeld6Salt, keep: storylineHeld6Keep[:], linkKeep: 1,
	judged: storylinesHeld6Judged, docs: storylineHeld6Docs,
	earlier: []namedVerdicts{{"held2", storylinesHeld2Judged}, {"held3", storylinesHeld3Judged}, {"held4", storylinesHeld4Judged}, {"held5", storylinesHeld5Judged}},
}

// storylineHeld6Pairs is StorylinePairs for the held6 sample: every
// linked pair, and the drawn share of the others (more of them between two
// MEANTIME stories).
func storylineHeld6Pairs(ctx context.Context, o StorylineSampleOptions) ([]StorylinePair, error) {
	s := storylineHeld6Sample
	prior, err := s.priorVerdicts()
	if err != nil {
		return nil, err
	}
	judged, err := parseStorylineVerdicts(s.judged)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.name, err)
	}
	return heldStorylinePairs(ctx, o, s.docs, prior, judged, func(p StorylinePair, shared int) (bool, bool) {
		keep := storylineHeld6Keep[:]
		if meantimePair(p.Key) {
			keep = storylineHeld6KeepMeantime[:]
		}
		return seededHashOf(s.salt, p.Key)%keep[min(shared, len(keep))-1] == 0, p.Linked
	})
}

// meantimePair is whether both stories of a pair key are named by a
// MEANTIME document.
func meantimePair(key string) bool {
	a, b, _ := strings.Cut(key, "~")
	return strings.HasPrefix(a, "corpus_") && strings.HasPrefix(b, "corpus_")
}
