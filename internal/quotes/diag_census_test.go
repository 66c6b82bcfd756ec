package quotes

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// beliefStems are the stems (stem()) of belief, perception, wish and plan
// verbs PolNeAR annotates as cues ("wants", "hopes", "believes", "sees").
var beliefStems = wordSet(stem, "think thought believe know knew feel felt want hope expect see saw seen show "+
	"understand understood worry fear doubt assume suspect wish consider view plan intend seem appear "+
	"find found realize realise recognize recognise learn learned hear heard notice remember like love hate "+
	"prefer support oppose favor favour trust imagine guess reckon sense seek sought aim need")

// censusCue names the kind of a gold unit's cue: according, belief (a
// belief, perception or wish verb), speech (a reporting verb), none, other.
func censusCue(cue string) string {
	cl := strings.ToLower(cue)
	if cl == "" {
		return "nocue"
	}
	if strings.Contains(cl, "according") {
		return "according"
	}
	for _, w := range strings.Fields(cl) {
		w = strings.Trim(w, ".,;:!?\"'“”’")
		if _, ok := lookupVerb(w); ok {
			return "speech"
		}
	}
	for _, w := range strings.Fields(cl) {
		if beliefStems[stem(strings.Trim(w, ".,;:!?\"'“”’"))] {
			return "belief"
		}
	}
	return "other"
}

// TestDiagCensus buckets every missed gold unit (FN) and every unmatched
// prediction (FP) of PolNeAR dev or train (SPLIT=train; Exclusive, as eval quotes scores) by
// cause, with what each bucket is worth in overlap F1 were it fixed
// alone. SHOW=<bucket> prints examples. A tuning aid, skipped unless
// STORYLINE_DIAG_CENSUS=1.
func TestDiagCensus(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG_CENSUS", "set STORYLINE_DIAG_CENSUS=1 to bucket PolNeAR dev errors by cause")
	show := os.Getenv("SHOW")
	shown := 0
	fn, fp := map[string]int{}, map[string]int{}
	cueHist := map[string]int{}
	var nPred, nGold, nMatch int
	m := DefaultModel()
	split := diagSplitStrict(t, "the census reads dev or train only")
	eachDiagArticle(t, split, m, func(a *diagArticle) {
		text, gold, cues, pred, match, taker, d, tags := a.text, a.gold, a.cues, a.pred, a.match, a.taker, a.d, a.tags
		nPred += len(pred)
		nGold += len(gold)
		tagIn := a.tagIn
		out := func(kind, bucket string, a, b int, extra string) {
			if show == bucket && shown < 60 {
				shown++
				lo, hi := d.sentStart(d.sentenceAt(a)), d.sentEnd(d.sentenceAt(max(a, b-1)))
				fmt.Printf("%s %s %q\n  TAGS %s\n%s", kind, bucket, trunc(text[a:b]), renderTags(d, tags, lo, hi), extra)
			}
		}
		for g, u := range gold {
			if taker[g] >= 0 {
				nMatch++
				continue
			}
			c := cues[u.start]
			ck := censusCue(c.cue)
			if u.direct {
				ck = "direct"
			}
			sa, sb := d.sentenceAt(u.start), d.sentenceAt(u.end-1)
			lo, hi := d.sentStart(sa), d.sentEnd(sb)
			var bucket string
			covered := mergedInto(text, pred, match, u)
			switch {
			case covered:
				bucket = "merged"
			case tagIn(u.start, u.end, tagBCon, tagICon):
				bucket = "content-tagged-dropped"
			case tagIn(lo, hi, tagBCue, tagICue):
				bucket = "cue-tagged-no-content"
			case tagIn(lo, hi, tagBCon, tagICon, tagBSrc, tagISrc):
				bucket = "other-tags-in-sentence"
			default:
				bucket = "untagged-sentence"
			}
			fn[bucket+"/"+ck]++
			if os.Getenv("CUES") != "" {
				cueHist[ck+" "+strings.ToLower(c.cue)]++
			}
			fn["ALL "+bucket]++
			fn["ALLCUE "+ck]++
			extra := fmt.Sprintf("  CUE %q SRC %q\n", c.cue, u.source)
			for i, q := range pred {
				if q.End > lo && q.Start < hi {
					extra += fmt.Sprintf("  PRED m=%d %q cue=%q spk=%q\n", match[i], trunc(q.Text), q.Cue, q.Speaker)
				}
			}
			out("FN", bucket+"/"+ck, u.start, u.end, extra)
		}
		for i, q := range pred {
			if match[i] >= 0 {
				continue
			}
			a, b := normSpan(text, q.Start, q.End)
			piece := overlappingGold(gold, a, b)
			ck := censusCue(q.Cue)
			if q.Direct {
				ck = "direct"
			}
			var bucket string
			if piece >= 0 {
				bucket = "split-piece"
			} else {
				inGold := goldTouches(gold, d.sentStart(d.sentenceAt(a)), d.sentEnd(d.sentenceAt(b-1)))
				switch {
				case inGold:
					bucket = "nogold-in-goldsent"
				case len(strings.Fields(text[a:b])) <= 3:
					bucket = "nogold-short"
				default:
					bucket = "nogold"
				}
			}
			fp[bucket+"/"+ck]++
			fp["ALL "+bucket]++
			fp["ALLCUE "+ck]++
			extra := fmt.Sprintf("  CUE %q SPK %q\n", q.Cue, q.Speaker)
			if piece >= 0 {
				extra += fmt.Sprintf("  GOLD %q\n", trunc(text[gold[piece].start:gold[piece].end]))
				if tk := taker[piece]; tk >= 0 {
					extra += fmt.Sprintf("  TAKER %q\n", trunc(pred[tk].Text))
				}
			}
			out("FP", bucket+"/"+ck, a, b, extra)
		}
	})
	w := f1Worth{match: nMatch, pred: nPred, gold: nGold}
	w.header(split)
	const line = "%s %-40s %4d  +%.4f F1 if fixed\n"
	w.print(line, "CUE", cueHist, w.found)
	w.print(line, "FN", fn, w.found)
	w.print(line, "FP", fp, w.dropped)
}
