package quotes

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDiagBareAfter10 sorts the bare direct quotes (no cue of their own)
// that open the sentence after another unit in the same paragraph by how
// PolNeAR annotates them: one gold unit with the unit before ("joined"), a
// gold unit of their own ("separate"), or none ("nogold"); by whether the
// unit before ends at a quote mark.
// STORYLINE_DIAG_Q10=1 [SPLIT=train] [SHOW=key] go test -run TestDiagBareAfter10 -v
func TestDiagBareAfter10(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG_Q10", "set STORYLINE_DIAG_Q10=1 to sort bare quotes after a unit on PolNeAR dev")
	split := diagSplitStrict(t, "dev or train only")
	show := os.Getenv("SHOW")
	count := map[string]int{}
	eachDiagArticle(t, split, DefaultModel(), func(a *diagArticle) {
		d, pred, text := a.d, a.pred, a.text
		for i := 1; i < len(pred); i++ {
			q, p := pred[i], pred[i-1]
			if !q.Direct || q.Cue != "" || q.Start < p.End || strings.Contains(text[p.End:q.Start], "\n") {
				continue
			}
			if d.sentenceAt(q.Start) != d.sentenceAt(p.End-1)+1 {
				continue
			}
			qa, qb := normSpan(text, q.Start, q.End)
			pa, pb := normSpan(text, p.Start, p.End)
			state := "nogold"
			for _, g := range a.gold {
				if min(qb, g.end) > max(qa, g.start) {
					state = "separate"
					if min(pb, g.end) > max(pa, g.start) {
						state = "joined"
						break
					}
				}
			}
			pk := "prev-indirect"
			if d.endsQuoted(p) {
				pk = "prev-quoted"
			}
			key := pk + "/" + state
			count[key]++
			if show != "" && strings.HasPrefix(key, show) {
				fmt.Printf("%s\n  P %q cue %q\n  Q %q\n", key, trunc(p.Text), p.Cue, trunc(q.Text))
			}
		}
	})
	for _, k := range byCount(count) {
		fmt.Printf("| %s | %d |\n", k, count[k])
	}
}
