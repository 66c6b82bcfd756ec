package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// BenchmarkPutOneStory stores n near-identical fictional reports (one
// story) in batches of 64 through the story layer: the story's summary is
// summed once per batch, so the cost per article stays flat as it grows.
func BenchmarkPutOneStory(b *testing.B) {
	body := strings.Repeat("Anna Lorvik met the Kellin harbour council on Tuesday to discuss the ferry strike. ", 12)
	for _, n := range []int{256, 1024} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				s, err := Open(context.Background(), ":memory:", Options{})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				for i := 0; i < n; i += 64 {
					var batch []*core.Article
					for j := i; j < min(n, i+64); j++ {
						text := fmt.Sprintf("Officials counted %d boats in the harbour. %s", j, body)
						batch = append(batch, &core.Article{Hash: fmt.Sprint("p", j), Source: fmt.Sprintf("t/%d.txt", j), Title: "Ferry strike in Kellin",
							Published: "2031-03-05", Text: text, Language: "en",
							Entities: []core.Entity{{Name: "Anna Lorvik", Type: core.Person, Mentions: 2}, {Name: "Kellin", Type: core.Location, Mentions: 1}}})
					}
					if _, err := s.PutBatch(context.Background(), batch); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				var stories int
				if l, err := s.Stories(context.Background(), StoryFilter{Limit: 5}); err == nil {
					stories = len(l)
				}
				if stories == 0 {
					b.Fatal("no story")
				}
				s.Close()
				b.StartTimer()
			}
		})
	}
}
