package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// BenchmarkSpeakerWords matches a surname alone among 200,000 fictional
// persons with two aliases each (400,000 aliases, about what 500,000
// articles give; 20,000 surnames, 10 persons each), side by side: "scan",
// the LIKE scan of every alias that entitiesByWords ran before schema 25
// (entitiesByWordsScan below), and "words", the lookup in
// entity_alias_words.
func BenchmarkSpeakerWords(b *testing.B) {
	ctx := context.Background()
	st, err := Open(ctx, ":memory:", Options{NoLink: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	s := st.(*sqliteStore)
	const persons, surnames = 200_000, 20_000
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
			name := fmt.Sprintf("Orla%d Brannock%d", i/surnames, i%surnames)
			if _, err := ent.ExecContext(ctx, i, "PER:"+strings.ToLower(name), name, i%7); err != nil {
				return err
			}
			for _, a := range []string{name, fmt.Sprintf("O. Brannock%d", i%surnames)} {
				if _, err := al.ExecContext(ctx, i, a); err != nil {
					return err
				}
			}
		}
		return nil // inTx fills alias_fold and the words
	})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		match func(ctx context.Context, speaker string) ([]int64, error)
	}{{"scan", s.entitiesByWordsScan}, {"words", s.entitiesByWords}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				ids, err := c.match(ctx, "brannock4321")
				if err != nil || len(ids) != persons/surnames {
					b.Fatalf("%d matched, %v", len(ids), err)
				}
			}
		})
	}
}

// entitiesByWordsScan is entitiesByWords as it was before schema 25: LIKE
// narrows every alias to those holding speaker's longest word, the words
// are compared in Go. Kept here to measure the lookup against.
func (s *sqliteStore) entitiesByWordsScan(ctx context.Context, speaker string) ([]int64, error) {
	want := nameWords(speaker)
	longest := ""
	for _, w := range want {
		if utf8.RuneCountInString(w) > utf8.RuneCountInString(longest) {
			longest = w
		}
	}
	if utf8.RuneCountInString(longest) < 2 {
		return nil, nil
	}
	var pat strings.Builder
	pat.WriteByte('%')
	for _, r := range longest {
		switch {
		case r >= utf8.RuneSelf:
			pat.WriteByte('_')
		case r == '%' || r == '_' || r == '\\':
			pat.WriteByte('\\')
			pat.WriteRune(r)
		default:
			pat.WriteRune(r)
		}
	}
	pat.WriteByte('%')
	rows, err := s.rd.QueryContext(ctx, `SELECT entity_id, alias FROM entity_aliases WHERE alias LIKE ? ESCAPE '\'`, pat.String())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	seen := map[int64]bool{}
	var ids []int64
	for rows.Next() {
		var id int64
		var alias string
		if err := rows.Scan(&id, &alias); err != nil {
			return nil, err
		}
		if seen[id] || !hasWords(nameWords(alias), want) {
			continue
		}
		seen[id] = true
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
