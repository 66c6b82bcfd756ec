package entity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/ner"
)

// namesText is a fictional article of n sentence groups, each naming a new
// person by title and three words, a new company by its full name and then
// by its first word, a new organisation by its acronym, another person and
// an organisation whose initials all groups share (the last group uses
// them), and role descriptions; every group adds entities, so a step that looks at every
// entity per mention, or reads the whole text per mention, grows with the
// square of n.
func namesText(n int) string {
	given := []string{"Anna", "Tomas", "Irene", "Pavel", "Mira", "Oskar", "Lena", "Ivo"}
	places := []string{"Kellin", "Veldmark", "Tessin", "Brova", "Lorvik"}
	var b strings.Builder
	for i := 0; i < n; i++ {
		g, p := given[i%len(given)], places[i%len(places)]
		acr := "K" + string(rune('A'+i%26)) + string(rune('A'+(i/26)%26)) + string(rune('A'+(i/676)%26))
		w := coined(i)
		fmt.Fprintf(&b, "Deputy Mayor %s Dane %sson of %s said the ferry talks were settled. ", g, w, p)
		fmt.Fprintf(&b, "The deputy mayor said %s Shipping Corp would help. ", w)
		fmt.Fprintf(&b, "%s, which owns the %sby Fund, agreed, and %s officials said so. ", w, w, acr)
		fmt.Fprintf(&b, "%s Dane %sberg met %s Pilots Association. The minister said she would return. ", g, w, w)
		if i == n-1 {
			b.WriteString("The OPA said so. ")
		}
	}
	return b.String()
}

// coined is a made-up word, a different one for each i.
func coined(i int) string {
	syl := []string{"vel", "kar", "tor", "mun", "sil", "bre", "dov", "lan"}
	w := "Os"
	for ; i > 0; i /= len(syl) {
		w += syl[i%len(syl)]
	}
	return w
}

// BenchmarkResolveManyNames resolves namesText at 1x to 8x (about 24 KB a
// step), the tagger's mentions computed once.
func BenchmarkResolveManyNames(b *testing.B) {
	for _, k := range []int{1, 2, 4, 8} {
		text := namesText(120 * k)
		ms := ner.Entities(text)
		if ms == nil {
			b.Skip("no tagger")
		}
		b.Run(fmt.Sprintf("%dx", k), func(b *testing.B) {
			for b.Loop() {
				Resolve(text, ms)
			}
		})
	}
}

func TestWordCounterCountsAsWordCount(t *testing.T) {
	defer func(w int) { wordIndexFrom = w }(wordIndexFrom)
	texts := []string{
		"Ana Lind met Lind-Brel and Lindqvist; lind said Ana Lind's aide, ANA LIND, came. Ana  Lind",
		"Žofia Kovář spoke; kovář, Kovář2 and Kovářová left. Ña Ña Ña.",
		"aa aa aaa aa-aa aa.aa \u00e9aa aa\u00e9",
		"Ana Lind \xff Lind\xffLind \xfe",
		"",
	}
	words := []string{"Ana Lind", "Lind", "lind", "ANA LIND", "Ana Lind's", "Ana  Lind", "Kovář", "kovář", "Ña Ña", "Ña",
		"aa", "aa aa", "aa-aa", "aa.aa", "Lind-Brel", "Lind ", " Lind", "-Brel", "", "\xff", "Lind\xffLind", "Ž"}
	for _, text := range texts {
		for _, from := range []int{0, 1 << 30} {
			wordIndexFrom = from
			c := &wordCounter{text: text}
			for _, w := range words {
				if got, want := c.count(w), wordCount(text, w); got != want {
					t.Errorf("wordIndexFrom %d: count(%q) in %q = %d, want %d", from, w, text, got, want)
				}
			}
		}
	}
}

func TestFoldKeyKeepsEqualFold(t *testing.T) {
	pairs := [][2]string{{"Lamonts", "LAMONTS"}, {"Kekkila", "\u212aekkila"}, {"Sorel", "\u017forel"}, {"Ærø Apparel", "ærø apparel"}, {"Σίσυφος", "ΣΊΣΥΦΟΣ"}}
	for _, p := range pairs {
		if !strings.EqualFold(p[0], p[1]) {
			t.Fatalf("%q and %q are no EqualFold pair", p[0], p[1])
		}
		if foldKey(p[0]) != foldKey(p[1]) {
			t.Errorf("foldKey(%q) = %q, foldKey(%q) = %q", p[0], foldKey(p[0]), p[1], foldKey(p[1]))
		}
	}
	if foldKey("Lamonts") == foldKey("Lamont") {
		t.Error("foldKey joins different names")
	}
}
