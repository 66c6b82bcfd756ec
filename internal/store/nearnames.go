package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// maxNearNames bounds NearNames, and maxNearWords the stored words it
// compares from each range (those sharing the typed word's first two
// letters, those sharing its last three).
const maxNearNames, maxNearWords = 5, 20000

// NearNames returns the stored names of up to five entities, most
// mentioned first, filed (entity_alias_words) under a word near name's
// longest word: one that begins with it ("Kovr": kovrin), or one letter
// off (two for a word of seven letters or more: "Kovrn", "Kovirn"), two
// letters side by side swapped counting as one ("Kvorin"). The stored
// words compared are those sharing the typed word's first two letters and
// (entity_words, schema 27) those sharing its last three, so a typo
// at either end is still found ("Kvorin", "Covrin"); one at both ends is
// not. A word of fewer than three letters finds none.
func (s *sqliteStore) NearNames(ctx context.Context, name string) ([]string, error) {
	return s.nearNames(ctx, name, true)
}

// nearNames is NearNames; without ends it compares only the words sharing
// the typed word's first two letters, read from entity_alias_words, as
// before schema 27 (kept for BenchmarkNearNames to measure against).
func (s *sqliteStore) nearNames(ctx context.Context, name string, ends bool) ([]string, error) {
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
	seen := map[string]bool{longest: true}
	var near []string
	keep := func(w string) {
		if seen[w] {
			return
		}
		seen[w] = true
		if strings.HasPrefix(w, longest) {
			near = append(near, w)
			return
		}
		// Counted before the letters are compared: most words of a
		// range are too long or too short to be near.
		if n := utf8.RuneCountInString(w); n >= len(typed)-maxDist && n <= len(typed)+maxDist && withinEdits([]rune(w), typed, maxDist) {
			near = append(near, w)
		}
	}
	lo, end := string(typed[:2]), reverseWord(string(typed[len(typed)-3:]))
	var err error
	if ends && s.schema >= wordEndsVersion {
		// Each range comes as one row, its words joined by spaces (no
		// word holds one): a row apiece cost more than comparing them.
		each := func(words string) {
			for _, w := range strings.Fields(words) {
				keep(w)
			}
		}
		err = s.wordsFrom(ctx, `SELECT COALESCE(group_concat(word, ' '), '') FROM
			(SELECT word FROM entity_words WHERE word >= ?1 AND word < ?1 || ?2 LIMIT ?3)`, each, lo, string(utf8.MaxRune), maxNearWords)
		if err == nil {
			err = s.wordsFrom(ctx, `SELECT COALESCE(group_concat(word, ' '), '') FROM
				(SELECT word FROM entity_words WHERE rword >= ?1 AND rword < ?1 || ?2 LIMIT ?3)`, each, end, string(utf8.MaxRune), maxNearWords)
		}
	} else {
		err = s.wordsFrom(ctx, `SELECT DISTINCT word FROM entity_alias_words WHERE word >= ? AND word < ? || ? LIMIT ?`,
			keep, lo, lo, string(utf8.MaxRune), maxNearWords)
	}
	if err != nil {
		return nil, fmt.Errorf("names near %q: %w", name, err)
	}
	if len(near) == 0 {
		return nil, nil
	}
	in, _ := json.Marshal(near)
	rows, err := s.rd.QueryContext(ctx, `SELECT e.name FROM entities e WHERE e.id IN
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

// wordsFrom runs query and hands each row, words, to keep.
func (s *sqliteStore) wordsFrom(ctx context.Context, query string, keep func(string), args ...any) error {
	rows, err := s.rd.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var w string
		if err := rows.Scan(&w); err != nil {
			return err
		}
		keep(w)
	}
	return rows.Err()
}

// reverseWord is w spelt backwards, letter by letter.
func reverseWord(w string) string {
	r := []rune(w)
	slices.Reverse(r)
	return string(r)
}

// withinEdits reports whether a and b are at most limit single-letter edits
// (insertion, deletion, substitution, or two letters side by side swapped)
// apart: the optimal string alignment distance.
func withinEdits(a, b []rune, limit int) bool {
	if d := len(a) - len(b); d > limit || -d > limit {
		return false
	}
	// Three rows of the table: i-2, i-1 and i, on the stack for a name's
	// word.
	var buf [3][32]int
	var prev2, prev, cur []int
	if len(b) < len(buf[0]) {
		prev2, prev, cur = buf[0][:len(b)+1], buf[1][:len(b)+1], buf[2][:len(b)+1]
	} else {
		prev2, prev, cur = make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	}
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
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				c = min(c, prev2[j-2]+1)
			}
			cur[j] = c
			best = min(best, c)
		}
		if best > limit {
			return false
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)] <= limit
}
