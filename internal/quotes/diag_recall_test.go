package quotes

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// goldCue is a gold unit's cue text and content fragment count.
type goldCue struct {
	cue   string
	frags int
	cs    int
}

// goldCues maps a gold content start (normalised) to its cue text and fragment count.
func goldCues(path, text string) map[int]goldCue {
	raw, _ := os.ReadFile(path)
	byteAt := []int{}
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	type sp struct {
		a, b, n int
	}
	spans := map[string]sp{}
	var rels [][]string
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		if strings.HasPrefix(f[0], "T") {
			lab := strings.Fields(strings.ReplaceAll(f[1], ";", " "))
			a, _ := strconv.Atoi(lab[1])
			b, _ := strconv.Atoi(lab[len(lab)-1])
			if a < 0 || b >= len(byteAt) || a >= b {
				continue
			}
			spans[f[0]] = sp{byteAt[a], byteAt[b], strings.Count(f[1], ";") + 1}
		} else if strings.HasPrefix(f[0], "E") {
			rels = append(rels, strings.Fields(f[1]))
		}
	}
	out := map[int]goldCue{}
	for _, r := range rels {
		var c goldCue
		start, end := -1, 0
		c.cs = -1
		for _, part := range r {
			role, id, _ := strings.Cut(part, ":")
			s, ok := spans[id]
			if !ok {
				continue
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Content":
				c.frags += s.n
				if start < 0 || s.a < start {
					start = s.a
				}
				end = max(end, s.b)
			case "Cue":
				c.cue = text[s.a:s.b]
				c.cs = s.a
			}
		}
		if start >= 0 {
			a, _ := normSpan(text, start, end)
			out[a] = c
		}
	}
	return out
}

// TestDiagRecallKinds sorts PolNeAR dev gold units by kind (direct; for
// reported content: no cue, "according to", after a colon, cue after the
// content, a strong cue word (cue level 3+) before it, a weak one, a cue
// that is no cue word) and by sentence traits (across sentences,
// discontinuous, the tagger tags nothing in the sentence), with recall per
// class; missed units in tagged sentences by what the tagger tagged there.
// STORYLINE_DIAG_MODEL names another model file; SHOW=<kind> prints missed
// units of a kind, SHOW=dropped those with tagged content, SHOW=cuesrc
// those in sentences with a tagged source and cue but no content on them.
// A tuning aid, skipped unless STORYLINE_DIAG_RECALL=1.
func TestDiagRecallKinds(t *testing.T) {
	skipUnlessEnv(t, "STORYLINE_DIAG_RECALL", "set STORYLINE_DIAG_RECALL=1 to sort PolNeAR dev recall by gold kind")
	counts := map[string][2]int{}
	add := func(k string, missed bool) {
		c := counts[k]
		c[0]++
		if missed {
			c[1]++
		}
		counts[k] = c
	}
	show := os.Getenv("SHOW")
	m := DefaultModel()
	if p := os.Getenv("STORYLINE_DIAG_MODEL"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		m, err = LoadModel(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	eachDiagArticle(t, "dev", m, func(a *diagArticle) {
		text, gold, cues, taker, d, tags := a.text, a.gold, a.cues, a.taker, a.d, a.tags
		for g, u := range gold {
			missed := taker[g] < 0
			c := cues[u.start]
			cl := strings.ToLower(c.cue)
			kind := "ind-other"
			sa, sb := d.sentenceAt(u.start), d.sentenceAt(u.end-1)
			before := strings.TrimRight(text[max(0, u.start-3):u.start], " “\"")
			switch {
			case u.direct:
				kind = "direct"
			case c.cue == "":
				kind = "ind-nocue"
			case strings.Contains(cl, "according"):
				kind = "ind-according"
			case strings.HasSuffix(before, ":"):
				kind = "ind-colon"
			case c.cs > u.start:
				kind = "ind-cue-after"
			case cueLevel(strings.Fields(cl)[len(strings.Fields(cl))-1]) >= 3:
				kind = "ind-strongcue-before"
			case cueLevel(strings.Fields(cl)[0]) > 0:
				kind = "ind-weakcue-before"
			default:
				kind = "ind-nocueword-before"
			}
			add("kind:"+kind, missed)
			if sa != sb {
				add("multi-sentence", missed)
			}
			if c.frags > 1 {
				add("discontinuous", missed)
			}
			// anything tagged in the sentence?
			any := false
			lo, hi := d.sentStart(sa), d.sentEnd(sb)
			for i, tk := range d.toks {
				if tk.Start >= lo && tk.End <= hi && tags[i] != tagO {
					any = true
				}
			}
			if !any {
				add("sent-untagged", missed)
			} else {
				add("sent-tagged", missed)
			}
			if missed && any {
				con, cue, src := false, false, false
				for i, tk := range d.toks {
					if tk.Start >= u.start && tk.End <= u.end && (tags[i] == tagBCon || tags[i] == tagICon) {
						con = true
					}
					if tk.Start >= lo && tk.End <= hi && (tags[i] == tagBCue || tags[i] == tagICue) {
						cue = true
					}
					if tk.Start >= lo && tk.End <= hi && (tags[i] == tagBSrc || tags[i] == tagISrc) {
						src = true
					}
				}
				add(fmt.Sprintf("missed-tagged con=%v cue=%v src=%v", con, cue, src), true)
				if show == "dropped" && con || show == "cuesrc" && !con && cue && src {
					fmt.Printf("DROPPED cue=%q src=%q gold=%q\n  TAGS %s\n", c.cue, u.source, trunc(text[u.start:u.end]), renderTags(d, tags, lo, hi))
				}
			}
			if missed && show == kind {
				fmt.Printf("%s cue=%q src=%q\n  %q\n", kind, c.cue, u.source, trunc(text[lo:hi]))
			}
		}
	})
	keys := []string{}
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c := counts[k]
		fmt.Printf("%-30s gold %5d missed %4d recall %.3f\n", k, c[0], c[1], 1-float64(c[1])/float64(c[0]))
	}
}
