package eval

// The second held storyline sample (held2): other documents, a new salt.
// ECB+ train and dev (file order, as in the first sample) are followed by
// the PolNeAR train and dev articles (2016 US election coverage by seven
// outlets, dated by their file names, in date order: the running subjects
// of a campaign, such as one email inquiry, the debates, the tax returns),
// read from ../shared/bench/quotes/polnear/data/{train,dev}/text at run
// time; never its test folder. Pairs whose key the first sample judged
// (testdata/storylines_judged.tsv) are left out, so that no pair is
// judged twice. The verdicts live in testdata/storylines_held2_judged.tsv,
// in the first sample's format.
//
// Candidate pairs share one of their top actors; in 2016 politics nearly
// every story names Trump or Clinton, so of 114,615 such pairs 31 were
// linked when the sample was drawn. The sample is every pair linked now,
// every pair already judged (so that a pair a change unlinks stays in),
// and a seeded-hash share of all pairs in strata by how many top actors
// they share (storylineHeld2Keep, about eight pairs a stratum), which does
// not depend on the linker. Precision is then a census of the links;
// recall is counted over the pairs in the sample, where linked pairs are
// over-represented (Unlinked-stratum counts are reported beside it).

import (
	"context"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/story/clusterscore"
)

//go:embed testdata/storylines_held2_judged.tsv
var storylinesHeld2Judged string

// storylineHeld2Salt seeds the held2 pair hash.
const storylineHeld2Salt = "storylines-10:"

// storylineHeld2Keep keeps one pair in this many among pairs sharing
// 1, 2, 3 and 4 or more top actors, linked or not.
var storylineHeld2Keep = [...]uint32{8000, 4000, 1200, 400}

// polnearDocs reads the PolNeAR articles of the train and dev folders
// under dir (…/quotes/polnear/data), never test: id is the file name
// without ".txt", the title its first paragraph, the date the day its
// name carries; ordered by date, then id.
func polnearDocs(dir string) ([]clusterscore.BenchDoc, error) {
	var out []clusterscore.BenchDoc
	for _, split := range []string{"train", "dev"} {
		d := filepath.Join(dir, split, "text")
		ents, err := os.ReadDir(d)
		if err != nil {
			return nil, fmt.Errorf("polnear %s: %w", d, err)
		}
		for _, e := range ents {
			name := e.Name()
			if e.IsDir() || !strings.HasSuffix(name, ".txt") {
				continue
			}
			b, err := os.ReadFile(filepath.Join(d, name))
			if err != nil {
				return nil, fmt.Errorf("polnear %s: %w", name, err)
			}
			doc, err := polnearDoc(strings.TrimSuffix(name, ".txt"), string(b))
			if err != nil {
				return nil, err
			}
			doc.Split = split
			out = append(out, doc)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Date.Equal(out[j].Date) {
			return out[i].Date.Before(out[j].Date)
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// polnearDoc splits one PolNeAR text into title (its first paragraph,
// without a closing period) and body, and reads the date from id
// ("publisher_2016-05-03_slug").
func polnearDoc(id, text string) (clusterscore.BenchDoc, error) {
	parts := strings.SplitN(id, "_", 3)
	if len(parts) < 3 {
		return clusterscore.BenchDoc{}, fmt.Errorf("polnear %s: no date in the name", id)
	}
	day, err := time.Parse("2006-01-02", parts[1])
	if err != nil {
		return clusterscore.BenchDoc{}, fmt.Errorf("polnear %s: %w", id, err)
	}
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	title, body, _ := strings.Cut(text, "\n")
	title = strings.TrimSuffix(strings.TrimSpace(title), ".")
	return clusterscore.BenchDoc{ID: id, Title: title, Text: strings.TrimSpace(body), Date: day, Gold: id}, nil
}

// storylineHeld2Docs are ECB+ train and dev in file order, then PolNeAR
// train and dev in date order.
func storylineHeld2Docs(shared string) ([]clusterscore.BenchDoc, error) {
	ecb, pn, err := storylineHeldCorpora(shared)
	if err != nil {
		return nil, err
	}
	return append(ecb, pn...), nil
}

// storylineHeldCorpora reads the corpora of the held2 and held3 samples:
// ECB+ train and dev in file order, PolNeAR train and dev in date order.
func storylineHeldCorpora(shared string) (ecb, pn []clusterscore.BenchDoc, err error) {
	ecb, _, err = clusterscore.LoadBench(filepath.Join(shared, "bench", "clustering", "ecbplus"), "traindev")
	if err != nil {
		return nil, nil, err
	}
	pn, err = polnearDocs(filepath.Join(shared, "bench", "quotes", "polnear", "data"))
	if err != nil {
		return nil, nil, err
	}
	return ecb, pn, nil
}

// storylineHeld2Pairs is StorylinePairs for the held2 sample.
func storylineHeld2Pairs(ctx context.Context, o StorylineSampleOptions) ([]StorylinePair, error) {
	earlier, err := StorylineJudgments()
	if err != nil {
		return nil, err
	}
	judged, err := parseStorylineVerdicts(storylinesHeld2Judged)
	if err != nil {
		return nil, fmt.Errorf("held2: %w", err)
	}
	return heldStorylinePairs(ctx, o, storylineHeld2Docs, []map[string]StorylineVerdict{earlier}, judged, func(p StorylinePair, shared int) (bool, bool) {
		keep := storylineHeld2Keep[min(shared, len(storylineHeld2Keep))-1]
		return seededHashOf(storylineHeld2Salt, p.Key)%keep == 0, p.Linked
	})
}

// heldStorylinePairs runs the storyline set on the documents docs reads
// and returns, in key order, the pairs whose key no earlier sample judged
// (none of earlier's) that are drawn, judged, or held by draw: draw gives
// a pair and its number of shared top actors whether it is drawn (its
// Drawn) and whether it is held even when neither drawn nor judged. A
// pair's verdict is judged's when its stories' hash is the judged one.
func heldStorylinePairs(ctx context.Context, o StorylineSampleOptions, docs func(shared string) ([]clusterscore.BenchDoc, error), earlier []map[string]StorylineVerdict, judged map[string]StorylineVerdict, draw func(p StorylinePair, shared int) (drawn, held bool)) ([]StorylinePair, error) {
	stories, actors, err := runStorylineSet(ctx, o, docs)
	if err != nil {
		return nil, err
	}
	var out []StorylinePair
pairs:
	for _, pc := range actorPairs(actors) {
		p := newStorylinePair(stories[pc.i], stories[pc.j], pc.shared)
		for _, e := range earlier {
			if _, ok := e[p.Key]; ok {
				continue pairs
			}
		}
		var held bool
		p.Drawn, held = draw(p, pc.shared)
		v, seen := judged[p.Key]
		if !p.Drawn && !seen && !held {
			continue
		}
		if seen && v.Hash == p.Hash {
			p.Verdict = v.OK
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}
