package quotes

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestDiagSpeakerDump writes every speaker error of PolNeAR train-cv (or
// dev with SPLIT=dev) to the file STORYLINE_DIAG_DUMP names, one block per
// error, with a finer class than TestDiagSpeakerCV: where the gold source
// lies against the predicted content (inside it, before it in the
// sentence, after it, in another sentence), what the tagger tagged it as,
// and what kind of words it is. A tuning aid, skipped unless both
// STORYLINE_DIAG_CV and STORYLINE_DIAG_DUMP are set; it prints class
// counts.
func TestDiagSpeakerDump(t *testing.T) {
	dir, out := os.Getenv("STORYLINE_DIAG_CV"), os.Getenv("STORYLINE_DIAG_DUMP")
	if dir == "" || out == "" {
		t.Skip("set STORYLINE_DIAG_CV=DIR and STORYLINE_DIAG_DUMP=FILE to dump speaker errors")
	}
	var sb strings.Builder
	counts := map[string]int{}
	var sc PolNeARScore
	each := func(text string, gold []goldUnit, m *Model) {
		eachSpeakerError(text, gold, m, &sc, func(d *doc, tags []int8, q Quote, g goldUnit) {
			class := diagErrClass(d, tags, q, g)
			counts[class]++
			ps := ""
			if q.SpeakerStart >= 0 {
				ps = text[q.SpeakerStart:q.SpeakerEnd]
			}
			lo := d.sentStart(d.sentenceAt(min(q.Start, g.sStart)))
			hi := d.sentEnd(d.sentenceAt(max(q.End, g.sEnd) - 1))
			fmt.Fprintf(&sb, "== %s\nGOLD %q PRED %q (%q) cue %q direct %v\n  %s\n", class, g.source, ps, q.Speaker, q.Cue, q.Direct, renderTags(d, tags, max(0, lo), hi))
		})
	}
	if os.Getenv("SPLIT") == "dev" {
		m := DefaultModel()
		eachDevArticle(t, func(_, text string, gold []goldUnit) { each(text, gold, m) })
	} else {
		eachCVArticle(t, dir, each)
	}
	if err := os.WriteFile(out, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return counts[keys[i]] > counts[keys[j]] })
	fmt.Printf("speaker %.4f (%d/%d)\n", sc.SpeakerAccuracy(), sc.SpeakerRight, sc.SpeakerTotal)
	for _, k := range keys {
		fmt.Printf("%5d %s\n", counts[k], k)
	}
}

// diagErrClass names a speaker error: tagged|untagged/<what the gold
// source's tokens were tagged>/<where it lies>/<its words>/<predicted>.
func diagErrClass(d *doc, tags []int8, q Quote, g goldUnit) string {
	tagged := map[string]int{}
	for j, tk := range d.toks {
		if tk.Start >= g.sStart && tk.Start < g.sEnd {
			switch tags[j] {
			case tagBSrc, tagISrc:
				tagged["S"]++
			case tagBCue, tagICue:
				tagged["C"]++
			case tagBCon, tagICon:
				tagged["Q"]++
			default:
				tagged["O"]++
			}
		}
	}
	as := ""
	for _, k := range []string{"S", "C", "Q", "O"} {
		if tagged[k] > 0 {
			as += k
		}
	}
	where := "other-sent"
	switch {
	case g.sStart >= q.Start && g.sEnd <= q.End:
		where = "inside"
	case d.sentenceAt(g.sStart) == d.sentenceAt(q.Start) && g.sEnd <= q.Start:
		where = "before"
	case d.sentenceAt(g.sStart) == d.sentenceAt(q.End-1) && g.sStart >= q.End:
		where = "after"
	case g.sStart < q.End && g.sEnd > q.Start:
		where = "straddle"
	}
	words := "np"
	src := strings.ToLower(strings.TrimSpace(g.source))
	switch {
	case pronounWords[src]:
		words = "pron"
	case src != "" && strings.ToUpper(src[:1]) != src[:1]:
		words = "np"
	}
	if s := strings.TrimSpace(g.source); s != "" && s[0] >= 'A' && s[0] <= 'Z' && !pronounWords[src] {
		words = "cap"
	}
	pred := "other"
	switch {
	case q.SpeakerStart < 0 && q.Speaker == "":
		pred = "none"
	case q.SpeakerStart >= 0 && pronounWords[strings.ToLower(d.text[q.SpeakerStart:q.SpeakerEnd])]:
		pred = "pron"
	}
	kind := "untagged"
	if tagged["S"] > 0 {
		kind = "link"
	}
	if q.Cue == "" {
		kind = "nocue"
	}
	return kind + "/" + as + "/" + where + "/" + words + "/" + pred
}

var pronounWords = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "it": true, "you": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true}

// TestDiagPooled scores PolNeAR dev (embedded model) and train-cv (the
// fold models in STORYLINE_DIAG_CV) as `eval quotes` does and prints the
// pooled speaker accuracy, the figure speaker rules are chosen on. A
// tuning aid, skipped unless STORYLINE_DIAG_CV is set.
func TestDiagPooled(t *testing.T) {
	dir := os.Getenv("STORYLINE_DIAG_CV")
	if dir == "" {
		t.Skip("set STORYLINE_DIAG_CV=DIR (fold models) to score dev and train-cv")
	}
	ms := loadFolds(t, dir, 0)
	base := repoShared(t) + "/bench/quotes/polnear"
	right, total := 0, 0
	for _, o := range []PolNeAROptions{
		{Dir: base, Split: "dev"},
		{Dir: base, Split: "train", CVModels: ms},
	} {
		o.Find.Exclusive = true
		sc, err := ScorePolNeAR(t.Context(), o)
		if err != nil {
			t.Fatal(err)
		}
		right += sc.SpeakerRight
		total += sc.SpeakerTotal
		fmt.Printf("%-5s overlap F1 %.4f (%d/%d/%d) exact F1 %.4f (%d) speaker %.4f (%d/%d)\n", o.Split, sc.Overlap.F1(),
			sc.Overlap.Matched, sc.Overlap.Predicted, sc.Overlap.Gold, sc.Exact.F1(), sc.Exact.Matched, sc.SpeakerAccuracy(), sc.SpeakerRight, sc.SpeakerTotal)
	}
	fmt.Printf("pooled speaker %.4f (%d/%d)\n", float64(right)/float64(max(total, 1)), right, total)
}
