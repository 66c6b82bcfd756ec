package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// BenchmarkNearNames looks up mistyped surnames among 200,000 fictional
// persons with two aliases each (400,000 aliases, as BenchmarkSpeakerWords;
// about 60,000 distinct surnames of made-up syllables, so some endings are
// common, "-ova", "-sen"), side by side: "prefix", the words sharing the
// typed word's first two letters alone (NearNames before schema 27), and
// "ends", those and the words sharing its last three (entity_words).
func BenchmarkNearNames(b *testing.B) {
	ctx := context.Background()
	st, err := Open(ctx, ":memory:", Options{NoLink: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	s := st.(*sqliteStore)
	rng := rand.New(rand.NewPCG(24, 10))
	heads := []string{"ko", "ma", "ber", "vel", "an", "dra", "sto", "li", "pe", "qu", "ha", "or", "tre", "zu", "ni", "ca", "gro", "el", "sa", "wi"}
	mids := []string{"va", "ri", "lan", "to", "me", "ne", "ska", "do", "bu", "li", "ra", "che"}
	tails := []string{"ova", "sen", "vic", "rin", "son", "ski", "ard", "elli", "ez", "ton", "ach", "ou"}
	word := func() string {
		w := heads[rng.IntN(len(heads))]
		for range rng.IntN(3) {
			w += mids[rng.IntN(len(mids))]
		}
		return w + tails[rng.IntN(len(tails))]
	}
	const persons = 200_000
	var lasts []string
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		ent, err := tx.PrepareContext(ctx, `INSERT INTO entities(id, key, name, type, mentions) VALUES (?, ?, ?, 'PER', ?)`)
		if err != nil {
			return err
		}
		defer ent.Close()
		al, err := tx.PrepareContext(ctx, `INSERT INTO entity_aliases(entity_id, alias) VALUES (?, ?)`)
		if err != nil {
			return err
		}
		defer al.Close()
		for i := 1; i <= persons; i++ {
			first, last := word(), word()
			lasts = append(lasts, last)
			name := strings.ToUpper(first[:1]) + first[1:] + " " + strings.ToUpper(last[:1]) + last[1:]
			if _, err := ent.ExecContext(ctx, i, fmt.Sprintf("PER:%d", i), name, i%7); err != nil {
				return err
			}
			for _, a := range []string{name, first[:1] + ". " + last} {
				if _, err := al.ExecContext(ctx, i, a); err != nil {
					return err
				}
			}
		}
		return nil // inTx fills alias_fold, the words and their ends
	})
	if err != nil {
		b.Fatal(err)
	}
	var words int
	if err := s.rd.QueryRowContext(ctx, `SELECT COUNT(*) FROM entity_words`).Scan(&words); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d distinct words", words)
	// Stored surnames mistyped in the middle (a letter left out), at the
	// start (the first two swapped, the first wrong) and at the end (a
	// letter wrong), and a word near none.
	var typed []string
	for i, typo := range []func(string) string{
		func(w string) string { return w[:3] + w[4:] },
		func(w string) string { return w[1:2] + w[:1] + w[2:] },
		func(w string) string { return "x" + w[1:] },
		func(w string) string { return w[:len(w)-1] + "q" },
	} {
		for _, w := range lasts[1000*i : 1000*i+3] {
			typed = append(typed, typo(w))
		}
	}
	typed = append(typed, "qwzzxyv")
	for _, c := range []struct {
		name string
		ends bool
	}{{"prefix", false}, {"ends", true}} {
		b.Run(c.name, func(b *testing.B) {
			found := 0
			for b.Loop() {
				found = 0
				for _, t := range typed {
					names, err := s.nearNames(ctx, t, c.ends)
					if err != nil {
						b.Fatal(err)
					}
					if len(names) > 0 {
						found++
					}
				}
			}
			b.ReportMetric(float64(found), fmt.Sprintf("found/%d", len(typed)))
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(typed)), "µs/name")
		})
	}
}

// BenchmarkAliasWordsWrite is the write cost of entity_words: one
// transaction adds 5,000 fictional persons of two aliases each (every
// alias and most words new, the worst case), side by side with the store
// taken for schema 26 ("words": entity_alias_words alone) and as it is
// ("ends": entity_words too).
func BenchmarkAliasWordsWrite(b *testing.B) {
	ctx := context.Background()
	for _, c := range []struct {
		name   string
		schema int
	}{{"words", wordEndsVersion - 1}, {"ends", wordEndsVersion}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				st, err := Open(ctx, ":memory:", Options{NoLink: true})
				if err != nil {
					b.Fatal(err)
				}
				s := st.(*sqliteStore)
				s.schema = c.schema
				b.StartTimer()
				err = s.inTx(ctx, func(tx *sql.Tx) error {
					al, err := tx.PrepareContext(ctx, `INSERT INTO entity_aliases(entity_id, alias) VALUES (?, ?)`)
					if err != nil {
						return err
					}
					defer al.Close()
					for i := 1; i <= 5000; i++ {
						if _, err := tx.ExecContext(ctx, `INSERT INTO entities(id, key, name, type, mentions) VALUES (?, ?, ?, 'PER', 1)`,
							i, fmt.Sprintf("PER:%d", i), fmt.Sprintf("Orla%d Brannock%d", i%97, i)); err != nil {
							return err
						}
						for _, a := range []string{fmt.Sprintf("Orla%d Brannock%d", i%97, i), fmt.Sprintf("O. Brannock%d", i)} {
							if _, err := al.ExecContext(ctx, i, a); err != nil {
								return err
							}
						}
					}
					return nil
				})
				b.StopTimer()
				st.Close()
				b.StartTimer()
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
