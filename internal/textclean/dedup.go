package textclean

import "unicode"

// Near-duplicate detection: a paragraph is dropped when most of its words and
// word pairs appear in one earlier paragraph (containment, so a paraphrase
// folded into a longer paragraph counts). Work is linear: each paragraph is
// read up to maxDupTokens tokens, and word pairs seen in more than
// maxPostings paragraphs stop being indexed.
const (
	maxDupTokens  = 2000
	maxPostings   = 32
	minDupTokens  = 12   // shorter paragraphs only drop as exact repeats
	minExactDup   = 6    // shorter repeats (list rows, "Meal 1") are kept
	dupUnigramMin = 0.80 // share of words found in the earlier paragraph
	dupBigramMin  = 0.50 // share of word pairs found there
)

// dupIndex remembers the paragraphs kept so far.
type dupIndex struct {
	postings map[uint64][]int32    // word-pair hash -> paragraphs
	words    []map[uint64]struct{} // per paragraph: its word hashes
	exact    map[uint64]int32      // whole-paragraph hash -> paragraph
}

func newDupIndex() *dupIndex {
	return &dupIndex{postings: map[uint64][]int32{}, exact: map[uint64]int32{}}
}

// digitBit marks the hash of a token holding a digit: numbers carry facts, so
// a paragraph whose numbers differ from the earlier one is no repeat.
const digitBit = 1 << 63

// tokenHashes returns the FNV-1a hashes of s's lowercase words, with
// digitBit set on tokens holding a digit.
func tokenHashes(s string, limit int) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	var out []uint64
	h := uint64(offset)
	in, digit := false, false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			digit = digit || unicode.IsDigit(r)
			r = unicode.ToLower(r)
			h ^= uint64(r)
			h *= prime
			in = true
			continue
		}
		if in {
			out = append(out, tokenHash(h, digit))
			if len(out) >= limit {
				return out
			}
			h, in, digit = offset, false, false
		}
	}
	if in {
		out = append(out, tokenHash(h, digit))
	}
	return out
}

func tokenHash(h uint64, digit bool) uint64 {
	if digit {
		return h | digitBit
	}
	return h &^ digitBit
}

// check reports whether text repeats a paragraph already added, and adds it
// when it does not.
func (d *dupIndex) check(text string) bool {
	toks := tokenHashes(text, maxDupTokens)
	if len(toks) == 0 {
		return false
	}
	var whole uint64 = 1469598103934665603
	for _, t := range toks {
		whole = (whole ^ t) * 1099511628211
	}
	if _, ok := d.exact[whole]; ok && len(toks) >= minExactDup {
		return true
	}
	pairs := make(map[uint64]struct{}, len(toks))
	for i := 1; i < len(toks); i++ {
		pairs[toks[i-1]*31+toks[i]] = struct{}{}
	}
	if len(toks) >= minDupTokens {
		shared := map[int32]int{}
		for p := range pairs {
			for _, id := range d.postings[p] {
				shared[id]++
			}
		}
		for id, n := range shared {
			if float64(n) < dupBigramMin*float64(len(pairs)) {
				continue
			}
			seen := 0
			numbersMatch := true
			for _, t := range toks {
				if _, ok := d.words[id][t]; ok {
					seen++
				} else if t&digitBit != 0 {
					numbersMatch = false
					break
				}
			}
			if numbersMatch && float64(seen) >= dupUnigramMin*float64(len(toks)) {
				return true
			}
		}
	}
	id := int32(len(d.words))
	d.exact[whole] = id
	ws := make(map[uint64]struct{}, len(toks))
	for _, t := range toks {
		ws[t] = struct{}{}
	}
	d.words = append(d.words, ws)
	for p := range pairs {
		if l := d.postings[p]; len(l) < maxPostings {
			d.postings[p] = append(l, id)
		}
	}
	return false
}
