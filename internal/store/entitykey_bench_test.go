package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// BenchmarkPutEntities files 200 articles of twelve persons each (full
// names, surnames, initialled names, names with "Jr.") drawn from a pool
// of 300 fictional people: the cost of the store's cross-article entity
// rules.
func BenchmarkPutEntities(b *testing.B) {
	given := []string{"Orla", "Alder", "Wenna", "Ormond", "Tess", "Ivo", "Mira", "Bram", "Nell", "Cade"}
	sur := []string{"Brannock", "Quillfeather", "Tabb", "Pryce", "Vessant", "Lind", "Kesh", "Morrow", "Hale", "Fenn",
		"Ashby", "Corran", "Dunmore", "Elsworth", "Garrow", "Holt", "Imber", "Jessop", "Kettle", "Lowry",
		"Marsh", "Nettle", "Orrin", "Pell", "Quarry", "Rook", "Sallow", "Thane", "Umber", "Vane"}
	var arts []*core.Article
	for i := 0; i < 200; i++ {
		var ents []core.Entity
		for j := 0; j < 12; j++ {
			n := (i*7 + j*13) % 300
			g, s := given[n%len(given)], sur[n/len(given)]
			name := g + " " + s
			switch j % 4 {
			case 1:
				name = s
			case 2:
				name = g[:1] + ". " + s
			case 3:
				if n%5 == 0 {
					name = g + " T. " + s + " Jr."
				}
			}
			ents = append(ents, core.Entity{Name: name, Type: core.Person, Mentions: 2})
		}
		arts = append(arts, &core.Article{Hash: fmt.Sprint(i), Source: fmt.Sprint(i), Title: "t", Text: "x", Entities: ents})
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		st, err := Open(ctx, ":memory:", Options{NoLink: true})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, a := range arts {
			c := *a
			if _, err := st.PutBatch(ctx, []*core.Article{&c}); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
}
