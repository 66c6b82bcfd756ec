package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
)

func TestMonthSurnameUses(t *testing.T) {
	text := "Lena June spoke on Monday. In June, the council met. June said she would stay. Mrs. June's office agreed. The vote is on June 5, and June 12 follows. Last June was wet. Prime Minister June met the mayor."
	i := strings.Index(text, "Lena June")
	ms := []ner.Mention{{Text: "Lena June", Type: core.Person, Start: i, End: i + len("Lena June")}}
	var got, want []int
	for _, m := range monthSurnameUses(text, ms)[1:] {
		got = append(got, m.Start)
	}
	for _, s := range []string{"June said", "June's office", "June met"} {
		want = append(want, strings.Index(text, s))
	}
	if !slices.Equal(got, want) {
		t.Errorf("uses at %v, want %v", got, want)
	}
	// No person named in full: a month stays a month.
	if n := len(monthSurnameUses("June said nothing. In June it rained.", nil)); n != 0 {
		t.Errorf("%d mentions without a person", n)
	}
	// Through Resolve: the bare surname is the person.
	res := Resolve(text, ms)
	if len(res.Entities) != 1 || res.Entities[0].Mentions < 4 {
		t.Errorf("entities %+v", res.Entities)
	}
}

func TestElegantVariationNotInOwnSentence(t *testing.T) {
	// Another sentence: the role noun names the person just mentioned.
	text, ms := mentionsOf(t, "[Ana Lind|PER] spoke at the harbour on Monday. The minister said the ferries will sail.")
	res := Resolve(text, ms)
	if _, e := entityNamed(res, "Ana Lind"); e == nil || e.Mentions != 2 {
		t.Errorf("elegant variation across sentences: %+v", res.Entities)
	}
	// The same sentence: "Mayor Lind met the minister" is two people.
	text, ms = mentionsOf(t, "Mayor [Ana Lind|PER] met the minister on Monday. Mr. Reyes was not there.")
	res = Resolve(text, ms)
	if _, e := entityNamed(res, "Ana Lind"); e == nil || e.Mentions != 1 {
		t.Errorf("the minister taken for the mayor: %+v", res.Entities)
	}
}
