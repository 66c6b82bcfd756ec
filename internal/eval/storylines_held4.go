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

// storylineHeld4Docs are the held2 corpora in held4's salted order.
func storylineHeld4Docs(shared string) ([]clusterscore.BenchDoc, error) {
	return saltedStorylineDocs(shared, storylineHeld4Salt)
}

// storylineHeld4Sample is the held4 sample's draw.
var storylineHeld4Sample = saltedSample{
	name: "held4", salt: storylineHeld4Salt, keep: storylineHeld4Keep[:], linkKeep: storylineHeld4LinkKeep,
	judged: storylinesHeld4Judged, earlier: []namedVerdicts{{"held2", storylinesHeld2Judged}, {"held3", storylinesHeld3Judged}},
}

// storylineHeld4Pairs is StorylinePairs for the held4 sample.
func storylineHeld4Pairs(ctx context.Context, o StorylineSampleOptions) ([]StorylinePair, error) {
	return saltedStorylinePairs(ctx, o, storylineHeld4Sample)
}
