package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// BenchmarkSpeakerFilter lists the quotes of one speaker among 5,000
// fictional persons (one quote each): by the full name (an alias: the
// index), and by the surname alone, which no entity has as a name or alias
// (the name-word match: a LIKE scan of the aliases, then the words in Go).
func BenchmarkSpeakerFilter(b *testing.B) {
	ctx := context.Background()
	st, err := Open(ctx, ":memory:", Options{NoLink: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var arts []*core.Article
	for i := range 5000 {
		name := fmt.Sprintf("Orla Brannock%d", i)
		text := "We will sail at dawn."
		arts = append(arts, &core.Article{Hash: fmt.Sprint(i), Source: fmt.Sprint(i), Title: "t", Text: "x", Published: "2031-01-02",
			Entities: []core.Entity{{Name: name, Type: core.Person, Mentions: 1}},
			Quotes:   []core.Quote{{Text: text, Speaker: name, Direct: true, Sentence: text, End: len(text)}}})
	}
	if _, err := st.PutBatch(ctx, arts); err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, speaker string }{{"full-name", "Orla Brannock4321"}, {"surname", "Brannock4321"}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				qs, err := st.Quotes(ctx, QuoteFilter{Speaker: c.speaker, Limit: 50})
				if err != nil || len(qs) != 1 {
					b.Fatalf("%d quotes, %v", len(qs), err)
				}
			}
		})
	}
}
