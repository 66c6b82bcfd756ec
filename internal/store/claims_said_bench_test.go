package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// BenchmarkPutStatements stores batches of 16 fictional articles in which
// five speakers make four statements each of made-up words (a vocabulary
// of 400, so that statements share stems now and then), into a store that
// grows with every batch: the cost of linking statements, claims.Join's
// look-up of each speaker's earlier statements included.
//
//	go test -run '^$' -bench PutStatements -benchtime 30x -cpu 1 ./internal/store
func BenchmarkPutStatements(b *testing.B) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(b.TempDir(), "s.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	r := rand.New(rand.NewPCG(7, 17))
	vocab := make([]string, 400)
	for i := range vocab {
		vocab[i] = fictionalWord(r)
	}
	speakers := []string{"Mara Quill", "Anna Lorvik", "Piet Osk", "Tomas Vell", "Ilse Brand"}
	n := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var batch []*core.Article
		for k := 0; k < 16; k++ {
			n++
			var text strings.Builder
			var quotes []core.Quote
			var ents []core.Entity
			for _, sp := range speakers {
				ents = append(ents, core.Entity{Name: sp, Type: core.Person, Mentions: 4})
				for q := 0; q < 4; q++ {
					words := make([]string, 8+r.IntN(10))
					for w := range words {
						words[w] = vocab[r.IntN(len(vocab))]
					}
					said := "“" + strings.Join(words, " ") + ",”"
					start := text.Len()
					sent := said + " " + sp + " said."
					text.WriteString(sent + " ")
					quotes = append(quotes, core.Quote{Text: said, Speaker: sp, Direct: true, Sentence: sent, Start: start, End: start + len(said)})
				}
			}
			batch = append(batch, &core.Article{Title: fmt.Sprintf("Statements %d", n), Published: "2031-06-01",
				Source: fmt.Sprintf("fiction/statements%d.txt", n), Hash: fmt.Sprintf("st%d", n), Language: "en",
				Text: text.String(), Entities: ents, Quotes: quotes})
		}
		if _, err := st.PutBatch(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
}

// fictionalWord is a pronounceable made-up word of two to four syllables.
func fictionalWord(r *rand.Rand) string {
	const cons, vows = "bdfgklmnprstvz", "aeiou"
	var w strings.Builder
	for s := 0; s < 2+r.IntN(3); s++ {
		w.WriteByte(cons[r.IntN(len(cons))])
		w.WriteByte(vows[r.IntN(len(vows))])
	}
	return w.String()
}
