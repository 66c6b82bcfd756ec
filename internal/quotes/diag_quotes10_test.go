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
			if !q.Direct || q.Cue != "" || q.Start < p.End {
				continue
			}
			dist := "next"
			switch gap := d.sentenceAt(q.Start) - d.sentenceAt(p.End-1); {
			case strings.Contains(text[p.End:q.Start], "\n"):
				dist = "para"
				if gap > 1 {
					dist = "para-far"
				}
			case gap > 1:
				dist = "far"
			case gap == 0:
				dist = "same"
			case !startsQuoted(q.Text):
				dist = "next-unmarked"
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
			key := dist + "/" + pk + "/" + state
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

// TestDiagAbbrevEnd10 lists predicted units whose content ends on a title
// abbreviation before its full stop ("[Q Mr] . Obama's plan"), matched or
// not. STORYLINE_DIAG_Q10=1 [SPLIT=train] go test -run TestDiagAbbrevEnd10 -v
func TestDiagAbbrevEnd10(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG_Q10", "set STORYLINE_DIAG_Q10=1 to list units cut at an abbreviation on PolNeAR dev")
	split := diagSplitStrict(t, "dev or train only")
	count := map[string]int{}
	eachDiagArticle(t, split, DefaultModel(), func(a *diagArticle) {
		for i, q := range a.pred {
			f := strings.Fields(q.Text)
			if len(f) == 0 || q.End >= len(a.text) || a.text[q.End] != '.' {
				continue
			}
			w := f[len(f)-1]
			if !titleAbbrev[lower(w)] {
				continue
			}
			key := "unmatched"
			if a.match[i] >= 0 {
				key = "matched"
				g := a.gold[a.match[i]]
				if g.end > q.End+2 {
					key = "matched-gold-goes-on"
				}
			}
			count[key]++
			fmt.Printf("%s %q ... %q\n  %s\n", key, trunc(q.Text), a.text[q.End:min(len(a.text), q.End+60)], renderTags(a.d, a.tags, q.Start, q.End+40))
		}
	})
	for _, k := range byCount(count) {
		fmt.Printf("| %s | %d |\n", k, count[k])
	}
}

var titleAbbrev = wordSet(nil, "mr mrs ms dr sen rep gov gen lt col sgt capt st prof rev jr sr u.s adm maj cmdr pres supt insp det no vs")
