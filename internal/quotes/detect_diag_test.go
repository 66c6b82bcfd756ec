package quotes

import (
	"fmt"
	"os"
	"strconv"
	"testing"
)

// TestDiagDetect prints, for PolNeAR dev, the units Find returns with the
// detector at STORYLINE_DIAG_DETECT (a threshold, with DetectCue) that it
// does not return without: whether each overlaps gold, its speaker's
// verdict, and the sentence's new tags. A tuning aid.
func TestDiagDetect(t *testing.T) {
	thr, err := strconv.ParseFloat(os.Getenv("STORYLINE_DIAG_DETECT"), 64)
	if err != nil {
		t.Skip("set STORYLINE_DIAG_DETECT=THRESHOLD to list the units the detector adds on PolNeAR dev")
	}
	eachDevArticle(t, func(ann, text string, gold []goldUnit) {
		base := Find(text, Options{Exclusive: true})
		with := Find(text, Options{Exclusive: true, Detect: thr, DetectCue: true})
		old := map[[2]int]bool{}
		for _, q := range base {
			old[[2]int{q.Start, q.End}] = true
		}
		d := newDoc(text, Heuristic{})
		tags, _ := DefaultModel().tagScores(d, thr, needCue)
		for _, q := range with {
			if old[[2]int{q.Start, q.End}] {
				continue
			}
			verdict := "unmatched"
			for _, g := range gold {
				a, b := normSpan(text, q.Start, q.End)
				if min(b, g.end) > max(a, g.start) {
					verdict = "matched"
					if g.sStart >= 0 {
						if speakerRight(q, g) {
							verdict += " speaker-right"
						} else {
							verdict += " speaker-WRONG gold=" + g.source
						}
					}
					break
				}
			}
			si := d.sentenceAt(q.Start)
			fmt.Printf("%s | %s | spk=%q\n  %s\n", verdict, q.Text[:min(len(q.Text), 60)], q.Speaker, renderTags(d, tags, d.sentStart(si), d.sentEnd(si)))
		}
	})
}
