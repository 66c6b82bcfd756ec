package quotes

import (
	"fmt"
	"os"
	"strconv"
	"testing"
)

// Speaker diagnostics on both tuning sets, skipped unless STORYLINE_DIAG_CV
// names a folder of cross-validated fold models (fold0.bin.gz ..., from
// cmd/trainattr -holdout-folds K -holdout k): PolNeAR dev tagged by the
// embedded model and PolNeAR train tagged article by article by the fold
// that never saw it (train-cv). SHOW=untagged|link|nocue prints examples
// of that kind of speaker error from train-cv (SPLIT=dev for dev's).

// eachCVArticle calls fn with every train article (first annotation file)
// and the fold model that did not train on it.
func eachCVArticle(t *testing.T, dir string, fn func(text string, gold []goldUnit, m *Model)) {
	t.Helper()
	// STORYLINE_DIAG_CV_K=K: K folds, some of whose models may still be
	// missing (their articles are skipped).
	k0, _ := strconv.Atoi(os.Getenv("STORYLINE_DIAG_CV_K"))
	ms := loadFolds(t, dir, k0)
	if len(ms) < 2 {
		t.Skipf("fewer than two fold models in %s", dir)
	}
	i := 0
	eachFirstAnnotation(t, "train", func(ann, text string) {
		gold, err := readBrat(ann, text)
		if err != nil {
			t.Fatal(err)
		}
		if m := ms[i%len(ms)]; m != nil {
			fn(text, gold, m)
		}
		i++
	})
}

func TestDiagSpeakerCV(t *testing.T) {
	dir := os.Getenv("STORYLINE_DIAG_CV")
	if dir == "" {
		t.Skip("set STORYLINE_DIAG_CV=DIR (fold models) to sort speaker errors on PolNeAR dev and train-cv")
	}
	show := os.Getenv("SHOW")
	for _, split := range []string{"dev", "train-cv"} {
		var kinds [3]int
		none := 0
		var sc PolNeARScore
		shown := 0
		each := func(text string, gold []goldUnit, m *Model) {
			eachSpeakerError(text, gold, m, &sc, func(d *doc, tags []int8, q Quote, g goldUnit) {
				if q.Speaker == "" && q.SpeakerStart < 0 {
					none++
				}
				kind := "untagged"
				for j, tk := range d.toks {
					if tk.Start >= g.sStart && tk.Start < g.sEnd && (tags[j] == tagBSrc || tags[j] == tagISrc) {
						kind = "link"
					}
				}
				if q.Cue == "" {
					kind = "nocue"
				}
				switch kind {
				case "untagged":
					kinds[0]++
				case "link":
					kinds[1]++
				default:
					kinds[2]++
				}
				want := os.Getenv("SPLIT")
				if want == "" {
					want = "train-cv"
				}
				if q.Speaker == "" && q.SpeakerStart < 0 && show == "none" {
					kind = "none"
				}
				if show == kind && split == want && shown < 60 {
					shown++
					ps := ""
					if q.SpeakerStart >= 0 {
						ps = text[q.SpeakerStart:q.SpeakerEnd]
					}
					lo, hi := d.sentStart(d.sentenceAt(q.Start)), d.sentEnd(d.sentenceAt(q.End-1))
					fmt.Printf("GOLD %q PRED %q (%q) cue %q\n  %s\n", g.source, ps, q.Speaker, q.Cue, renderTags(d, tags, max(0, lo-80), hi))
				}
			})
		}
		if split == "dev" {
			m := DefaultModel()
			eachDevArticle(t, func(_, text string, gold []goldUnit) { each(text, gold, m) })
		} else {
			eachCVArticle(t, dir, each)
		}
		fmt.Printf("%s: overlap F1 %.3f speaker %.3f (%d/%d); errors: gold source untagged %d, tagged but linked elsewhere %d, no cue %d; no speaker at all %d\n",
			split, sc.Overlap.F1(), sc.SpeakerAccuracy(), sc.SpeakerRight, sc.SpeakerTotal, kinds[0], kinds[1], kinds[2], none)
	}
}
