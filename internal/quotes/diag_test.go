package quotes

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The TestDiag* tests are tuning aids, skipped unless STORYLINE_DIAG names a
// model file (from cmd/trainattr): they print, for PolNeAR dev only, the
// token-level confusion of the tagger, missed and spurious units
// (SHOW=fn|fp) and speaker errors (SHOW=spk). Nothing is written anywhere.

// TestDiagTagger prints token-level scores of a model file on dev.
func TestDiagTagger(t *testing.T) {
	m := diagModel(t)
	docs, err := readTagged(context.Background(), filepath.Join(repoShared(t), "bench", "quotes", "polnear"), "dev", false)
	if err != nil {
		t.Fatal(err)
	}
	var conf [4][4]int
	shown := 0
	for _, td := range docs {
		pred := m.tag(td.d)
		for i := range pred {
			conf[(td.gold[i]+1)/2][(pred[i]+1)/2]++
		}
		if shown < 12 {
			// Print sentences where gold and prediction disagree.
			for _, s := range td.d.sents {
				var g, p strings.Builder
				diff := false
				for i, tk := range td.d.toks {
					if tk.Start < s.Start || tk.Start >= s.End {
						continue
					}
					mark := func(b *strings.Builder, tg int8) {
						switch tg {
						case tagBSrc:
							b.WriteString("[S ")
						case tagBCue:
							b.WriteString("[C ")
						case tagBCon:
							b.WriteString("[Q ")
						}
						b.WriteString(tk.Text + " ")
					}
					mark(&g, td.gold[i])
					mark(&p, pred[i])
					if td.gold[i] != pred[i] {
						diff = true
					}
				}
				if diff && shown < 12 {
					shown++
					fmt.Printf("GOLD %s\nPRED %s\n\n", g.String(), p.String())
				}
			}
		}
	}
	names := []string{"O", "Src", "Cue", "Con"}
	for g := range 4 {
		fmt.Printf("gold %-4s", names[g])
		for p := range 4 {
			fmt.Printf(" %7d", conf[g][p])
		}
		fmt.Println()
	}
}

func TestDiagMissed(t *testing.T) {
	m := diagModel(t)
	none, shared, total, predSpan := 0, 0, 0, 0
	shown := 0
	eachDevArticle(t, func(_, text string, gold []goldUnit) {
		pred := Find(text, Options{Model: m, Exclusive: true})
		for _, p := range pred {
			a, b := normSpan(text, p.Start, p.End)
			n := 0
			for _, g := range gold {
				if min(b, g.end) > max(a, g.start) {
					n++
				}
			}
			if n > 1 {
				predSpan++
			}
			if n == 0 && os.Getenv("SHOW") == "fp" && shown < 40 {
				shown++
				fmt.Printf("FP cue=%q spk=%q %q\n   in %q\n", p.Cue, p.Speaker, trunc(p.Text), p.Sentence)
			}
		}
		for _, g := range gold {
			total++
			n := 0
			for _, p := range pred {
				a, b := normSpan(text, p.Start, p.End)
				if min(b, g.end) > max(a, g.start) {
					n++
				}
			}
			if n == 0 {
				none++
				if shown < 40 && os.Getenv("SHOW") == "fn" {
					shown++
					s := max(0, g.start-80)
					fmt.Printf("MISSED src=%q content=%q\n   ctx=%q\n", g.source, text[g.start:g.end], text[s:min(len(text), g.end+40)])
				}
			}
			if n > 0 {
				shared++
			}
		}
	})
	fmt.Printf("gold %d: no overlapping prediction %d, some overlap %d; predictions spanning 2+ gold %d\n", total, none, shared, predSpan)
}

func TestDiagSpeakers(t *testing.T) {
	m := diagModel(t)
	noSpk, wrong, shown := 0, 0, 0
	eachDevArticle(t, func(_, text string, gold []goldUnit) {
		eachSpeakerError(text, gold, m, nil, func(_ *doc, _ []int8, q Quote, g goldUnit) {
			if q.SpeakerStart < 0 {
				noSpk++
			} else {
				wrong++
			}
			if shown < 80 && os.Getenv("SHOW") == "spk" {
				shown++
				ps := ""
				if q.SpeakerStart >= 0 {
					ps = text[q.SpeakerStart:q.SpeakerEnd]
				}
				fmt.Printf("GOLD %q PRED %q (%q) cue %q direct %v\n   %q\n", g.source, ps, q.Speaker, q.Cue, q.Direct, trunc(q.Text))
			}
		})
	})
	fmt.Printf("speaker errors: none %d, wrong %d\n", noSpk, wrong)
}
