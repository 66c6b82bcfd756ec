package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// entityBenchGiven and entityBenchSurnames make 600 fictional persons
// ("Orla Brannock"), each surname shared by 20 of them.
var (
	entityBenchGiven    = strings.Fields("Orla Piet Ana Tomas Dara Lio Mira Jonas Ilse Brann Cato Edda Finn Greta Hale Ines Joss Kaia Lorn Maren")
	entityBenchSurnames = strings.Fields("Brannock Kovrin Quell Veddar Ostrel Marrow Tallis Pennick Sorrel Audry Bexley Cordle Dunmore Elstow Fenwick Garrow Halden Ivory Jessop Kettle Lindqvist Morrel Noakes Orridge Pallot Quarrie Rendle Stoddart Trevail Upcott")
)

// entityBenchStore holds n fictional articles (linked into stories), each
// naming three of the 600 persons of entityBenchGiven × entityBenchSurnames.
func entityBenchStore(b testing.TB, n int) Store {
	b.Helper()
	ctx := context.Background()
	s, err := Open(ctx, ":memory:", Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	person := func(k int) string {
		k %= len(entityBenchGiven) * len(entityBenchSurnames)
		return entityBenchGiven[k%len(entityBenchGiven)] + " " + entityBenchSurnames[k/len(entityBenchGiven)]
	}
	words := strings.Fields("harbour council ferry strike quota pilots tariff storm repair vote union budget quay crews season engineers winter barrier grain rail")
	var batch []*core.Article
	for i := range n {
		var ents []core.Entity
		var t strings.Builder
		for j, k := range []int{i * 7, i*13 + 1, i*31 + 2} {
			name := person(k)
			ents = append(ents, core.Entity{Name: name, Type: core.Person, Mentions: 1 + j})
			fmt.Fprintf(&t, "%s spoke about the %s and the %s. ", name, words[(i+j)%len(words)], words[(i*3+j)%len(words)])
		}
		for w := range 60 {
			t.WriteString(words[(i*7+w*w)%len(words)] + " ")
		}
		batch = append(batch, &core.Article{Hash: fmt.Sprint("e", i), Source: fmt.Sprintf("bench/%d.txt", i), Outlet: words[i%5],
			Title: fmt.Sprintf("%s %s %d", words[i%len(words)], words[(i/3)%len(words)], i), Published: fmt.Sprintf("2031-%02d-%02d", 1+i%12, 1+i%28),
			Text: t.String(), Entities: ents})
		if len(batch) == 200 {
			if _, err := s.PutBatch(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = nil
		}
	}
	if _, err := s.PutBatch(ctx, batch); err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkEntityFilter lists articles (by publication), stories and
// search hits (with facets) of one entity on a store of 1,200 articles,
// and the name lookup alone (Speakers):
// by a full stored name, by a surname alone (20 persons hold it), and by
// a name no one has.
func BenchmarkEntityFilter(b *testing.B) {
	ctx := context.Background()
	s := entityBenchStore(b, 1200)
	for _, name := range []string{"Dara Quell", "Quell", "Nobody Here"} {
		b.Run("articles/"+name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Articles(ctx, ArticleFilter{Entity: name, Limit: 50, ByPublished: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("stories/"+name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Stories(ctx, StoryFilter{Entity: name, Limit: 50}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("speakers/"+name, func(b *testing.B) { // the lookup alone, as the matched lines and hints read it
			for b.Loop() {
				if _, err := s.Speakers(ctx, name); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("search/"+name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(ctx, SearchQuery{Text: "harbour", Entity: name, Facets: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
