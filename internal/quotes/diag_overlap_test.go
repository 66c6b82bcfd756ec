package quotes

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestDiagOverlap sorts the overlap errors of PolNeAR dev (embedded model)
// and, with STORYLINE_DIAG_CV set, train-cv (the fold models): unmatched
// predictions by whether they are pieces of a gold unit another prediction
// took (and where that prediction lies), or overlap no gold unit (direct or
// not, in a sentence holding gold content or not); missed gold units by
// whether a prediction that took another unit covers them (a merge), or
// none overlaps them. SHOW=<class> prints up to 40 examples of one class
// (dev only unless SPLIT=train). A tuning aid, skipped unless
// STORYLINE_DIAG_OVERLAP=1.
func TestDiagOverlap(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG_OVERLAP", "set STORYLINE_DIAG_OVERLAP=1 (and STORYLINE_DIAG_CV=DIR for train-cv) to sort PolNeAR overlap errors")
	show := os.Getenv("SHOW")
	counts := map[string]map[string]int{}
	shown := 0
	eachScoredArticle(t, func(split string, _ int, text string, gold []goldUnit, m *Model, pred []Quote, match []int) {
		if counts[split] == nil {
			counts[split] = map[string]int{}
		}
		taker := takers(match, len(gold))
		d := newDoc(text, Heuristic{})
		var tags []int8
		if show != "" {
			tags = m.tag(d)
		}
		emit := func(class string, a, b int, extra string) {
			counts[split][class]++
			if show == class && shown < 40 && (split == "dev" || os.Getenv("SPLIT") == "train") {
				shown++
				lo, hi := d.sentStart(d.sentenceAt(a)), d.sentEnd(d.sentenceAt(max(a, b-1)))
				fmt.Printf("%s %q\n  TAGS %s\n%s", class, trunc(text[a:b]), renderTags(d, tags, lo, hi), extra)
			}
		}
		for i, q := range pred {
			if match[i] >= 0 {
				continue
			}
			a, b := normSpan(text, q.Start, q.End)
			piece := overlappingGold(gold, a, b)
			if piece >= 0 {
				p := pred[taker[piece]]
				where := "sent"
				switch {
				case strings.Contains(text[min(p.End, q.End):max(p.Start, q.Start)], "\n"):
					where = "para"
				case d.sentenceAt(p.Start) != d.sentenceAt(q.Start) && d.sentenceAt(p.End-1) != d.sentenceAt(q.Start):
					where = "adj"
				}
				dir := "ind"
				if q.Direct {
					dir = "dir"
				}
				emit("piece-"+where+"-"+dir, a, b, fmt.Sprintf("  GOLD %q\n  TAKER %q\n", trunc(text[gold[piece].start:gold[piece].end]), trunc(p.Text)))
				continue
			}
			dir := "ind"
			if q.Direct {
				dir = "dir"
			}
			si := d.sentenceAt(a)
			lo, hi := d.sentStart(si), d.sentEnd(d.sentenceAt(b-1))
			inGold := "nogoldsent"
			for _, g := range gold {
				if g.start < hi && g.end > lo {
					inGold = "goldsent"
				}
			}
			words := len(strings.Fields(text[a:b]))
			size := "long"
			if words <= 3 {
				size = "short"
			}
			var gs []string
			for _, g := range gold {
				if g.start < hi && g.end > lo {
					gs = append(gs, fmt.Sprintf("  GOLD %q by %q\n", trunc(text[g.start:g.end]), g.source))
				}
			}
			emit("none-"+dir+"-"+inGold+"-"+size, a, b, strings.Join(gs, ""))
		}
		for g, u := range gold {
			if taker[g] >= 0 {
				continue
			}
			cover := -1
			for i, q := range pred {
				a, b := normSpan(text, q.Start, q.End)
				if min(b, u.end) > max(a, u.start) {
					cover = i
					break
				}
			}
			if cover >= 0 {
				// Merged: the prediction covering it took another unit
				// (or none: a leftover of the greedy matching).
				kind := "merged"
				if match[cover] < 0 {
					kind = "merged-free"
				} else {
					o := gold[match[cover]]
					switch {
					case o.start <= u.start && o.end >= u.end:
						kind = "merged-nested-in" // inside the taken unit
					case u.start <= o.start && u.end >= o.end:
						kind = "merged-nests" // holds the taken unit
					}
				}
				emit("miss-"+kind, u.start, u.end, fmt.Sprintf("  PRED %q\n  TAKEN %q\n", trunc(pred[cover].Text), func() string {
					if match[cover] < 0 {
						return ""
					}
					o := gold[match[cover]]
					return trunc(text[o.start:o.end])
				}()))
				continue
			}
			dir := "ind"
			if u.direct {
				dir = "dir"
			}
			emit("miss-none-"+dir, u.start, u.end, "")
		}
	})
	for _, split := range []string{"dev", "train"} {
		keys := make([]string, 0, len(counts[split]))
		for k := range counts[split] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%-5s %-32s %5d\n", split, k, counts[split][k])
		}
	}
}

// TestDiagUnitDump writes, for PolNeAR dev and (with STORYLINE_DIAG_CV)
// train-cv, one line per gold unit and per unmatched prediction to the file
// STORYLINE_DIAG_UNITS names: split, article, the gold span, whether a
// prediction matched it, whether its speaker is right, the prediction's
// span and speaker. Two dumps, before and after a rule change, diff to
// the units the change moved. A tuning aid.
func TestDiagUnitDump(t *testing.T) {
	path := os.Getenv("STORYLINE_DIAG_UNITS")
	if path == "" {
		t.Skip("set STORYLINE_DIAG_UNITS=FILE (and STORYLINE_DIAG_CV=DIR) to dump PolNeAR units")
	}
	var sb strings.Builder
	eachScoredArticle(t, func(split string, n int, text string, gold []goldUnit, _ *Model, pred []Quote, match []int) {
		by := takers(match, len(gold))
		for g, u := range gold {
			line := fmt.Sprintf("%s\t%d\tgold %d-%d\t", split, n, u.start, u.end)
			if i := by[g]; i >= 0 {
				q := pred[i]
				right := "-"
				if u.sStart >= 0 && strings.TrimSpace(u.source) != "" {
					right = fmt.Sprint(speakerRight(q, u))
				}
				line += fmt.Sprintf("matched\t%s\tpred %d-%d\t%q\tgoldsrc %q\t%q", right, q.Start, q.End, q.Speaker, u.source, trunc(q.Text))
			} else {
				line += fmt.Sprintf("missed\t\t\t\tgoldsrc %q\t%q", u.source, trunc(text[u.start:u.end]))
			}
			sb.WriteString(line + "\n")
		}
		for i, q := range pred {
			if match[i] < 0 {
				fmt.Fprintf(&sb, "%s\t%d\tfp\tpred %d-%d\t%q\t%q\n", split, n, q.Start, q.End, q.Speaker, trunc(q.Text))
			}
		}
	})
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDiagShowAt prints the tagger's tags (after the tag rules of
// tagUnits, and as tagged) of the sentence holding byte STORYLINE_DIAG_AT
// of article STORYLINE_DIAG_ARTICLE (1-based, in the order of
// TestDiagUnitDump) of PolNeAR dev, with the gold units overlapping it.
// A tuning aid.
func TestDiagShowAt(t *testing.T) {
	var art, at int
	if _, err := fmt.Sscan(os.Getenv("STORYLINE_DIAG_ARTICLE")+" "+os.Getenv("STORYLINE_DIAG_AT"), &art, &at); err != nil {
		t.Skip("set STORYLINE_DIAG_ARTICLE=N STORYLINE_DIAG_AT=BYTE to show one dev sentence's tags")
	}
	n := 0
	eachFirstAnnotation(t, "dev", func(ann, text string) {
		n++
		if n != art {
			return
		}
		gold, _ := readBrat(ann, text)
		d := newDoc(text, Heuristic{})
		raw := DefaultModel().tag(d)
		tags := append([]int8(nil), raw...)
		tags = d.fillCueOnly(tags)
		tags = d.extendCut(tags)
		tags = d.trailingSource(tags)
		tags = d.spanReported(tags)
		lo, hi := d.sentStart(d.sentenceAt(at)), d.sentEnd(d.sentenceAt(at))
		fmt.Printf("RAW  %s\nRULE %s\n", renderTags(d, raw, lo, hi), renderTags(d, tags, lo, hi))
		for _, g := range gold {
			if g.start < hi && g.end > lo {
				fmt.Printf("GOLD %q by %q\n", text[g.start:g.end], g.source)
			}
		}
	})
}

// TestDiagPrecision prints the overlap precision of PolNeAR predictions by
// simple features (kind, cue level, speaker found, length, first word), on
// dev and, with STORYLINE_DIAG_CV, train-cv: a class whose precision lies
// below half the F1 costs F1 by being predicted. A tuning aid, skipped
// unless STORYLINE_DIAG_OVERLAP=1.
func TestDiagPrecision(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG_OVERLAP", "set STORYLINE_DIAG_OVERLAP=1 (and STORYLINE_DIAG_CV=DIR) for precision by unit feature")
	stats := matchStats{"dev": {}, "train": {}}
	eachScoredArticle(t, func(split string, _ int, text string, gold []goldUnit, _ *Model, pred []Quote, match []int) {
		for i, q := range pred {
			f := strings.Fields(q.Text)
			first := ""
			if len(f) > 0 {
				first = lower(strings.Trim(f[0], "\"“”'‘’"))
			}
			cl := -1
			if cf := strings.Fields(q.Cue); len(cf) > 0 {
				cl = int(cueLevel(lower(cf[0])))
			}
			words := len(f)
			wb := "long"
			switch {
			case words <= 1:
				wb = "1"
			case words <= 3:
				wb = "2-3"
			case words <= 6:
				wb = "4-6"
			}
			keys := []string{
				"kind=" + q.Kind,
				fmt.Sprintf("cuelevel=%d", cl),
				fmt.Sprintf("speaker=%v", q.Speaker != ""),
				"words=" + wb,
				"first=" + first,
				fmt.Sprintf("kind=%s/cuelevel=%d", q.Kind, cl),
				fmt.Sprintf("fragment=%v", q.Fragment),
				fmt.Sprintf("kind=%s/words=%s", q.Kind, wb),
				fmt.Sprintf("kind=%s/cuelevel=%d/words=%s", q.Kind, cl, wb),
				fmt.Sprintf("kind=%s/cuelevel=%d/speaker=%v", q.Kind, cl, q.Speaker != ""),
				fmt.Sprintf("kind=%s/cuelevel=%d/fragment=%v", q.Kind, cl, q.Fragment),
			}
			stats.add(split, keys, match[i] >= 0)
		}
	})
	for _, k := range slices.Sorted(maps.Keys(stats["dev"])) {
		d := stats["dev"][k]
		line := fmt.Sprintf("%-40s dev %4d/%4d %.2f", k, d.m, d.n, float64(d.m)/float64(d.n))
		if tr := stats["train"][k]; tr != nil {
			line += fmt.Sprintf("  train %5d/%5d %.2f", tr.m, tr.n, float64(tr.m)/float64(tr.n))
		}
		if d.n >= 5 && (strings.HasPrefix(k, "first=") && float64(d.m)/float64(d.n) < 0.5 || !strings.HasPrefix(k, "first=")) {
			fmt.Println(line)
		}
	}
}

// eachScoredArticle calls fn with every PolNeAR dev article (the embedded
// model) and, with STORYLINE_DIAG_CV set, every train article tagged by its
// fold model (train-cv), scored as eval quotes does: the split, the
// article's 1-based index in it, its text and gold units, the model, Find's
// units (exclusive) and their overlap match.
func eachScoredArticle(t *testing.T, fn func(split string, n int, text string, gold []goldUnit, m *Model, pred []Quote, match []int)) {
	t.Helper()
	models := map[string][]*Model{"dev": {DefaultModel()}}
	splits := []string{"dev"}
	if dir := os.Getenv("STORYLINE_DIAG_CV"); dir != "" {
		splits = append(splits, "train")
		models["train"] = loadFolds(t, dir, 0)
	}
	for _, s := range splits {
		n := 0
		eachFirstAnnotation(t, s, func(ann, text string) {
			m := models[s][n%len(models[s])]
			n++
			gold, err := readBrat(ann, text)
			if err != nil {
				t.Fatal(err)
			}
			pred := Find(text, Options{Model: m, Exclusive: true})
			fn(s, n, text, gold, m, pred, overlapMatch(text, pred, gold))
		})
	}
}

// takers inverts an overlap match: for each of n gold units, the
// prediction that took it, or -1.
func takers(match []int, n int) []int {
	by := make([]int, n)
	for g := range by {
		by[g] = -1
	}
	for i, g := range match {
		if g >= 0 {
			by[g] = i
		}
	}
	return by
}
