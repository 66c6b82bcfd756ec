package store

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func TestGroupEvents(t *testing.T) {
	ev := func(actor, typ, target string, article int64, published string) StoredEvent {
		return StoredEvent{Event: core.Event{Actor: actor, Type: typ, Target: target}, ArticleID: article, Published: published}
	}
	list := []StoredEvent{
		ev("Anna Lorvik", "consult", "Harbour Union", 1, "2031-03-02"),
		ev("Harbour Union", "protest", "", 1, "2031-03-02"),
		ev("", "assault", "Veldmark", 1, "2031-03-02"),                 // no doer: left out
		ev("Anna Lorvik", "consult", "Harbour Union", 1, "2031-03-02"), // same article twice
		ev("anna lorvik", "consult", "harbour union", 2, "2031-03-01"),
		ev("Piet Osk", "reject", "", 3, ""),
		ev("Harbour Union", "protest", "", 3, ""),
		ev("Ferry Board", "demand", "", 2, "2031-02-27"),
		ev("Ola Brenn", "appeal", "", 4, ""),
	}
	gs := GroupEvents(list)
	var got []string
	for _, g := range gs {
		got = append(got, g.Actor+"/"+g.Type)
	}
	want := []string{"Anna Lorvik/consult", "Harbour Union/protest", "Ferry Board/demand", "Piet Osk/reject", "Ola Brenn/appeal"}
	if !slices.Equal(got, want) {
		t.Fatalf("groups %v, want %v", got, want)
	}
	if a := gs[0].Articles(); !slices.Equal(a, []int64{1, 2}) || len(gs[0].Occurrences) != 3 || gs[0].First() != "2031-03-01" {
		t.Errorf("first group: articles %v, %d occurrences, first %q", a, len(gs[0].Occurrences), gs[0].First())
	}
	if gs[3].First() != "" {
		t.Errorf("undated group first = %q", gs[3].First())
	}
}
