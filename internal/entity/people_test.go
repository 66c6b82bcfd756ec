package entity

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/ner"
)

// peopleText is a fictional article of n sentences naming people by full
// names, surnames, first names, initials, honorifics and suffixes, with
// first names and surnames shared between people.
func peopleText(n int) string {
	given := []string{"Anna", "Tomas", "Irene", "Pavel", "Xi", "Mira", "H. Ross", "Maria"}
	family := []string{"Lind", "Hale", "Vasko", "Morrow", "Jinping", "Castell", "Perot", "Brekke"}
	var b strings.Builder
	for i := 0; i < n; i++ {
		g, f := given[i%len(given)], family[(i/3)%len(family)]
		switch i % 9 {
		case 0:
			fmt.Fprintf(&b, "Councillor %s %s%d of Kellin said the ferry talks were settled. ", g, f, i%5)
		case 1:
			fmt.Fprintf(&b, "Mr. %s%d said nothing, and %s %s Jr. agreed. ", f, (i-1)%5, g, f)
		case 2:
			fmt.Fprintf(&b, "%s met %s %s in Veldmark; %s left. ", f, g, f, strings.Fields(g)[0])
		case 3:
			fmt.Fprintf(&b, "President %s and Maria %s spoke. Mrs. %s smiled. ", f, f, f)
		case 4:
			fmt.Fprintf(&b, "%s %s III, %s's aide, and Dr. %s %s wrote. ", g, f, f, g[:1]+".", f)
		case 5:
			fmt.Fprintf(&b, "Xi said %s %s%d would come. ", g, f, i%7)
		case 6:
			fmt.Fprintf(&b, "The Veldmark Harbour Authority and %s Lorvik%d met %s. ", g, i, strings.Fields(g)[0])
		case 7:
			fmt.Fprintf(&b, "%s %s Sr. told %s. ", g, f, f)
		default:
			fmt.Fprintf(&b, "%s%d said so, said Ms. %s %s. ", f, i%5, g, f)
		}
	}
	return b.String()
}

// resolveBoth resolves text with matchPerson asking every entity and
// asking the index (people.go), and fails t unless the results are equal.
func resolveBoth(t *testing.T, name, text string) {
	t.Helper()
	ms := ner.Entities(text)
	if ms == nil {
		t.Skip("no tagger")
	}
	defer func(n, w int) { indexFrom, wordIndexFrom = n, w }(indexFrom, wordIndexFrom)
	indexFrom, wordIndexFrom = 1<<30, 1<<30
	all := Resolve(text, ms)
	indexFrom, wordIndexFrom = 0, 0
	indexed := Resolve(text, ms)
	if !reflect.DeepEqual(all, indexed) {
		t.Errorf("%s: Resolve differs with the indexes\nall:     %+v\nindexed: %+v", name, all.Entities, indexed.Entities)
	}
}

func TestIndexesResolveAlike(t *testing.T) {
	// a single word, then the longer name it opens
	resolveBoth(t, "first word", "Dube arrived in Veldmark on Monday. The talks went on. Later Dube Oyelaran said the port would open.")
	for _, n := range []int{9, 40, 200} {
		resolveBoth(t, fmt.Sprint("people ", n), peopleText(n))
		resolveBoth(t, fmt.Sprint("names ", n), namesText(n))
	}
	m, _ := filepath.Glob(filepath.Join(sharedDir(t), "seeds", "*.txt"))
	for _, f := range m {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		resolveBoth(t, filepath.Base(f), string(b))
	}
}

// BenchmarkResolveManyPeople: a person mention was compared with every
// entity of the article (quadratic in the names an article gives).
func BenchmarkResolveManyPeople(b *testing.B) {
	for _, n := range []int{500, 2000} {
		text := peopleText(n)
		ms := ner.Entities(text)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Resolve(text, ms)
			}
		})
	}
}
