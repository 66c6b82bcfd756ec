package quotes

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestDiagStanceDiff lists the units fillStance adds or removes
// (SPLIT=dev|train|train-cv, the last with STORYLINE_DIAG_CV), with whether each matches a gold unit. A tuning aid,
// skipped unless STORYLINE_DIAG_Q7=1.
func TestDiagStanceDiff(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG_Q7", "set STORYLINE_DIAG_Q7=1")
	split := os.Getenv("SPLIT")
	models := []*Model{DefaultModel()}
	switch split {
	case "train":
	case "train-cv":
		models = loadFolds(t, os.Getenv("STORYLINE_DIAG_CV"), 0)
	default:
		split = "dev"
	}
	read := split
	if split == "train-cv" {
		read = "train"
	}
	var add, addM, rem, remM, n int
	eachFirstAnnotation(t, read, func(ann, text string) {
		m := models[n%len(models)]
		n++
		gold, _ := readBrat(ann, text)
		noStance = true
		base := Find(text, Options{Model: m, Exclusive: true})
		noStance = false
		head := Find(text, Options{Model: m, Exclusive: true})
		bm, hm := overlapMatch(text, base, gold), overlapMatch(text, head, gold)
		key := func(q Quote) string { return fmt.Sprintf("%d-%d-%s", q.Start, q.End, q.Speaker) }
		bk, hk := map[string]bool{}, map[string]bool{}
		for _, q := range base {
			bk[key(q)] = true
		}
		for _, q := range head {
			hk[key(q)] = true
		}
		for i, q := range head {
			if !bk[key(q)] {
				add++
				src := ""
				if hm[i] >= 0 {
					addM++
					src = gold[hm[i]].source
				}
				fmt.Printf("+ m=%v cue=%q spk=%q gold=%q %q\n", hm[i] >= 0, q.Cue, q.Speaker, src, trunc(q.Text))
			}
		}
		for i, q := range base {
			if !hk[key(q)] {
				rem++
				if bm[i] >= 0 {
					remM++
				}
				fmt.Printf("- m=%v cue=%q spk=%q %q\n", bm[i] >= 0, q.Cue, q.Speaker, trunc(q.Text))
			}
		}
	})
	fmt.Printf("%s: added %d (%d matched), removed %d (%d matched)\n", split, add, addM, rem, remM)
}

// TestDiagCueClass prints the overlap precision of predicted units by
// classes of their cue and content (dev, and train-cv with
// STORYLINE_DIAG_CV): a class below about 0.41 costs F1 by being
// predicted. A tuning aid, skipped unless STORYLINE_DIAG_Q7=1.
func TestDiagCueClass(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG_Q7", "set STORYLINE_DIAG_Q7=1")
	stats := matchStats{"dev": {}, "train": {}}
	eachScoredArticle(t, func(split string, _ int, text string, gold []goldUnit, _ *Model, pred []Quote, match []int) {
		for i, q := range pred {
			cf := strings.Fields(lower(q.Cue))
			keys := []string{}
			if len(cf) > 0 {
				keys = append(keys, "cuefirst="+cf[0], "cuelast="+cf[len(cf)-1])
				for _, w := range cf {
					switch w {
					case "not", "never", "wouldn't", "won't", "didn't", "doesn't", "don't", "without", "no":
						keys = append(keys, "cueneg="+w)
					}
				}
			}
			tf := strings.Fields(q.Text)
			if len(tf) > 0 {
				keys = append(keys, "textfirst="+lower(tf[0]))
			}
			stats.add(split, keys, match[i] >= 0)
		}
	})
	for _, k := range slices.Sorted(maps.Keys(stats["dev"])) {
		d := stats["dev"][k]
		tr := stats["train"][k]
		if tr == nil {
			tr = &matchCount{}
		}
		if d.n+tr.n/8 < 4 || float64(d.m+tr.m)/float64(d.n+tr.n) >= 0.62 {
			continue
		}
		fmt.Printf("%-30s dev %3d/%3d  train %4d/%4d\n", k, d.m, d.n, tr.m, tr.n)
	}
}
