package eval

// The seventh held storyline sample (held7), drawn in the twenty-second
// session (helper storylines4) before any change to storyline linking.
// held6 took MEANTIME by date and judged most of its pairs, so held7 runs
// MEANTIME in the order of a seeded hash of each document id (as held3 ran
// ECB+): its stories start at other documents, so their keys are new. The
// held2 corpora follow in held3's scheme under held7's salt. Pairs whose
// key an earlier sample judged (tune/held, held2..held6) are left out.
// Linked pairs are all kept; unlinked pairs are a seeded-hash share in
// strata of shared top actors, denser between two MEANTIME stories
// (storylineHeld7KeepMeantime). Pairs a change newly links show as not
// judged. Verdicts: storylines_held7_judged.tsv, in the first sample's
// format.

import (
	"context"
	_ "embed"
	"fmt"
	"path/filepath"
	"sort"

	"github.com/storyline/storyline/internal/story/clusterscore"
)

//go:embed testdata/storylines_held7_judged.tsv
var storylinesHeld7Judged string

// storylineHeld7Salt seeds the held7 document order and pair hash.
const storylineHeld7Salt = "storylines-22-held7:"

// storylineHeld7Keep keeps one unlinked pair in this many among pairs
// sharing 1, 2, 3 and 4 or more top actors; storylineHeld7KeepMeantime
// among pairs of two MEANTIME stories.
var (
	storylineHeld7Keep         = [...]uint32{16000, 6000, 1200, 400}
	storylineHeld7KeepMeantime = [...]uint32{200, 16, 4, 1}
)

// storylineHeld7Docs are MEANTIME in held7's seeded-hash order, then the
// held2 corpora in held7's salted order.
func storylineHeld7Docs(shared string) ([]clusterscore.BenchDoc, error) {
	mt, _, err := clusterscore.LoadBench(filepath.Join(shared, "bench", "clustering", "meantime"), "all")
	if err != nil {
		return nil, err
	}
	h := func(d clusterscore.BenchDoc) uint32 { return seededHashOf(storylineHeld7Salt, d.ID) }
	sort.SliceStable(mt, func(i, j int) bool { return h(mt[i]) < h(mt[j]) })
	rest, err := saltedStorylineDocs(shared, storylineHeld7Salt)
	if err != nil {
		return nil, err
	}
	return append(mt, rest...), nil
}

// storylineHeld7Sample is the held7 sample's draw.
var storylineHeld7Sample = saltedSample{
	name: "held7", salt: storylineHeld7Salt, keep: storylineHeld7Keep[:], linkKeep: 1,
	judged: storylinesHeld7Judged, docs: storylineHeld7Docs,
	earlier: []namedVerdicts{{"held2", storylinesHeld2Judged}, {"held3", storylinesHeld3Judged}, {"held4", storylinesHeld4Judged}, {"held5", storylinesHeld5Judged}, {"held6", storylinesHeld6Judged}},
}

// storylineHeld7Pairs is StorylinePairs for the held7 sample: every
// linked pair, and the drawn share of the others (more of them between two
// MEANTIME stories).
func storylineHeld7Pairs(ctx context.Context, o StorylineSampleOptions) ([]StorylinePair, error) {
	s := storylineHeld7Sample
	prior, err := s.priorVerdicts()
	if err != nil {
		return nil, err
	}
	judged, err := parseStorylineVerdicts(s.judged)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.name, err)
	}
	return heldStorylinePairs(ctx, o, s.docs, prior, judged, func(p StorylinePair, shared int) (bool, bool) {
		keep := storylineHeld7Keep[:]
		if meantimePair(p.Key) {
			keep = storylineHeld7KeepMeantime[:]
		}
		return seededHashOf(s.salt, p.Key)%keep[min(shared, len(keep))-1] == 0, p.Linked
	})
}
