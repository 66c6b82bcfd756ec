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
