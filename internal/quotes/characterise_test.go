package quotes

import (
	"strings"
	"testing"
)

func TestCharacterisation(t *testing.T) {
	for _, c := range []struct {
		cue, content string
		want         bool
	}{
		{"has called", "climate change a hoax invented abroad", true},
		{"has called climate", "change a hoax invented abroad", true}, // the tagger took a word of the object into the cue
		{"called", "her vote for the bill a mistake", true},
		{"called", "Oz a quack, fake and charlatan", true},
		{"calling", "him a “loser.”", true},
		{"called", "them rapists", true},
		{"calls himself", "a democratic socialist", true},
		{"also described", "the showdown as ominous", true},
		{"described", "the plan as a betrayal of the town", true},
		{"called", "a meeting of the harbor board", false},
		{"called", "him on Friday to ask about the pier", false},
		{"called", "Democratic leaders to the stage", false},
		{"had called", "the hearing because they felt the board was slow", false},
		{"called", "it quits after a decade", false},
		{"called", "the police the next day", false},
		{"described", "their economic struggles at length", false},
		{"was described", "as a quiet man", false},
		{"refused to call", "him a friend", false},
		{"called for", "the harbor plan to be dropped", false},
		{"said", "the plan is a disaster", false},
	} {
		if got := Characterisation(c.cue, c.content); got != c.want {
			t.Errorf("Characterisation(%q, %q) = %v, want %v", c.cue, c.content, got, c.want)
		}
	}
}

// TestCharacterisationListed: outside exclusive mode a characterisation
// with a naming verb and no quotation mark is kept as the source's unit
// (weakAttribution dropped it as an act).
func TestCharacterisationListed(t *testing.T) {
	text := "The harbor board met in Velsk on Monday. Mayor Ana Lind has called the harbor plan a disaster for the town. The board will vote in May."
	for _, q := range Find(text, Options{}) {
		if strings.Contains(q.Text, "a disaster") {
			if q.Speaker != "Ana Lind" {
				t.Errorf("speaker of %q = %q, want Ana Lind", q.Text, q.Speaker)
			}
			return
		}
	}
	t.Errorf("no unit holds the characterisation: %+v", Find(text, Options{}))
}
