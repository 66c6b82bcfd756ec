package novelty

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// unaccent is s with the accents of its letters taken off ("Place Vendôme"
// reads as "Place Vendome", "Zürich" as "Zurich"): a storyline spells a
// name now with its accents, now without, and both are the one name.
// Only the combining marks of the Latin letters go (U+0300-U+036F after a
// letter below U+0250).
// Sentences are matched (stems, name and number keys) in this form; the
// Sentence keeps the text as written. Letters that are no letter plus
// an accent ("ø", "ß", "ł") stay. s with no Latin letter beyond ASCII is
// returned as is, without allocating.
func unaccent(s string) string {
	if strings.IndexFunc(s, latinAccented) < 0 {
		return s // ASCII, or only quotes and dashes beyond it ("’", "—")
	}
	d := norm.NFD.String(s)
	if !hasAccent(d) {
		return s // "Ø", "ß", "Ł": no accent to take off
	}
	var b strings.Builder
	b.Grow(len(d))
	var prev rune
	for _, r := range d {
		if !(accent(r) && prev < 0x250) {
			b.WriteRune(r)
		}
		if !accent(r) {
			prev = r
		}
	}
	return norm.NFC.String(b.String())
}

// latinAccented reports whether r may be a Latin letter with an accent
// (Latin-1 Supplement to Latin Extended-B, Latin Extended Additional) or a
// combining mark: what unaccent may change.
func latinAccented(r rune) bool {
	return r >= 0xc0 && r < 0x250 || accent(r) || r >= 0x1e00 && r < 0x1f00
}

// hasAccent reports whether the decomposed d holds an accent after a
// Latin letter.
func hasAccent(d string) bool {
	var prev rune
	for _, r := range d {
		if accent(r) && prev < 0x250 {
			return true
		}
		if !accent(r) {
			prev = r
		}
	}
	return false
}

// accent reports whether r is one of the combining diacritical marks
// (U+0300-U+036F). Only those after a Latin letter are taken off: the
// marks of other scripts ("й", Devanagari vowel signs) tell words apart.
func accent(r rune) bool { return r >= 0x300 && r <= 0x36f }
