package quotes

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Helpers shared by the TestDiag* tuning aids.

// diagModel loads the model file STORYLINE_DIAG names; without one the test
// is skipped.
func diagModel(t *testing.T) *Model {
	t.Helper()
	path := os.Getenv("STORYLINE_DIAG")
	if path == "" {
		t.Skip("set STORYLINE_DIAG=model.bin.gz to print tagger diagnostics on PolNeAR dev")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := LoadModel(f)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// eachDevArticle calls fn with every PolNeAR dev article once (its first
// annotation file in name order): the annotation's path, the text and the
// gold units.
func eachDevArticle(t *testing.T, fn func(ann, text string, gold []goldUnit)) {
	t.Helper()
	eachFirstAnnotation(t, "dev", func(ann, text string) {
		gold, err := readBrat(ann, text)
		if err != nil {
			t.Fatal(err)
		}
		fn(ann, text, gold)
	})
}

// eachFirstAnnotation calls fn with the first annotation file (in name
// order) of every PolNeAR article of split, and the article's text; the
// test is skipped when the split is absent.
func eachFirstAnnotation(t *testing.T, split string, fn func(ann, text string)) {
	t.Helper()
	base := filepath.Join(repoShared(t), "bench", "quotes", "polnear", "data", split)
	anns, err := filepath.Glob(filepath.Join(base, "attributions", "*.ann"))
	if err != nil {
		t.Fatal(err)
	}
	if len(anns) == 0 {
		t.Skipf("PolNeAR %s absent", split)
	}
	sort.Strings(anns)
	seen := map[string]bool{}
	for _, ann := range anns {
		name := strings.TrimSuffix(filepath.Base(ann), ".ann")
		if i := strings.LastIndexByte(name, '_'); i > 0 {
			name = name[:i]
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		raw, err := os.ReadFile(filepath.Join(base, "text", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		fn(ann, string(raw))
	}
}

// overlapsAny reports whether q overlaps any gold unit.
func overlapsAny(text string, q Quote, gold []goldUnit) bool {
	a, b := normSpan(text, q.Start, q.End)
	for _, g := range gold {
		if min(b, g.end) > max(a, g.start) {
			return true
		}
	}
	return false
}

// renderTags writes the text of d between bytes a and b with the tag runs
// marked: [S source] [C cue] [Q content].
func renderTags(d *doc, tags []int8, a, b int) string {
	var sb strings.Builder
	open := false
	for i, tk := range d.toks {
		if tk.Start < a || tk.Start >= b {
			continue
		}
		t := tags[i]
		if (t == tagO || t%2 == 1) && open {
			sb.WriteString("] ")
			open = false
		}
		switch t {
		case tagBSrc:
			sb.WriteString("[S ")
			open = true
		case tagBCue:
			sb.WriteString("[C ")
			open = true
		case tagBCon:
			sb.WriteString("[Q ")
			open = true
		}
		sb.WriteString(tk.Text + " ")
	}
	if open {
		sb.WriteString("]")
	}
	return sb.String()
}

// eachSpeakerError runs Find on one article as the PolNeAR scorer does,
// adds it to sc (when not nil) and calls f for every unit matched to a gold unit with a
// source whose speaker is wrong, with the article's tokens and tags.
func eachSpeakerError(text string, gold []goldUnit, m *Model, sc *PolNeARScore, f func(d *doc, tags []int8, q Quote, g goldUnit)) {
	d := newDoc(text, Heuristic{})
	tags := m.tag(d)
	pred := Find(text, Options{Model: m, Exclusive: true})
	if sc != nil {
		sc.add(text, gold, pred)
	}
	match := overlapMatch(text, pred, gold)
	for i, q := range pred {
		if match[i] < 0 {
			continue
		}
		g := gold[match[i]]
		if g.sStart < 0 || strings.TrimSpace(g.source) == "" || speakerRight(q, g) {
			continue
		}
		f(d, tags, q, g)
	}
}

// loadFolds reads dir/fold0.bin.gz, fold1.bin.gz, ... as eval quotes
// --cv-models does, up to the first missing file; a missing fold below
// atLeast is a nil model (its articles are skipped) and reading goes on.
func loadFolds(t *testing.T, dir string, atLeast int) []*Model {
	t.Helper()
	var ms []*Model
	for k := 0; ; k++ {
		f, err := os.Open(filepath.Join(dir, fmt.Sprintf("fold%d.bin.gz", k)))
		if err != nil && k < atLeast {
			ms = append(ms, nil)
			continue
		}
		if err != nil {
			break
		}
		m, err := LoadModel(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, m)
	}
	return ms
}

// overlappingGold returns the index of the first gold unit that overlaps
// [a, b), or -1.
func overlappingGold(gold []goldUnit, a, b int) int {
	for g := range gold {
		if min(b, gold[g].end) > max(a, gold[g].start) {
			return g
		}
	}
	return -1
}

// diagArticle is one PolNeAR article as the TestDiag* aids read it: the gold
// units and cues, what Find (Exclusive) predicts, which prediction took each
// gold unit (-1: none), and the tagger's tags on the article's tokens.
type diagArticle struct {
	ann, text string
	gold      []goldUnit
	cues      map[int]goldCue
	pred      []Quote
	match     []int
	taker     []int
	d         *doc
	tags      []int8
}

// tagIn reports whether a token lying inside [lo, hi) carries one of want.
func (a *diagArticle) tagIn(lo, hi int, want ...int8) bool {
	for i, tk := range a.d.toks {
		if tk.Start >= lo && tk.End <= hi {
			for _, w := range want {
				if a.tags[i] == w {
					return true
				}
			}
		}
	}
	return false
}

// eachDiagArticle calls fn with every PolNeAR article of split (its first
// annotation file), read and scored with model m.
func eachDiagArticle(t *testing.T, split string, m *Model, fn func(a *diagArticle)) {
	t.Helper()
	eachFirstAnnotation(t, split, func(ann, text string) {
		gold, _ := readBrat(ann, text)
		pred := Find(text, Options{Model: m, Exclusive: true})
		match := overlapMatch(text, pred, gold)
		d := newDoc(text, Heuristic{})
		fn(&diagArticle{
			ann: ann, text: text, gold: gold, cues: goldCues(ann, text),
			pred: pred, match: match, taker: takers(match, len(gold)),
			d: d, tags: m.tag(d),
		})
	})
}

// skipUnlessEnv skips the test unless the environment variable env is set;
// msg says how to run it.
func skipUnlessEnv(t *testing.T, env, msg string) {
	t.Helper()
	if os.Getenv(env) == "" {
		t.Skip(msg)
	}
}

// diagSplit is the PolNeAR split a tuning aid reads: train where SPLIT=train,
// dev otherwise.
func diagSplit() string {
	if os.Getenv("SPLIT") == "train" {
		return "train"
	}
	return "dev"
}

// diagSplitStrict is the split SPLIT names, dev where it is unset; any other
// split but train fails the test, saying why (what).
func diagSplitStrict(t *testing.T, what string) string {
	t.Helper()
	split := os.Getenv("SPLIT")
	if split == "" {
		split = "dev"
	}
	if split != "dev" && split != "train" {
		t.Fatalf("SPLIT=%q: %s", split, what)
	}
	return split
}

// overlapF1 is the F1 of match matched units among pred predictions and
// gold gold units.
func overlapF1(match, pred, gold int) float64 {
	p, r := float64(match)/float64(pred), float64(match)/float64(gold)
	return 2 * p * r / (p + r)
}

// byCount is the keys of mp, most counted first, ties in key order.
func byCount(mp map[string]int) []string {
	keys := make([]string, 0, len(mp))
	for k := range mp {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return mp[keys[i]] > mp[keys[j]] || mp[keys[i]] == mp[keys[j]] && keys[i] < keys[j]
	})
	return keys
}

// cueAfter reports whether q's cue follows its text: found in the 80 bytes
// after it and not in the 80 before.
func cueAfter(text string, q Quote) bool {
	return q.Cue != "" && strings.Contains(text[q.End:min(len(text), q.End+80)], q.Cue) && !strings.Contains(text[max(0, q.Start-80):q.Start], q.Cue)
}

// wordSet is the set of the space-separated words, each through norm (as
// written where norm is nil).
func wordSet(norm func(string) string, words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		if norm != nil {
			w = norm(w)
		}
		m[w] = true
	}
	return m
}

// matchCount counts predictions (n) and those matched to a gold unit (m).
type matchCount struct{ m, n int }

// matchStats are the match counts of a tuning aid by split and key.
type matchStats map[string]map[string]*matchCount

// add counts one prediction of split under each of keys.
func (s matchStats) add(split string, keys []string, matched bool) {
	for _, k := range keys {
		p := s[split][k]
		if p == nil {
			p = &matchCount{}
			s[split][k] = p
		}
		p.n++
		if matched {
			p.m++
		}
	}
}

// goldTouches reports whether a gold unit starts before hi and ends after lo.
func goldTouches(gold []goldUnit, lo, hi int) bool {
	for _, g := range gold {
		if g.start < hi && g.end > lo {
			return true
		}
	}
	return false
}

// f1Worth is what fixing a bucket of errors alone is worth in overlap F1,
// from the counts of matched, predicted and gold units.
type f1Worth struct{ match, pred, gold int }

// base is the overlap F1 as it stands.
func (w f1Worth) base() float64 { return overlapF1(w.match, w.pred, w.gold) }

// found is the F1 were n missed units found (one more prediction, one
// more match each).
func (w f1Worth) found(n int) float64 { return overlapF1(w.match+n, w.pred+n, w.gold) }

// dropped is the F1 were n unmatched predictions not made.
func (w f1Worth) dropped(n int) float64 { return overlapF1(w.match, w.pred-n, w.gold) }

// header prints the split's counts and its overlap F1.
func (w f1Worth) header(split string) {
	fmt.Printf("%s: matched %d, predicted %d, gold %d, overlap F1 %.4f\n", split, w.match, w.pred, w.gold, w.base())
}

// print prints a line by format (name, key, count, F1 gained) for each key
// of mp, most counted first.
func (w f1Worth) print(format, name string, mp map[string]int, worth func(n int) float64) {
	for _, k := range byCount(mp) {
		fmt.Printf(format, name, k, mp[k], worth(mp[k])-w.base())
	}
}

// mergedInto reports whether a prediction matched to a gold unit (match[i]
// >= 0) overlaps u: the missed unit u was merged into another.
func mergedInto(text string, pred []Quote, match []int, u goldUnit) bool {
	for i, q := range pred {
		a, b := normSpan(text, q.Start, q.End)
		if match[i] >= 0 && min(b, u.end) > max(a, u.start) {
			return true
		}
	}
	return false
}
