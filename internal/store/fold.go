package store

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldCase gives s with every letter in one case, for the case-blind
// source filter: each rune becomes the smallest rune of its simple case
// folding orbit (unicode.SimpleFold), so "É" and "é", "Ñ" and "ñ", "ς",
// "σ" and "Σ", "k" and the Kelvin sign meet, as ASCII letters always did.
// SQLite's lower() folds ASCII only, so the folded forms are computed here
// and stored (articles.source_fold, outlet_fold) and a filter is folded the
// same way before the query.
func foldCase(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		// An ASCII letter's orbit holds its capital, the smallest rune
		// ('k' also the Kelvin sign, 's' also 'ſ', both larger).
		return strings.ToUpper(s)
	}
	return strings.Map(func(r rune) rune {
		m := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			m = min(m, f)
		}
		return m
	}, s)
}
