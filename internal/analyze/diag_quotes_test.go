package analyze

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/testshared"
)

// TestDiagStoredQuotes compares, on PolNeAR dev, the attribution units
// quotes.Find returns (Exclusive, as `eval quotes --ner` scores them) with
// what Process stores (`--as-stored`), stage by stage, and prints where gold
// units and right speakers are lost. Dev only; set
// STORYLINE_DIAG_STORED=1 (SHOW=drop|speaker lists cases).
func TestDiagStoredQuotes(t *testing.T) {
	if os.Getenv("STORYLINE_DIAG_STORED") == "" {
		t.Skip("set STORYLINE_DIAG_STORED=1")
	}
	base := filepath.Join(testshared.Dir(t), "bench", "quotes", "polnear", "data", "dev")
	anns, _ := filepath.Glob(filepath.Join(base, "attributions", "*.ann"))
	if len(anns) == 0 {
		t.Skip("no PolNeAR dev")
	}
	sort.Strings(anns)
	show := os.Getenv("SHOW")
	z := New(Options{})
	seen := map[string]bool{}
	cnt := map[string]int{}
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
		text := string(raw)
		gold, err := quotes.ReadPolNeARUnits(ann, text)
		if err != nil {
			t.Fatal(err)
		}
		ms, ents, _ := z.mentions(text)
		known := map[string]bool{}
		for _, e := range ents {
			if e.Type == core.Person || e.Type == core.Organisation || e.Type == core.Location {
				known[e.Name] = true
			}
		}
		res := quotes.ResolverFunc(func(string) []quotes.Mention { return ms })
		excl := quotes.Find(text, quotes.Options{Resolver: res, Exclusive: true})
		rawQ := quotes.Find(text, quotes.Options{Resolver: res})
		var filt []quotes.Quote
		for _, q := range rawQ {
			owner, _, _ := strings.Cut(q.Speaker, "'s ")
			if q.Kind == quotes.KindAttribution && !known[q.Speaker] && !known[owner] {
				if diagOverlapsAny(text, q, gold) {
					cnt["pred filtered (attribution, unknown speaker) overlapping gold"]++
					if show == "filter" {
						fmt.Printf("FILT speaker %q cue %q | %q\n", q.Speaker, q.Cue, diagCut(q.Text))
					}
				}
				continue
			}
			filt = append(filt, q)
		}
		tid := tidyQuotes(text, filt, known, ms)
		mA := quotes.MatchPolNeAR(text, excl, gold)
		mB := quotes.MatchPolNeAR(text, rawQ, gold)
		mC := quotes.MatchPolNeAR(text, filt, gold)
		mD := quotes.MatchPolNeAR(text, tid, gold)
		gA, gB, gC, gD := diagInv(mA, len(gold)), diagInv(mB, len(gold)), diagInv(mC, len(gold)), diagInv(mD, len(gold))
		for g := range gold {
			cnt["gold"]++
			switch {
			case gA[g] < 0 && gD[g] < 0:
				cnt["gold missed by both"]++
			case gA[g] >= 0 && gD[g] >= 0:
				cnt["gold matched by both"]++
			case gA[g] < 0:
				cnt["gold matched by stored only"]++
			default:
				stage := "A->B (non-exclusive Find)"
				if gB[g] >= 0 {
					stage = "B->C (attribution filter)"
					if gC[g] >= 0 {
						stage = "C->D (tidy)"
					}
				}
				why := ""
				if stage == "C->D (tidy)" {
					why = diagTidyWhy(text, filt, gC[g], known)
				}
				cnt["gold lost "+stage+" "+why]++
				if show == "drop" {
					q := excl[gA[g]]
					fmt.Printf("LOST %s %s | gold %q | excl %q [%s]\n", stage, why, diagCut(text[gold[g].Start:gold[g].End]), diagCut(q.Text), q.Kind)
					if gB[g] < 0 {
						for i, b := range rawQ {
							a1, b1 := quotes.NormPolNeARSpan(text, b.Start, b.End)
							if min(b1, gold[g].End) > max(a1, gold[g].Start) {
								fmt.Printf("     raw overlapping: %q [%s] matched gold %d (this %d)\n", diagCut(b.Text), b.Kind, mB[i], g)
							}
						}
					}
				}
			}
		}
		// precision side
		for i, q := range tid {
			cnt["stored pred"]++
			if mD[i] >= 0 {
				continue
			}
			if diagOverlapsAny(text, q, gold) {
				k := "stored pred unmatched, overlapping a taken gold unit"
				if q.Direct {
					k += " (direct)"
				}
				cnt[k]++
			} else {
				cnt["stored pred unmatched, no gold"]++
			}
		}
		for i, q := range excl {
			cnt["excl pred"]++
			if mA[i] < 0 && diagOverlapsAny(text, q, gold) {
				cnt["excl pred unmatched, overlapping a taken gold unit"]++
			}
		}
		// speakers
		for i, q := range tid {
			g := mD[i]
			if g < 0 || gold[g].SourceStart < 0 || strings.TrimSpace(gold[g].Source) == "" {
				continue
			}
			cnt["spk total"]++
			byName := quotes.PolNeARSpeakerRight(quotes.Quote{Quote: q.Quote, SpeakerStart: -1, SpeakerEnd: -1}, gold[g])
			bySpan := quotes.PolNeARSpeakerRight(q, gold[g])
			exclRight := gA[g] >= 0 && quotes.PolNeARSpeakerRight(excl[gA[g]], gold[g])
			if byName {
				cnt["spk right by name"]++
			}
			if bySpan {
				cnt["spk right by span or name"]++
			}
			if exclRight {
				cnt["spk excl right"]++
			}
			if show == "pronoun" && !byName && bySpan && pronounWord(strings.ToLower(strings.TrimSpace(gold[g].Source))) {
				cnt["pronoun sample"]++
				if cnt["pronoun sample"]%6 == 1 {
					from := max(0, gold[g].SourceStart-400)
					fmt.Printf("PRON %d | stored %q | ...%s[[%s]]%s\n\n", cnt["pronoun sample"], q.Speaker, strings.Join(strings.Fields(text[from:gold[g].SourceStart]), " "), text[gold[g].SourceStart:gold[g].SourceEnd], strings.Join(strings.Fields(text[gold[g].SourceEnd:min(len(text), gold[g].SourceEnd+80)]), " "))
				}
			}
			if !byName {
				src := strings.ToLower(strings.TrimSpace(gold[g].Source))
				cls := "other"
				switch {
				case q.Speaker == "":
					cls = "empty"
				case pronounWord(src):
					cls = "gold pronoun"
				case diagMentionName(ms, gold[g]) == q.Speaker:
					cls = "gold span is a mention of the speaker"
				}
				if bySpan {
					cls += " (span right)"
				}
				if exclRight {
					cls += " [excl right]"
				}
				if gC[g] >= 0 && filt[gC[g]].Speaker != q.Speaker {
					cls += " {tidy changed}"
				}
				cnt["spk wrong by name: "+cls]++
				if show == "speaker2" && exclRight && !bySpan && gC[g] >= 0 {
					f, e := filt[gC[g]], excl[gA[g]]
					sp := func(q quotes.Quote) string {
						if q.SpeakerStart < 0 {
							return "-"
						}
						return text[q.SpeakerStart:q.SpeakerEnd]
					}
					fmt.Printf("SPK2 %s | gold %q | find %q span %q cue %q kind %s | excl %q span %q cue %q\n    %q\n", cls, gold[g].Source, f.Speaker, sp(f), f.Cue, f.Kind, e.Speaker, sp(e), e.Cue, diagCut(f.Sentence))
				}
				if show == "speaker" {
					fmt.Printf("SPK %s | gold src %q | stored %q | excl %q | find %q | %q\n", cls, gold[g].Source, q.Speaker, diagExclSpk(excl, gA[g]), diagExclSpk(filt, gC[g]), diagCut(q.Text))
				}
			}
		}
	}
	var keys []string
	for k := range cnt {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%6d  %s\n", cnt[k], k)
	}
}

func diagExclSpk(excl []quotes.Quote, i int) string {
	if i < 0 {
		return "-"
	}
	return excl[i].Speaker
}

func pronounWord(s string) bool {
	switch s {
	case "he", "she", "they", "i", "we", "it", "you", "his", "her", "their", "its", "our", "my", "him", "them":
		return true
	}
	return false
}

func diagMentionName(ms []quotes.Mention, g diagGold) string {
	for _, m := range ms {
		if m.Start < g.SourceEnd && m.End > g.SourceStart {
			return m.Name
		}
	}
	return "\x00"
}

func diagCut(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 90 {
		return s[:60] + " ... " + s[len(s)-25:]
	}
	return s
}

// diagTidyWhy says which tidy rule dropped the filtered quote qs[i].
func diagTidyWhy(text string, qs []quotes.Quote, i int, known map[string]bool) string {
	q := qs[i]
	if holdsDirect(q, qs, i) {
		return "holdsDirect"
	}
	if !q.Direct {
		var ok bool
		if q, ok = trimCueStart(text, q); !ok {
			return "trimCueStart"
		}
	}
	if !q.Direct && len(strings.Fields(q.Text)) < 3 {
		return "short"
	}
	if !q.Direct && !q.Fragment && !statesSomething(q.Text) {
		return "statesSomething"
	}
	if noStatement(text, q) {
		return "noStatement"
	}
	return "kept-but-unmatched"
}

type diagGold = quotes.PolNeARUnit

func diagOverlapsAny(text string, q quotes.Quote, gold []diagGold) bool {
	a, b := quotes.NormPolNeARSpan(text, q.Start, q.End)
	for _, g := range gold {
		if min(b, g.End) > max(a, g.Start) {
			return true
		}
	}
	return false
}

func diagInv(m []int, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	for i, g := range m {
		if g >= 0 {
			out[g] = i
		}
	}
	return out
}
