package quotes

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// More tuning aids, skipped unless STORYLINE_DIAG2=1: how much the unit
// rules lose given perfect tags (gold tags through tagUnits, PolNeAR dev),
// and how far two PolNeAR annotators agree under the same metric (train
// articles annotated more than once), a ceiling for any model.

func TestDiagOracle(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG2", "set STORYLINE_DIAG2=1 to score gold tags through the unit rules on PolNeAR dev")
	var sc PolNeARScore
	eachDevArticle(t, func(ann, text string, gold []goldUnit) {
		frags, err := readFragments(ann, text)
		if err != nil {
			t.Fatal(err)
		}
		d := newDoc(text, Heuristic{})
		tags := goldTags(d, frags)
		sc.add(text, gold, d.tagUnits(tags, nil))
	})
	fmt.Printf("oracle tags: overlap P=%.3f R=%.3f F1=%.3f exact F1=%.3f speaker %.3f\n",
		sc.Overlap.Precision(), sc.Overlap.Recall(), sc.Overlap.F1(), sc.Exact.F1(), sc.SpeakerAccuracy())
}

func TestDiagAgreement(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG2", "set STORYLINE_DIAG2=1 to score PolNeAR annotators against each other")
	for _, split := range []string{"train", "annotator-training"} {
		base := filepath.Join(repoShared(t), "bench", "quotes", "polnear", "data", split)
		anns, _ := filepath.Glob(filepath.Join(base, "attributions", "*.ann"))
		sort.Strings(anns)
		by := map[string][]string{}
		var names []string
		for _, ann := range anns {
			name := strings.TrimSuffix(filepath.Base(ann), ".ann")
			name = name[:strings.LastIndexByte(name, '_')]
			if by[name] == nil {
				names = append(names, name)
			}
			by[name] = append(by[name], ann)
		}
		var sc PolNeARScore
		pairs := 0
		for _, name := range names {
			files := by[name]
			if len(files) < 2 {
				continue
			}
			raw, err := os.ReadFile(filepath.Join(base, "text", name+".txt"))
			if err != nil {
				continue
			}
			text := string(raw)
			gold, err := readBrat(files[0], text)
			if err != nil {
				t.Fatal(err)
			}
			for _, other := range files[1:] {
				o, err := readBrat(other, text)
				if err != nil {
					t.Fatal(err)
				}
				pred := make([]Quote, len(o))
				for i, u := range o {
					pred[i] = Quote{SpeakerStart: u.sStart, SpeakerEnd: u.sEnd}
					pred[i].Start, pred[i].End = u.start, u.end
				}
				sc.add(text, gold, pred)
				pairs++
			}
		}
		fmt.Printf("%s: %d annotator pairs: overlap P=%.3f R=%.3f F1=%.3f exact F1=%.3f speaker %.3f\n", split, pairs,
			sc.Overlap.Precision(), sc.Overlap.Recall(), sc.Overlap.F1(), sc.Exact.F1(), sc.SpeakerAccuracy())
	}
	_ = context.Background
}

// TestDiagFP sorts the tagger's unmatched predictions on dev: overlapping a
// gold unit another prediction already took (a split unit), or none; and
// precision by unit length in words.
func TestDiagFP(t *testing.T) {
	m := diagModel(t)
	split, none := 0, 0
	var byLen [8][2]int
	var byKind = map[string]*[2]int{}
	eachDevArticle(t, func(_, text string, gold []goldUnit) {
		pred := Find(text, Options{Model: m, Exclusive: true})
		match := overlapMatch(text, pred, gold)
		var d *doc
		var tags []int8
		if os.Getenv("SHOW") == "splittags" {
			d = newDoc(text, Heuristic{})
			tags = m.tag(d)
		}
		for i, q := range pred {
			a, b := normSpan(text, q.Start, q.End)
			best, any := match[i], overlapsAny(text, q, gold)
			n := len(strings.Fields(text[a:b]))
			lb := min(n, 7)
			if n > 3 {
				lb = 4 + min((n-4)/8, 3)
			}
			k := q.Kind
			if q.Direct {
				k = "direct"
			}
			if byKind[k] == nil {
				byKind[k] = &[2]int{}
			}
			if best >= 0 {
				byLen[lb][0]++
				byKind[k][0]++
				continue
			}
			byLen[lb][1]++
			byKind[k][1]++
			if any {
				split++
				if d != nil && split < 80 {
					lo, hi := d.sentStart(d.sentenceAt(a)), d.sentEnd(d.sentenceAt(b-1))
					fmt.Printf("PIECE %q\n  TAGS %s\n", trunc(text[a:b]), renderTags(d, tags, lo, hi))
				}
				if os.Getenv("SHOW") == "split" && split < 60 {
					for g := range gold {
						if min(b, gold[g].end) > max(a, gold[g].start) {
							fmt.Printf("PIECE %q kind=%s\n  GOLD %q\n", trunc(text[a:b]), k, text[gold[g].start:gold[g].end])
						}
					}
				}
			} else {
				none++
			}
		}
	})
	fmt.Printf("unmatched: overlapping a taken gold unit %d, no gold %d\n", split, none)
	labels := []string{"0", "1", "2", "3", "4-11", "12-19", "20-27", "28+"}
	for i, c := range byLen {
		fmt.Printf("words %-6s matched %4d unmatched %4d\n", labels[i], c[0], c[1])
	}
	for k, c := range byKind {
		fmt.Printf("kind %-12s matched %4d unmatched %4d\n", k, c[0], c[1])
	}
}

// TestDiagSpeakerKinds sorts speaker errors on dev: the gold source was
// tagged Source somewhere (a linking error) or not (a tagging error).
func TestDiagSpeakerKinds(t *testing.T) {
	m := diagModel(t)
	link, tagErr, noCue, shown := 0, 0, 0, 0
	eachDevArticle(t, func(_, text string, gold []goldUnit) {
		eachSpeakerError(text, gold, m, nil, func(d *doc, tags []int8, q Quote, g goldUnit) {
			tagged := false
			for i, tk := range d.toks {
				if tk.Start >= g.sStart && tk.Start < g.sEnd && (tags[i] == tagBSrc || tags[i] == tagISrc) {
					tagged = true
				}
			}
			switch {
			case q.Cue == "":
				noCue++
				if os.Getenv("SHOW") == "nocue" {
					lo, hi := d.sentStart(d.sentenceAt(q.Start)), d.sentEnd(d.sentenceAt(q.End-1))
					fmt.Printf("GOLD %q -> %q UNIT %q\n  TAGS %s\n", g.source, q.Speaker, trunc(q.Text), renderTags(d, tags, max(0, lo-200), hi))
				}
			case tagged:
				link++
				if os.Getenv("SHOW") == "link" && shown < 50 {
					shown++
					ps := ""
					if q.SpeakerStart >= 0 {
						ps = text[q.SpeakerStart:q.SpeakerEnd]
					}
					fmt.Printf("GOLD %q PRED %q cue %q\n   %q\n", g.source, ps, q.Cue, q.Sentence)
				}
				if os.Getenv("SHOW") == "linktags" && shown < 60 {
					shown++
					lo, hi := d.sentStart(d.sentenceAt(q.Start)), d.sentEnd(d.sentenceAt(q.End-1))
					fmt.Printf("GOLD %q -> %q UNIT %q\n  TAGS %s\n", g.source, q.Speaker, trunc(q.Text), renderTags(d, tags, lo, hi))
				}
			default:
				tagErr++
				if os.Getenv("SHOW") == "untaggedtags" {
					lo, hi := d.sentStart(d.sentenceAt(q.Start)), d.sentEnd(d.sentenceAt(q.End-1))
					fmt.Printf("GOLD %q -> %q UNIT %q\n  TAGS %s\n", g.source, q.Speaker, trunc(q.Text), renderTags(d, tags, lo, hi))
				}
				if os.Getenv("SHOW") == "untagged" && shown < 40 {
					shown++
					ps := ""
					if q.SpeakerStart >= 0 {
						ps = text[q.SpeakerStart:q.SpeakerEnd]
					}
					fmt.Printf("GOLD %q PRED %q (%q) cue %q\n   %q\n", g.source, ps, q.Speaker, q.Cue, q.Sentence)
				}
			}
		})
	})
	fmt.Printf("speaker errors: gold source tagged elsewhere-linked %d, gold source untagged %d, unit without cue %d\n", link, tagErr, noCue)
}

// TestDiagMissKinds sorts dev gold units no prediction overlaps by what the
// tagger tagged in their sentences: nothing, a cue only, or content elsewhere.
func TestDiagMissKinds(t *testing.T) {
	m := diagModel(t)
	var kinds [4]int
	eachDevArticle(t, func(_, text string, gold []goldUnit) {
		d := newDoc(text, Heuristic{})
		tags := m.tag(d)
		pred := Find(text, Options{Model: m, Exclusive: true})
		for _, g := range gold {
			hit := false
			for _, p := range pred {
				a, b := normSpan(text, p.Start, p.End)
				if min(b, g.end) > max(a, g.start) {
					hit = true
					break
				}
			}
			if hit {
				continue
			}
			lo, hi := d.sentStart(d.sentenceAt(g.start)), d.sentEnd(d.sentenceAt(g.end-1))
			cue, con, inside := false, false, false
			for i, tk := range d.toks {
				if tk.Start < lo || tk.Start >= hi {
					continue
				}
				switch tags[i] {
				case tagBCue, tagICue:
					cue = true
				case tagBCon, tagICon:
					con = true
					if tk.Start >= g.start && tk.Start < g.end {
						inside = true
					}
				}
			}
			switch {
			case inside:
				kinds[3]++
				if os.Getenv("SHOW") == "inside" {
					fmt.Printf("GOLD %q by %q\n  %s\n", trunc(text[g.start:g.end]), g.source, renderTags(d, tags, lo, hi))
				}
			case con:
				kinds[2]++
				if os.Getenv("SHOW") == "elsewhere" {
					fmt.Printf("GOLD %q by %q\n  %s\n", trunc(text[g.start:g.end]), g.source, renderTags(d, tags, lo, hi))
				}
			case cue:
				kinds[1]++
				if os.Getenv("SHOW") == "cueonly" {
					fmt.Printf("GOLD %q by %q\n  %s\n", trunc(text[g.start:g.end]), g.source, renderTags(d, tags, lo, hi))
				}
			default:
				kinds[0]++
			}
		}
	})
	fmt.Printf("missed gold units: sentence untagged %d, cue only %d, content elsewhere %d, content tagged inside but no unit %d\n", kinds[0], kinds[1], kinds[2], kinds[3])
}

// TestDiagScore scores a model file on PolNeAR dev as eval quotes does.
func TestDiagScore(t *testing.T) {
	m := diagModel(t)
	sc, err := ScorePolNeAR(context.Background(), PolNeAROptions{Dir: filepath.Join(repoShared(t), "bench", "quotes", "polnear"), Split: "dev", Find: Options{Model: m}})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("dev: overlap P=%.3f R=%.3f F1=%.3f exact F1=%.3f speaker %.3f (%d/%d)\n", sc.Overlap.Precision(), sc.Overlap.Recall(), sc.Overlap.F1(),
		sc.Exact.F1(), sc.SpeakerAccuracy(), sc.SpeakerRight, sc.SpeakerTotal)
}
