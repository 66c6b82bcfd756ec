package eval

// The fifth held storyline sample (held5), drawn in the twentieth session
// (helper storylines2) before any change to storyline linking: the held2
// corpora (ECB+ train and dev, PolNeAR train and dev, never a test split)
// in a fourth order, held3's scheme under another salt. Pairs whose key
// an earlier sample judged (tune/held, held2, held3, held4) are left out.
// Linked pairs are all kept (storylineHeld5LinkKeep); unlinked pairs are a
// seeded-hash share in strata of shared top actors (storylineHeld5Keep).
// Pairs a change newly links show as not judged. Verdicts:
// storylines_held5_judged.tsv, in the first sample's format.

import (
	"context"
	_ "embed"
)

//go:embed testdata/storylines_held5_judged.tsv
var storylinesHeld5Judged string

// storylineHeld5Salt seeds the held5 document order and pair hash.
const storylineHeld5Salt = "storylines-20-held5:"

// storylineHeld5LinkKeep keeps one linked pair in this many.
const storylineHeld5LinkKeep = 1

// storylineHeld5Keep keeps one unlinked pair in this many among pairs
// sharing 1, 2, 3 and 4 or more top actors.
var storylineHeld5Keep = [...]uint32{16000, 6000, 1200, 400}

// storylineHeld5Sample is the held5 sample's draw.
var storylineHeld5Sample = saltedSample{
	name: "held5", salt: storylineHeld5Salt, keep: storylineHeld5Keep[:], linkKeep: storylineHeld5LinkKeep,
	judged: storylinesHeld5Judged, earlier: []namedVerdicts{{"held2", storylinesHeld2Judged}, {"held3", storylinesHeld3Judged}, {"held4", storylinesHeld4Judged}},
}

// storylineHeld5Pairs is StorylinePairs for the held5 sample.
func storylineHeld5Pairs(ctx context.Context, o StorylineSampleOptions) ([]StorylinePair, error) {
	return saltedStorylinePairs(ctx, o, storylineHeld5Sample)
}
