package store

import (
	"context"
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestSpeakerByNameWords: a speaker filter matches the entities with its
// words among their name words when no entity has it as name or alias
// ("Kovrin" finds "Ana Kovrin", stored with no alias, and "Piet Kovrin"); an
// exact name or alias is preferred when one exists.
func TestSpeakerByNameWords(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, ":memory:")
	mk := func(hash, speaker, text string, ents ...core.Entity) *core.Article {
		a := sample(hash, "Article "+hash)
		a.Entities = ents
		a.Quotes = []core.Quote{{Text: text, Speaker: speaker, Direct: true, Sentence: text, Start: 0, End: len(text)}}
		a.Events = nil
		a.Claims = nil
		return a
	}
	ana := core.Entity{Name: "Ana Kovrin", Type: core.Person, Mentions: 3}
	piet := core.Entity{Name: "Piet Kovrin", Type: core.Person, Mentions: 1}
	group := core.Entity{Name: "Kovrinsky Group", Type: core.Organisation, Mentions: 1}
	vell := core.Entity{Name: "Vell", Type: core.Organisation, Mentions: 1}
	tomas := core.Entity{Name: "Tomas Vell", Type: core.Person, Mentions: 1}
	if _, err := s.PutBatch(ctx, []*core.Article{
		mk("k1", "Ana Kovrin", "We are ready to negotiate.", ana),
		mk("k2", "Ana Kovrin", "The talks will go on.", ana),
		mk("k3", "Piet Kovrin", "Nothing was agreed.", piet),
		mk("k4", "Kovrinsky Group", "Our ships sail.", group),
		mk("k5", "Vell", "The board met.", vell),
		mk("k6", "Tomas Vell", "I was not there.", tomas),
	}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		speaker  string
		matched  []string
		nQuotes  int
		nClaimed int // "kovrin|ready|negotiations", held by "kovrin" in k1, which names Ana Kovrin
	}{
		{"Kovrin", []string{"Ana Kovrin", "Piet Kovrin"}, 3, 1},
		{"kovrin", []string{"Ana Kovrin", "Piet Kovrin"}, 3, 1},
		{"ana kovrin", []string{"Ana Kovrin"}, 2, 1},
		{"Ana", []string{"Ana Kovrin"}, 2, 1},
		{"Kovrin Ana", []string{"Ana Kovrin"}, 2, 1},
		{"Kovr", nil, 0, 0},
		{"Vell", []string{"Vell"}, 1, 0}, // exact name preferred to Tomas Vell
		{"Tomas", []string{"Tomas Vell"}, 1, 0},
		{"A", nil, 0, 0},
		{"Kovrinsky", []string{"Kovrinsky Group"}, 1, 0},
	}
	for _, tt := range tests {
		got, err := s.Speakers(ctx, tt.speaker)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tt.matched) {
			t.Errorf("Speakers(%q) = %q, want %q", tt.speaker, got, tt.matched)
		}
		qs, err := s.Quotes(ctx, QuoteFilter{Speaker: tt.speaker})
		if err != nil {
			t.Fatal(err)
		}
		if len(qs) != tt.nQuotes {
			t.Errorf("Quotes(speaker %q) = %d quotes, want %d", tt.speaker, len(qs), tt.nQuotes)
		}
		cs, err := s.Claims(ctx, ClaimFilter{Speaker: tt.speaker, Singles: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) != tt.nClaimed {
			t.Errorf("Claims(speaker %q) = %d claims, want %d", tt.speaker, len(cs), tt.nClaimed)
		}
	}
}

func TestNameWords(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Jean-Luc O'Hara", []string{"JEAN", "LUC", "O'HARA"}},
		{"Émile  Dorn.", []string{"ÉMILE", "DORN"}},
		{"", nil},
	} {
		if got := nameWords(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("nameWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// rollbackAliasFold is what a store looked like before version 22: no
// entity_aliases.alias_fold (versions 25 to 23 rolled back first).
var rollbackAliasFold = append(slices.Clip(rollbackAfter22), `DROP INDEX entity_aliases_unfolded`, `ALTER TABLE entity_aliases DROP COLUMN alias_fold`,
	`DELETE FROM schema_migrations WHERE version = 22`)
