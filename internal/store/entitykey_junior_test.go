package store

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func per(name string, aliases ...string) core.Entity {
	return core.Entity{Name: name, Type: core.Person, Mentions: 2, Aliases: aliases}
}

// A name with "Jr." and the same name without it are one person across
// articles when they share context and no article names them apart.
func TestJuniorAcrossArticles(t *testing.T) {
	tests := []struct {
		name     string
		arts     [][]core.Entity
		brannock int  // Brannock entities left
		inOrder  bool // only in the order given (see below)
	}{
		{"Jr., middle initial and diminutive", [][]core.Entity{
			{per("Joseph R. Brannock Jr.", "Brannock"), per("Ormond Tabb")},
			{per("Joe Brannock"), per("Ormond Tabb")}}, 1, false},
		{"Jr. and the plain name", [][]core.Entity{
			{per("Orla T. Brannock Jr."), per("Ormond Tabb")},
			{per("Orla Brannock"), per("Ormond Tabb")}}, 1, false},
		{"Jr. without a middle initial tells the son", [][]core.Entity{
			{per("Orla Brannock Jr."), per("Ormond Tabb")},
			{per("Orla Brannock"), per("Ormond Tabb")}}, 2, false},
		{"no shared context", [][]core.Entity{
			{per("Orla T. Brannock Jr."), per("Ormond Tabb")},
			{per("Orla Brannock"), per("Wenna Pryce")}}, 2, false},
		{"father and son named together stay two", [][]core.Entity{
			{per("Orla Brannock"), per("Orla T. Brannock Jr."), per("Ormond Tabb")},
			{per("Orla T. Brannock Jr."), per("Ormond Tabb")},
			{per("Orla Brannock"), per("Ormond Tabb")}}, 2, true},
		// Reversed, the son's article (his name written with a middle
		// initial) arrives alone after the father's and joins him before
		// any article names the two apart: a known limit
		// (entitykey_junior.go).
		{"the son alone after both were named apart", [][]core.Entity{
			{per("Orla Brannock"), per("Ormond Tabb")},
			{per("Orla T. Brannock Jr."), per("Orla Brannock"), per("Ormond Tabb")},
			{per("Orla T. Brannock Jr."), per("Ormond Tabb")}}, 2, false},
	}
	for _, tt := range tests {
		for _, reversed := range []bool{false, true} {
			if reversed && tt.inOrder {
				continue
			}
			var arts []*core.Article
			for i, ents := range tt.arts {
				arts = append(arts, entityArticle(string(rune('a'+i)), ents...))
			}
			if reversed {
				for i, j := 0, len(arts)-1; i < j; i, j = i+1, j-1 {
					arts[i], arts[j] = arts[j], arts[i]
				}
			}
			got := entityArticles(t, storeOneByOne(t, arts...))
			n := 0
			for name := range got {
				if generationKey(name) == generationKey("Orla Brannock") || generationKey(name) == generationKey("Joe Brannock") {
					n++
				}
			}
			if n != tt.brannock {
				t.Errorf("%s (reversed %v): entities %v, want %d Brannock", tt.name, reversed, got, tt.brannock)
			}
		}
	}
}

func TestJuniorBase(t *testing.T) {
	for in, want := range map[string]string{
		"Joseph R. Brannock Jr.": "Joseph R. Brannock", "Orla Brannock Jnr": "Orla Brannock", "Orla Brannock, Jr.": "Orla Brannock",
		"Brannock Jr.": "", "Orla Brannock": "", "Orla Brannock Sr.": "", "Orla Brannock III": "",
	} {
		if got := juniorBase(in); got != want {
			t.Errorf("juniorBase(%q) = %q, want %q", in, got, want)
		}
	}
}

// A name without middle initials that two stored persons reduce to
// ("George Bush" of "George W. Bush" and of "George H.W. Bush") joins
// neither.
func TestBareNameOfTwoInitialled(t *testing.T) {
	got := entityArticles(t, storeOneByOne(t,
		entityArticle("a", per("Orla W. Brannock"), per("Ormond Tabb")),
		entityArticle("b", per("Orla H.W. Brannock"), per("Wenna Pryce")),
		entityArticle("c", per("Orla Brannock"), per("Ormond Tabb"))))
	if got["Orla Brannock"] != 1 || got["Orla W. Brannock"] != 1 || got["Orla H.W. Brannock"] != 1 {
		t.Errorf("entities %v, want the bare name apart", got)
	}
	// With one of them stored, the bare name joins it as before.
	got = entityArticles(t, storeOneByOne(t,
		entityArticle("a", per("Orla W. Brannock"), per("Ormond Tabb")),
		entityArticle("c", per("Orla Brannock"), per("Ormond Tabb"))))
	if got["Orla W. Brannock"] != 2 {
		t.Errorf("entities %v, want the bare name joined", got)
	}
}

// A "Jr." name with its middle name in full joins the same three words
// without the suffix ("Martin Luther King Jr." / "Martin Luther King"),
// in either order, under the same tests; the name without the middle
// name ("Orla Brannock") does not.
func TestJuniorMiddleName(t *testing.T) {
	tests := []struct {
		name string
		arts [][]core.Entity
		want int // entities of these names
	}{
		{"middle name in full", [][]core.Entity{
			{per("Orla Kellan Brannock Jr."), per("Ormond Tabb")},
			{per("Orla Kellan Brannock"), per("Ormond Tabb")}}, 1},
		{"no shared context", [][]core.Entity{
			{per("Orla Kellan Brannock Jr."), per("Ormond Tabb")},
			{per("Orla Kellan Brannock"), per("Wenna Pryce")}}, 2},
		{"the name without its middle name", [][]core.Entity{
			{per("Orla Kellan Brannock Jr."), per("Ormond Tabb")},
			{per("Orla Brannock"), per("Ormond Tabb")}}, 2},
	}
	for _, tt := range tests {
		for _, reversed := range []bool{false, true} {
			a := entityArticle("a", tt.arts[0]...)
			b := entityArticle("b", tt.arts[1]...)
			if reversed {
				a, b = b, a
			}
			got := entityArticles(t, storeOneByOne(t, a, b))
			n := 0
			for name := range got {
				if strings.Contains(name, "Brannock") {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("%s (reversed %v): entities %v, want %d", tt.name, reversed, got, tt.want)
			}
		}
	}
}
