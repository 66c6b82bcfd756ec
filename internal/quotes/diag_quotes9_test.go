package quotes

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDiagTags9 prints, for each text of the file STORYLINE_Q9TEXT (texts
// separated by a line "---"), the tags and quotes of the embedded model and
// of the model file STORYLINE_DIAG (a tuning aid of the twenty-fourth
// session; skipped without both).
func TestDiagTags9(t *testing.T) {
	path := os.Getenv("STORYLINE_Q9TEXT")
	if path == "" {
		t.Skip("set STORYLINE_Q9TEXT=texts.txt (and STORYLINE_DIAG=model.bin.gz) to print tags")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	models := []*Model{DefaultModel()}
	if os.Getenv("STORYLINE_DIAG") != "" {
		models = append(models, diagModel(t))
	}
	for _, text := range strings.Split(string(raw), "\n---\n") {
		text = strings.TrimSpace(text)
		for mi, m := range models {
			d := newDoc(text, Heuristic{})
			tags := m.tag(d)
			var b strings.Builder
			prev := int8(-1)
			for i, tk := range d.toks {
				tg := tags[i]
				if tg != prev || tg == tagBSrc || tg == tagBCue || tg == tagBCon {
					if prev > 0 {
						b.WriteString("]")
					}
					if tg > 0 {
						b.WriteString(" [" + map[int8]string{tagBSrc: "S", tagISrc: "S", tagBCue: "V", tagICue: "V", tagBCon: "Q", tagICon: "Q"}[tg])
					}
				}
				b.WriteString(" " + text[tk.Start:tk.End])
				prev = tg
			}
			if prev > 0 {
				b.WriteString("]")
			}
			fmt.Printf("model %d:%s\n", mi, b.String())
			for _, q := range Find(text, Options{Model: m}) {
				fmt.Printf("   %q -> %q\n", q.Text, q.Speaker)
			}
		}
		fmt.Println()
	}
}

// TestDiagFire9 prints the sentences of PolNeAR SPLIT (train or dev) where
// nounOffCue, quotedObject or namedByOthers fires on the model's tags
// (STORYLINE_DIAG9=1; STORYLINE_DIAG=model.bin.gz for another model).
func TestDiagFire9(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG9", "set STORYLINE_DIAG9=1 [SPLIT=train] to list where the quotes9 rules fire")
	split := diagSplit()
	m := DefaultModel()
	if os.Getenv("STORYLINE_DIAG") != "" {
		m = diagModel(t)
	}
	eachFirstAnnotation(t, split, func(ann, text string) {
		d := newDoc(text, Heuristic{})
		tags := m.tag(d)
		show := func(rule string, i int) {
			si := d.sentenceAt(d.toks[i].Start)
			fmt.Printf("%s %s: %s\n", rule, ann[strings.LastIndexByte(ann, '/')+1:], strings.ReplaceAll(d.sentenceText(si, si), "\n", " "))
		}
		for _, p := range []struct {
			name string
			fn   func([]int8) []int8
		}{{"nounOffCue", d.nounOffCue}, {"quotedObject", d.quotedObject}} {
			out := p.fn(tags)
			for i := range out {
				if out[i] != tags[i] {
					show(p.name, i)
					break
				}
			}
		}
		rs := runsOf(tags)
		for k, r := range rs {
			if r.kind == tagBCue && k+1 < len(rs) && d.namedByOthers(r, rs[k+1].a) {
				show("namedByOthers", r.a)
			}
		}
	})
}

// TestDiagSpeakerSplit9 splits the speaker accuracy of the embedded model
// and the model STORYLINE_DIAG on PolNeAR dev by whether both, one or the
// other match a gold unit with a source (STORYLINE_DIAG9=1): where a
// candidate's speaker accuracy falls, on the units both find or on those
// only it finds.
func TestDiagSpeakerSplit9(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG9", "set STORYLINE_DIAG9=1 STORYLINE_DIAG=model.bin.gz to split speaker accuracy")
	cand := diagModel(t)
	// counts[both/only-main/only-cand][model][right]
	var n [3][2][2]int
	eachDevArticle(t, func(ann, text string, gold []goldUnit) {
		var got [2]map[int]bool
		for mi, m := range []*Model{DefaultModel(), cand} {
			got[mi] = map[int]bool{}
			pred := Find(text, Options{Model: m, Exclusive: true})
			for i, g := range overlapMatch(text, pred, gold) {
				if g < 0 || gold[g].sStart < 0 {
					continue
				}
				got[mi][g] = speakerRight(pred[i], gold[g])
			}
		}
		for g := range gold {
			r0, ok0 := got[0][g]
			r1, ok1 := got[1][g]
			k := 0
			switch {
			case ok0 && ok1:
			case ok0:
				k = 1
			case ok1:
				k = 2
			default:
				continue
			}
			if ok0 {
				n[k][0][b2i(r0)]++
			}
			if ok1 {
				n[k][1][b2i(r1)]++
			}
		}
	})
	for k, name := range []string{"both match", "main only", "candidate only"} {
		fmt.Printf("%-15s main %d/%d right   candidate %d/%d right\n", name, n[k][0][1], n[k][0][0]+n[k][0][1], n[k][1][1], n[k][1][0]+n[k][1][1])
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
