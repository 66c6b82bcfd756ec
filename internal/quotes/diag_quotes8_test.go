package quotes

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// attributionNouns are nouns PolNeAR annotates as cues ("the claim that",
// "his announcement", "a statement").
var attributionNouns = wordSet(nil, "statement statements claim claims remark remarks comment comments announcement "+
	"report reports message warning warnings suggestion argument allegation allegations belief hope hopes fear fears "+
	"view views insistence demand demands call calls proposal proposals promise promises pledge pledges criticism "+
	"accusation accusations assertion assessment acknowledgment admission decision plan plans effort refusal "+
	"response reply question questions praise attack attacks complaint complaints concern concerns opinion "+
	"rhetoric message letter tweet tweets speech interview recommendation request offer advice testimony "+
	"endorsement support opposition criticism doubts doubt worries worry idea threat threats vow vows disdain")

// kind8 names the kind of a gold or predicted unit from its cue text and
// where the cue lies: direct, according, noun (an attribution noun or a cue
// opening with a determiner or possessive), cue-after (the cue follows the
// content: passives, postposed sources), speech (a reporting verb), belief
// (belief, wish, perception, plan), act (any other cue), nocue.
func kind8(cue string, cueAfter, direct bool) string {
	if direct {
		return "direct"
	}
	cl := strings.ToLower(strings.TrimSpace(cue))
	if cl == "" {
		return "nocue"
	}
	if strings.Contains(cl, "according") {
		return "according"
	}
	ws := strings.Fields(strings.NewReplacer("’s", " ’s", "'s", " 's").Replace(cl))
	for i := range ws {
		ws[i] = strings.Trim(ws[i], ".,;:!?\"“”")
	}
	switch ws[0] {
	case "a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "’s", "'s", "this", "that":
		return "noun"
	}
	if attributionNouns[ws[len(ws)-1]] || len(ws) > 1 && attributionNouns[ws[len(ws)-2]] && (ws[len(ws)-1] == "of" || ws[len(ws)-1] == "that" || ws[len(ws)-1] == "about") {
		return "noun"
	}
	if cueAfter {
		return "cue-after"
	}
	for _, w := range ws {
		if _, ok := lookupVerb(w); ok {
			return "speech"
		}
	}
	for _, w := range ws {
		if beliefStems[stem(w)] {
			return "belief"
		}
	}
	return "act"
}

// TestDiagKinds8 sorts PolNeAR dev (SPLIT=train: train) misses and
// unmatched predictions (overlap scoring, Exclusive, as eval quotes) into
// kinds by cue and by what the tagger and the rules did, with what each
// kind is worth in overlap F1 were it fixed alone. SHOW=<fn|fp>:<key>
// prints examples. A tuning aid, skipped unless STORYLINE_DIAG_Q8=1.
func TestDiagKinds8(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG_Q8", "set STORYLINE_DIAG_Q8=1 to sort PolNeAR dev misses into kinds")
	split := diagSplitStrict(t, "dev or train only")
	show := os.Getenv("SHOW")
	shown := 0
	fn, fp, ex, prec := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	var nPred, nGold, nMatch int
	m := DefaultModel()
	eachDiagArticle(t, split, m, func(a *diagArticle) {
		text, gold, cues, pred, match, taker, d, tags := a.text, a.gold, a.cues, a.pred, a.match, a.taker, a.d, a.tags
		nPred += len(pred)
		nGold += len(gold)
		tagIn := a.tagIn
		firstLine := strings.IndexByte(text, '\n')
		if firstLine < 0 {
			firstLine = len(text)
		}
		emit := func(key string, a, b int, extra string) {
			if show != "" && strings.HasPrefix(key, show) && shown < 400 {
				shown++
				lo, hi := d.sentStart(d.sentenceAt(a)), d.sentEnd(d.sentenceAt(max(a, b-1)))
				fmt.Printf("%s %q\n  TAGS %s\n%s", key, trunc(text[a:b]), renderTags(d, tags, lo, hi), extra)
			}
		}
		for g, u := range gold {
			c := cues[u.start]
			if tk := taker[g]; tk >= 0 {
				nMatch++
				a, b := normSpan(text, pred[tk].Start, pred[tk].End)
				switch {
				case a == u.start && b == u.end:
					ex["exact"]++
				case a <= u.start && b >= u.end:
					ex["too long"]++
				case a >= u.start && b <= u.end:
					ex["cut short"]++
				default:
					ex["shifted"]++
				}
				continue
			}
			k := kind8(c.cue, c.cs > u.start, u.direct)
			sa, sb := d.sentenceAt(u.start), d.sentenceAt(u.end-1)
			lo, hi := d.sentStart(sa), d.sentEnd(sb)
			state := ""
			covered := mergedInto(text, pred, match, u)
			switch {
			case u.start < firstLine:
				state = "headline"
			case strings.Contains(text[u.start:u.end], "\n"):
				state = "across-paragraphs"
			case covered:
				state = "merged"
			case tagIn(u.start, u.end, tagBCon, tagICon):
				state = "content-tagged-dropped"
			case tagIn(lo, hi, tagBCue, tagICue):
				state = "cue-tagged-no-content"
				if !tagIn(lo, hi, tagBCon, tagICon) {
					state = "cue-only-sentence"
					for _, q := range pred {
						if q.Start < hi && q.End > lo {
							state = "cue-only-sentence-with-unit"
						}
					}
				}
			case tagIn(lo, hi, tagBCon, tagICon, tagBSrc, tagISrc):
				state = "other-tags-in-sentence"
			default:
				state = "untagged-sentence"
			}
			fn["kind "+k]++
			fn["state "+state]++
			fn[k+"/"+state]++
			extra := fmt.Sprintf("  CUE %q SRC %q\n", c.cue, u.source)
			emit("fn:"+k+"/"+state, u.start, u.end, extra)
		}
		for i, q := range pred {
			{
				a, b := normSpan(text, q.Start, q.End)
				n := len(strings.Fields(text[a:b]))
				lb := "1-3"
				switch {
				case n > 12:
					lb = "13+"
				case n > 6:
					lb = "7-12"
				case n > 3:
					lb = "4-6"
				}
				after := cueAfter(text, q)
				key := kind8(q.Cue, after, q.Direct) + " " + lb
				prec[key+" all"]++
				if match[i] >= 0 {
					prec[key+" matched"]++
				}
			}
			if match[i] >= 0 {
				continue
			}
			a, b := normSpan(text, q.Start, q.End)
			after := cueAfter(text, q)
			k := kind8(q.Cue, after, q.Direct)
			piece := overlappingGold(gold, a, b)
			state := ""
			if piece >= 0 {
				gs := gold[piece]
				switch {
				case strings.Contains(text[min(a, gs.start):max(b, gs.end)], "\n"):
					state = "piece-other-paragraph"
				case d.sentenceAt(a) == d.sentenceAt(gs.start) || d.sentenceAt(b-1) == d.sentenceAt(gs.end-1):
					state = "piece-same-sentence"
				default:
					state = "piece-other-sentence"
				}
			} else {
				inGold := goldTouches(gold, d.sentStart(d.sentenceAt(a)), d.sentEnd(d.sentenceAt(b-1)))
				switch {
				case a < firstLine:
					state = "headline"
				case len(strings.Fields(text[a:b])) <= 3:
					state = "short"
				case inGold:
					state = "nogold-in-gold-sentence"
				default:
					state = "nogold"
				}
			}
			fp["kind "+k]++
			fp["state "+state]++
			fp[k+"/"+state]++
			extra := fmt.Sprintf("  CUE %q SPK %q\n", q.Cue, q.Speaker)
			if piece >= 0 {
				extra += fmt.Sprintf("  GOLD %q\n", trunc(text[gold[piece].start:gold[piece].end]))
			}
			emit("fp:"+k+"/"+state, a, b, extra)
		}
	})
	w := f1Worth{match: nMatch, pred: nPred, gold: nGold}
	w.header(split)
	const line = "| %s | %s | %d | +%.4f |\n"
	w.print(line, "FN", fn, w.found)
	w.print(line, "FP", fp, w.dropped)
	w.print(line, "matched", ex, func(int) float64 { return w.base() })
	pk := []string{}
	for k := range prec {
		if strings.HasSuffix(k, " all") {
			pk = append(pk, strings.TrimSuffix(k, " all"))
		}
	}
	sort.Strings(pk)
	for _, k := range pk {
		fmt.Printf("| precision | %s | %d/%d | %.2f |\n", k, prec[k+" matched"], prec[k+" all"], float64(prec[k+" matched"])/float64(prec[k+" all"]))
	}
}

// TestDiagPassive8 lists units whose cue is a passive with "by" before
// the content ("[S X] [C was endorsed by] [Q Y]"), whether they match,
// and whether a gold unit's content covers the words before the cue.
func TestDiagPassive8(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG_Q8", "set STORYLINE_DIAG_Q8=1")
	split := diagSplit()
	m := DefaultModel()
	n, matched, subjGold := 0, 0, 0
	eachFirstAnnotation(t, split, func(ann, text string) {
		gold, _ := readBrat(ann, text)
		pred := Find(text, Options{Model: m, Exclusive: true})
		match := overlapMatch(text, pred, gold)
		for i, q := range pred {
			if q.Direct || q.Cue == "" {
				continue
			}
			lo := strings.LastIndex(text[:q.Start], q.Cue)
			if lo < 0 || q.Start-(lo+len(q.Cue)) > 4 {
				continue
			}
			ws := strings.Fields(strings.ToLower(q.Cue))
			if ws[len(ws)-1] != "by" || len(ws) < 3 {
				continue
			}
			be := false
			for _, w := range ws[:len(ws)-2] {
				if beForms[w] {
					be = true
				}
			}
			if !be {
				continue
			}
			n++
			if match[i] >= 0 {
				matched++
			}
			sg := false
			ss := strings.LastIndexAny(text[:lo], ".\n") + 1
			for _, g := range gold {
				if g.start < lo && g.end > ss {
					sg = true
				}
			}
			if sg {
				subjGold++
			}
			fmt.Printf("m=%v subjgold=%v %q | %q | %q\n", match[i] >= 0, sg, trunc(text[ss:lo]), q.Cue, trunc(q.Text))
		}
	})
	fmt.Printf("%s passive-by units %d, matched %d, gold content before the cue %d\n", split, n, matched, subjGold)
}

// TestDiagUntaggedStems8: in sentences the tagger tags nothing in and no
// unit covers, how often a word whose stem the train lexicon
// (cueStemCounts) rates as a cue lies inside an unmatched gold cue, by the
// stem's train precision.
func TestDiagUntaggedStems8(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG_Q8", "set STORYLINE_DIAG_Q8=1")
	split := diagSplit()
	prec := map[string]float64{}
	for _, c := range cueStemCounts {
		if c.cue >= 5 {
			prec[c.stem] = float64(c.cue) / float64(c.total)
		}
	}
	hit, all := map[string]int{}, map[string]int{}
	words := map[string]int{}
	m := DefaultModel()
	eachDiagArticle(t, split, m, func(a *diagArticle) {
		gold, cues, pred, taker, d, tags := a.gold, a.cues, a.pred, a.taker, a.d, a.tags
		type span struct{ a, b int }
		var open []span
		for g, u := range gold {
			if taker[g] >= 0 {
				continue
			}
			if c, ok := cues[u.start]; ok && c.cs >= 0 {
				open = append(open, span{c.cs, c.cs + len(c.cue)})
			}
		}
		for si := range d.sents {
			lo, hi := d.sentStart(si), d.sentEnd(si)
			tagged := false
			var idx []int
			for i, tk := range d.toks {
				if tk.Start >= lo && tk.End <= hi {
					idx = append(idx, i)
					if tags[i] != tagO {
						tagged = true
					}
				}
			}
			if tagged {
				continue
			}
			covered := false
			for _, q := range pred {
				if q.Start < hi && q.End > lo {
					covered = true
				}
			}
			if covered {
				continue
			}
			for _, i := range idx {
				w := d.toks[i].Text
				if w == "" || !isLowerWord(w) {
					continue
				}
				p, ok := prec[stem(w)]
				if !ok {
					continue
				}
				b := "0.1-0.3"
				switch {
				case p >= 0.7:
					b = "0.7+"
				case p >= 0.5:
					b = "0.5-0.7"
				case p >= 0.3:
					b = "0.3-0.5"
				case p < 0.1:
					continue
				}
				all[b]++
				in := false
				for _, s := range open {
					if d.toks[i].Start >= s.a && d.toks[i].End <= s.b {
						in = true
					}
				}
				if in {
					hit[b]++
					if p >= 0.3 {
						words["hit "+lower(w)]++
					}
				} else if p >= 0.3 {
					words["miss "+lower(w)]++
				}
			}
		}
	})
	for _, b := range []string{"0.1-0.3", "0.3-0.5", "0.5-0.7", "0.7+"} {
		fmt.Printf("%s stem precision %s: %d of %d words in an unmatched gold cue\n", split, b, hit[b], all[b])
	}
	keys := []string{}
	for k := range words {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return words[keys[i]] > words[keys[j]] })
	for i, k := range keys {
		if i < 60 {
			fmt.Printf("  %s %d\n", k, words[k])
		}
	}
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// TestDiagHeadline8: headlines with no unit where headlineAct fires, and
// whether its rest overlaps a gold unit no prediction matched.
func TestDiagHeadline8(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG_Q8", "set STORYLINE_DIAG_Q8=1")
	split := diagSplit()
	for _, p := range []float64{0.02, 0.05, 0.1, 0.2, 0.3} {
		hit, all, lines := 0, 0, 0
		m := DefaultModel()
		eachFirstAnnotation(t, split, func(ann, text string) {
			end := strings.IndexByte(text, '\n')
			if end < 0 {
				return
			}
			gold, _ := readBrat(ann, text)
			pred := Find(text, Options{Model: m, Exclusive: true})
			for _, q := range pred {
				if q.Start < end {
					return
				}
			}
			lines++
			d := newDoc(text, Heuristic{})
			toks := d.tokensIn(0, end)
			v, e, ok := headlineAct(toks, p)
			if !ok {
				return
			}
			all++
			a, b := toks[v+1].Start, toks[e-1].End
			h := false
			for _, g := range gold {
				if g.start < b && g.end > a {
					h = true
				}
			}
			if h {
				hit++
			}
			if os.Getenv("SHOW") != "" && p == 0.05 {
				fmt.Printf("%v %q [%s] %q\n", h, text[:toks[v].Start], toks[v].Text, text[a:b])
			}
		})
		fmt.Printf("%s minPrec %.2f: headlines with no unit %d, fired %d, overlapping gold %d\n", split, p, lines, all, hit)
	}
}
