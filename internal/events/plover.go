package events

// PLOVER gold-record scoring. PLOVER_GSR_CAMEO.txt (openeventdata/PLOVER,
// CC BY-SA 4.0) is read at run time: a JSON array of records, each with
// "text" (one sentence), "event" (the PLOVER category), "source" and
// "target" (a list of {"actorText", "code"} or ""). The first record is
// documentation ("event": "DOCUMENT") and is skipped. Of the 322 event
// records the first 161 are the dev half, the rest the test half.
//
// Metrics:
//   - Type accuracy: records whose primary event (Primary: the earliest,
//     unless a later trigger is much longer) maps through PLOVER to the gold category,
//     over all records of the half; a record with no event counts as wrong.
//   - Actor match: over the same records, those where the primary event's
//     actor and some gold source actorText contain one another
//     (case-insensitive) or name the same state through quotes.State.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/quotes"
)

// PLOVERScore is the result of ScorePLOVER.
type PLOVERScore struct {
	Records    int
	TypeRight  int
	ActorRight int
	NoEvent    int
	// Confusion counts gold -> predicted category pairs ("" when none).
	Confusion map[[2]string]int
}

// TypeAccuracy is TypeRight/Records.
func (s PLOVERScore) TypeAccuracy() float64 { return frac(s.TypeRight, s.Records) }

// ActorAccuracy is ActorRight/Records.
func (s PLOVERScore) ActorAccuracy() float64 { return frac(s.ActorRight, s.Records) }

func frac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

type ploverActor struct {
	ActorText string `json:"actorText"`
}

type ploverRecord struct {
	Event  string          `json:"event"`
	Text   string          `json:"text"`
	Source json.RawMessage `json:"source"`
}

// ScorePLOVER scores Find on one half ("dev", "test" or "all") of the PLOVER
// gold records under dir (the plover_gsr folder or the file itself).
func ScorePLOVER(ctx context.Context, dir, half string, opts Options) (PLOVERScore, error) {
	recs, err := PLOVERRecords(dir, half)
	if err != nil {
		return PLOVERScore{Confusion: map[[2]string]int{}}, err
	}
	sc, _, err := ScoreLabeled(ctx, recs, opts)
	return sc, err
}

// PLOVERRecords reads one half ("dev", "test" or "all") of the PLOVER gold
// records under dir (the plover_gsr folder or the file itself).
func PLOVERRecords(dir, half string) ([]Labeled, error) {
	path := dir
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		path = filepath.Join(dir, "PLOVER_GSR_CAMEO.txt")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("plover gold records: %w", err)
	}
	var recs []ploverRecord
	if err := json.Unmarshal(raw, &recs); err != nil {
		return nil, fmt.Errorf("plover gold records %s: %w", path, err)
	}
	var evs []ploverRecord
	for _, r := range recs {
		if r.Event != "DOCUMENT" && r.Text != "" {
			evs = append(evs, r)
		}
	}
	switch half {
	case "dev":
		evs = evs[:min(161, len(evs))]
	case "test", "":
		evs = evs[min(161, len(evs)):]
	case "all":
	default:
		return nil, fmt.Errorf("plover: unknown half %q (dev, test or all)", half)
	}
	out := make([]Labeled, 0, len(evs))
	for _, r := range evs {
		l := Labeled{Text: r.Text, Want: []string{r.Event}}
		var actors []ploverActor
		if json.Unmarshal(r.Source, &actors) == nil {
			for _, a := range actors {
				if a.ActorText != "" {
					l.Actors = append(l.Actors, a.ActorText)
				}
			}
		}
		out = append(out, l)
	}
	return out, nil
}

// actorMatches reports whether the found actor and some gold actor text
// contain one another (case-insensitive) or name the same state.
func actorMatches(got string, gold []string) bool {
	if got == "" {
		return false
	}
	g := strings.ToLower(got)
	for _, a := range gold {
		t := strings.ToLower(a)
		if t == "" {
			continue
		}
		if strings.Contains(g, t) || strings.Contains(t, g) {
			return true
		}
		if st, ok := quotes.State(a); ok && st == got {
			return true
		}
	}
	return false
}

// ConfusionLines renders the confusion counts, largest first.
func (s PLOVERScore) ConfusionLines() []string {
	type kv struct {
		k [2]string
		v int
	}
	var l []kv
	for k, v := range s.Confusion {
		l = append(l, kv{k, v})
	}
	sort.Slice(l, func(i, j int) bool {
		if l[i].v != l[j].v {
			return l[i].v > l[j].v
		}
		return l[i].k[0]+l[i].k[1] < l[j].k[0]+l[j].k[1]
	})
	out := make([]string, len(l))
	for i, x := range l {
		got := x.k[1]
		if got == "" {
			got = "(none)"
		}
		out[i] = fmt.Sprintf("%-12s -> %-12s %d", x.k[0], got, x.v)
	}
	return out
}
