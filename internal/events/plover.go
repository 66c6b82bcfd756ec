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
	sc := PLOVERScore{Confusion: map[[2]string]int{}}
	path := dir
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		path = filepath.Join(dir, "PLOVER_GSR_CAMEO.txt")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return sc, fmt.Errorf("plover gold records: %w", err)
	}
	var recs []ploverRecord
	if err := json.Unmarshal(raw, &recs); err != nil {
		return sc, fmt.Errorf("plover gold records %s: %w", path, err)
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
		return sc, fmt.Errorf("plover: unknown half %q (dev, test or all)", half)
	}
	for _, r := range evs {
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		sc.Records++
		e, ok := Primary(Find(r.Text, opts))
		got := ""
		if ok {
			got = PLOVER(e.Type)
		} else {
			sc.NoEvent++
		}
		sc.Confusion[[2]string{r.Event, got}]++
		if got == r.Event {
			sc.TypeRight++
		}
		if ok && actorMatches(e.Actor, r.Source) {
			sc.ActorRight++
		}
	}
	return sc, nil
}

func actorMatches(got string, src json.RawMessage) bool {
	var actors []ploverActor
	if json.Unmarshal(src, &actors) != nil || got == "" {
		return false
	}
	g := strings.ToLower(got)
	for _, a := range actors {
		t := strings.ToLower(a.ActorText)
		if t == "" {
			continue
		}
		if strings.Contains(g, t) || strings.Contains(t, g) {
			return true
		}
		if st, ok := quotes.State(a.ActorText); ok && st == got {
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
