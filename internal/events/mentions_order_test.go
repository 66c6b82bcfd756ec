package events

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// Find must not panic on mentions a caller passes out of order, overlapping
// or outside the text; the rules slice the text between mentions.
func TestFindUnorderedMentions(t *testing.T) {
	text := "Premier Halvard Ostrin's government threatened Velmark on Monday. Velmark rejected the offer."
	at := func(s string, from int) (int, int) {
		for i := from; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return i, i + len(s)
			}
		}
		t.Fatalf("%q not in text", s)
		return 0, 0
	}
	a0, a1 := at("Halvard Ostrin", 0)
	b0, b1 := at("Ostrin", 0)
	c0, c1 := at("Velmark", 0)
	d0, d1 := at("Velmark", c1)
	ms := []quotes.Mention{
		{Name: "Velmark", Type: core.EntityType("LOC"), Start: d0, End: d1},
		{Name: "Halvard Ostrin", Type: core.EntityType("PER"), Start: b0, End: b1},
		{Name: "Halvard Ostrin", Type: core.EntityType("PER"), Start: a0, End: a1},
		{Name: "Velmark", Type: core.EntityType("LOC"), Start: c0, End: c1},
		{Name: "Nowhere", Type: core.EntityType("LOC"), Start: len(text) - 2, End: len(text) + 5},
	}
	got := Find(text, Options{Mentions: ms})
	want := Find(text, Options{Mentions: []quotes.Mention{ms[2], ms[3], ms[0]}})
	if len(got) != len(want) {
		t.Fatalf("unordered mentions: %d events, ordered: %d", len(got), len(want))
	}
	for i := range got {
		if got[i].Type != want[i].Type || got[i].Actor != want[i].Actor || got[i].Target != want[i].Target {
			t.Errorf("event %d: unordered %+v, ordered %+v", i, got[i].Event, want[i].Event)
		}
	}
}

func TestOrderedMentionsKeepsOrderedInput(t *testing.T) {
	ms := []quotes.Mention{{Start: 0, End: 3}, {Start: 4, End: 8}}
	if got := orderedMentions("abc defg", ms); &got[0] != &ms[0] {
		t.Error("ordered input was copied")
	}
	if got := orderedMentions("abc defg", []quotes.Mention{{Start: 4, End: 8}, {Start: 0, End: 6}}); len(got) != 1 || got[0].Start != 0 {
		t.Errorf("overlap: got %+v, want the first-starting mention only", got)
	}
}
