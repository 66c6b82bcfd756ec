package quotes

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/sentence"
)

// TestLearnCues rebuilds cues.txt from the PolNeAR train split when
// STORYLINE_LEARN_CUES=1 (see NOTE.md). It reads only the train split.
func TestLearnCues(t *testing.T) {
	if os.Getenv("STORYLINE_LEARN_CUES") != "1" {
		t.Skip("set STORYLINE_LEARN_CUES=1 to rebuild cues.txt from PolNeAR train")
	}
	type stat struct{ total, cue, after int }
	stats := map[string]*stat{}
	eachFirstAnnotation(t, "train", func(ann, text string) {
		cues, err := readCueSpans(ann, text)
		if err != nil {
			t.Fatal(err)
		}
		sort.Slice(cues, func(i, j int) bool { return cues[i].start < cues[j].start })
		for _, tok := range sentence.Tokens(text) {
			w := lower(tok.Text)
			if !cueCandidate(w) {
				continue
			}
			s := stats[w]
			if s == nil {
				s = &stat{}
				stats[w] = s
			}
			s.total++
			i := sort.Search(len(cues), func(i int) bool { return cues[i].end > tok.Start })
			for ; i < len(cues) && cues[i].start < tok.End; i++ {
				if cues[i].start <= tok.Start && tok.End <= cues[i].end {
					s.cue++
					if cues[i].contentAfter {
						s.after++
					}
					break
				}
			}
		}
	})
	var keep []string
	for w, s := range stats {
		if s.cue >= minCueCount && float64(s.cue) >= minCuePrecision*float64(s.total) {
			keep = append(keep, w)
		}
	}
	sort.Strings(keep)
	var b strings.Builder
	b.WriteString("# Cue words learned from PolNeAR train by TestLearnCues (see NOTE.md).\n")
	b.WriteString("# word\tprecision (share of its occurrences inside a gold Cue span)\ttimes a cue\tshare with content after the cue\n")
	for _, w := range keep {
		s := stats[w]
		fmt.Fprintf(&b, "%s\t%.2f\t%d\t%.2f\n", w, float64(s.cue)/float64(s.total), s.cue, float64(s.after)/float64(s.cue))
	}
	if err := os.WriteFile("cues.txt", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("kept %d cue words", len(keep))
}

// Thresholds for TestLearnCues.
const (
	minCueCount     = 4
	minCuePrecision = 0.25
)

// cueCandidate keeps alphabetic words; function words are never cues alone.
func cueCandidate(w string) bool {
	if len(w) < 3 || stopSubjects[w] || dets[w] || adjuncts[w] || modals[w] {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z') {
			return false
		}
	}
	return true
}

type cueSpan struct {
	start, end   int
	contentAfter bool
}

// readCueSpans returns the Cue spans of one brat file (byte offsets) and
// whether their content starts after them.
func readCueSpans(path, text string) ([]cueSpan, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("polnear annotation: %w", err)
	}
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	type sp struct{ a, b int }
	spans := map[string][]sp{}
	var out []cueSpan
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		if strings.HasPrefix(f[0], "T") {
			parts := strings.Split(f[1], ";")
			lab := strings.Fields(parts[0])
			if len(lab) < 3 {
				continue
			}
			parts[0] = lab[1] + " " + lab[2]
			for _, p := range parts {
				ff := strings.Fields(p)
				if len(ff) != 2 {
					continue
				}
				a, e1 := strconv.Atoi(ff[0])
				b, e2 := strconv.Atoi(ff[1])
				if e1 != nil || e2 != nil || a < 0 || b >= len(byteAt) || a >= b {
					continue
				}
				spans[f[0]] = append(spans[f[0]], sp{byteAt[a], byteAt[b]})
			}
			continue
		}
		if !strings.HasPrefix(f[0], "E") {
			continue
		}
		var cue []sp
		content := -1
		for _, part := range strings.Fields(f[1]) {
			role, id, _ := strings.Cut(part, ":")
			switch strings.TrimRight(role, "0123456789") {
			case "Cue":
				cue = append(cue, spans[id]...)
			case "Content":
				if s := spans[id]; len(s) > 0 && (content < 0 || s[0].a < content) {
					content = s[0].a
				}
			}
		}
		for _, c := range cue {
			out = append(out, cueSpan{c.a, c.b, content >= c.b})
		}
	}
	return out, nil
}
