package cli

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/wire"
)

// TestEventsNameHint: `events --actor NAME` said only "no events by “X”"
// when nothing matched, where quotes --speaker names what a name matched.
// Now the empty line says why (the stored names it matched, or that none
// has it and the names near it), the same words in /api/events' hint and
// on /events; a name matching two stored names is told on stderr and in
// the API's actors, as quotes --speaker does.
func TestEventsNameHint(t *testing.T) {
	db, st, get := pilotsServer(t)
	for _, c := range []struct {
		args  []string
		query string
		hint  string
	}{
		{[]string{"--actor", "Kovrn"}, "actor=Kovrn", "no stored name has “Kovrn”; near it: "},
		{[]string{"--actor", "Kovrin", "--type", "sanction"}, "actor=Kovrin&type=sanction", "“Kovrin” matched "},
		{[]string{"--actor", "tomas reyes"}, "actor=tomas+reyes", "“tomas reyes” is a stored name"},
		{[]string{"--target", "Qwzzx"}, "target=Qwzzx", "no stored name has “Qwzzx”"},
	} {
		out, _ := runStderr(t, append([]string{"--db", db, "events"}, c.args...)...)
		line, hint, _ := strings.Cut(strings.TrimSpace(out), " (")
		hint = strings.TrimSuffix(hint, ")")
		if !strings.HasPrefix(line, "no events") || !strings.HasPrefix(hint, c.hint) {
			t.Errorf("events %v = %q, want the hint %q…", c.args, out, c.hint)
			continue
		}
		if strings.Contains(c.hint, "near") && (!strings.Contains(hint, "Ana Kovrin") || !strings.Contains(hint, "Piet Kovrin")) {
			t.Errorf("events %v = %q, want both Kovrins near", c.args, out)
		}
		var api struct{ Hint string }
		if err := json.Unmarshal([]byte(get("/api/events?"+c.query)), &api); err != nil || api.Hint != hint {
			t.Errorf("/api/events?%s hint = %q, %v; the CLI says %q", c.query, api.Hint, err, hint)
		}
		if page := get("/events?" + c.query); !strings.Contains(page, wire.AsSentence(line)+" "+wire.AsSentence(hint)) {
			t.Errorf("/events?%s does not say %q", c.query, wire.AsSentence(hint))
		}
	}
	// Two stored Kovrins: told on stderr and in the API's actors.
	_, stderr := runStderr(t, "--db", db, "events", "--actor", "Kovrin", "--all")
	if !strings.Contains(stderr, "“Kovrin” matched 2 names: ") {
		t.Errorf("events --actor Kovrin: stderr %q, want the names it matched", stderr)
	}
	want, err := st.Speakers(context.Background(), "Kovrin")
	if err != nil || len(want) != 2 {
		t.Fatalf("Speakers(Kovrin) = %q, %v", want, err)
	}
	var api struct{ Actors, Targets []string }
	if err := json.Unmarshal([]byte(get("/api/events?actor=Kovrin&min_confidence=0")), &api); err != nil || !slices.Equal(api.Actors, want) || api.Targets != nil {
		t.Errorf("/api/events?actor=Kovrin actors = %q targets %q, %v; want %q", api.Actors, api.Targets, err, want)
	}
}
