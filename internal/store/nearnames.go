package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxNearNames bounds NearNames, and maxNearWords the stored words it
// compares (those sharing the typed word's first two letters).
const maxNearNames, maxNearWords = 5, 20000

// NearNames returns the stored names of up to five entities, most
// mentioned first, filed (entity_alias_words) under a word near name's
// longest word: one that begins with it ("Kovr": kovrin), or one letter
// off (two for a word of seven letters or more: "Kovrn", "Kovirn").
// Stored words that do not share the typed word's first two letters are
// not compared; a word of fewer than three letters finds none.
func (s *sqliteStore) NearNames(ctx context.Context, name string) ([]string, error) {
	longest := ""
	for _, w := range nameWords(name) {
		if utf8.RuneCountInString(w) > utf8.RuneCountInString(longest) {
			longest = w
		}
	}
	typed := []rune(longest)
	if len(typed) < 3 {
		return nil, nil
	}
	maxDist := 1
	if len(typed) >= 7 {
		maxDist = 2
	}
	lo := string(typed[:2])
	rows, err := s.rd.QueryContext(ctx, `SELECT DISTINCT word FROM entity_alias_words WHERE word >= ? AND word < ? LIMIT ?`,
		lo, lo+string(utf8.MaxRune), maxNearWords)
	if err != nil {
		return nil, fmt.Errorf("names near %q: %w", name, err)
	}
	var near []string
	for rows.Next() {
		var w string
		if err := rows.Scan(&w); err != nil {
			rows.Close()
			return nil, fmt.Errorf("names near %q: %w", name, err)
		}
		if w != longest && (strings.HasPrefix(w, longest) || withinEdits([]rune(w), typed, maxDist)) {
			near = append(near, w)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(near) == 0 {
		return nil, err
	}
	in, _ := json.Marshal(near)
	rows, err = s.rd.QueryContext(ctx, `SELECT e.name FROM entities e WHERE e.id IN
		(SELECT entity_id FROM entity_alias_words WHERE word IN (SELECT value FROM json_each(?)))
		ORDER BY e.mentions DESC, e.name, e.id LIMIT ?`, string(in), maxNearNames)
	if err != nil {
		return nil, fmt.Errorf("names near %q: %w", name, err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, fmt.Errorf("names near %q: %w", name, err)
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

// withinEdits reports whether a and b are at most limit single-letter edits
// (insertion, deletion, substitution) apart.
func withinEdits(a, b []rune, limit int) bool {
	if d := len(a) - len(b); d > limit || -d > limit {
		return false
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
			best = min(best, c)
		}
		if best > limit {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(b)] <= limit
}
