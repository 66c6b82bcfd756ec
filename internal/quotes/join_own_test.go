package quotes

import (
	"strings"
	"testing"
)

// A quotation whose own sentence opens with its attribution (“A,” Roe
// said. Brell added, “B.”) is not the second part of the quotation before
// it: Exclusive keeps two units, each with its own speaker.
func TestJoinQuotedStopsAtOwnAttribution(t *testing.T) {
	text := "“The port will stay open all winter,” Mayor Ana Roe said on Friday. " +
		"Harbour spokesman Tomas Brell added, “We have no plans to close it, and we never had any.”"
	units := Find(text, Options{Exclusive: true})
	var roe, brell *Quote
	for i, q := range units {
		if strings.Contains(q.Text, "The port will stay open") {
			roe = &units[i]
		}
		if strings.Contains(q.Text, "We have no plans") {
			brell = &units[i]
		}
	}
	if roe == nil || brell == nil || roe == brell {
		t.Fatalf("want two units, got %+v", units)
	}
	if !strings.Contains(brell.Speaker, "Brell") {
		t.Errorf("second quotation: speaker %q, want Tomas Brell", brell.Speaker)
	}
}

// Reported content right after its cue's object stays that cue's when a
// participle set off by a comma follows with content of its own (“Lind
// told the council [that A], saying [that B]”): both are units.
func TestParticipleAfterCommaKeepsOwnContent(t *testing.T) {
	text := "Ana Lind told the harbour council that the ferry to Velsk would run again in May, " +
		"saying that the money for the repairs had been found at last."
	units := Find(text, Options{Exclusive: true})
	var first *Quote
	for i, q := range units {
		if strings.Contains(q.Text, "the ferry to Velsk would run again") && !strings.Contains(q.Text, "the money") {
			first = &units[i]
		}
	}
	if first == nil {
		t.Fatalf("no unit for the told content: %+v", units)
	}
	if first.Cue != "told" {
		t.Errorf("cue %q, want told", first.Cue)
	}
}

// A quotation going on after its attribution with "and" or "but" (“A,”
// Roe said, and still “B”) is one unit in Exclusive mode, as PolNeAR
// counts it.
func TestJoinQuotedAfterConjunction(t *testing.T) {
	text := "Harbour news\n\nLind “got a better deal than anyone in Velsk,” Roe said, and still “got to keep the ferry licence for ten years.”\n"
	units := Find(text, Options{Exclusive: true})
	whole := false
	for _, q := range units {
		if strings.Contains(q.Text, "got to keep") && !strings.Contains(q.Text, "a better deal") {
			t.Errorf("second part a unit of its own: %+v", units)
		}
		whole = whole || strings.Contains(q.Text, "got to keep") && strings.Contains(q.Text, "a better deal")
	}
	if !whole {
		t.Errorf("no unit holds both parts: %+v", units)
	}
}
