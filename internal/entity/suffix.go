package entity

import "strings"

// Generational suffixes. A "Jr." or "Sr." (and the British "Jnr", "Snr")
// tells a son from his father, both of whom the news may name in one
// article ("Donald Trump Jr." beside "Donald Trump"); a number ("III")
// tells them apart too, but the news rarely names two numbered bearers of
// one name, so a numbered name meets the same name without its number (as
// Key does). Within an article:
//
//   - two names with the same suffix meet as names do ("Trump Jr." and
//     "Donald Trump Jr.");
//   - a full name with "Jr." or "Sr." never meets the same name without it,
//     nor the same name with the other suffix: father and son;
//   - a lone surname meets a suffixed full name ("Biden" after "Joseph R.
//     Biden Jr."), unless a person of that surname without a suffix is
//     named too: then the lone surname goes with him (news write "Trump Jr."
//     for the son), or when the lone surname is titled President and the
//     suffixed name is not ("President Trump" beside "Donald Trump Jr.";
//     "Admiral Harris" joins "Adm. Harry B. Harris Jr."); a suffixed name never takes over a lone surname named before
//     it (the surname may be the father's).

// generationalSuffix returns the folded generational suffix w spells ("jr"
// for "Jr.", "Jnr", "JR"; "sr" for "Sr.", "Snr"; "ii", "iii", "iv"), or "".
func generationalSuffix(w string) string {
	w = strings.TrimRight(w, ".,")
	if len(w) < 2 || len(w) > 3 {
		return "" // most words: no folding, no allocation
	}
	for _, s := range [...][2]string{{"jr", "jr"}, {"jnr", "jr"}, {"sr", "sr"}, {"snr", "sr"}, {"ii", "ii"}, {"iii", "iii"}, {"iv", "iv"}} {
		if strings.EqualFold(w, s[0]) {
			return s[1]
		}
	}
	return ""
}

// splitSuffix returns the words of a name of two or more words without a
// trailing generational suffix, and the suffix ("" when none).
func splitSuffix(words []string) ([]string, string) {
	if n := len(words); n > 1 {
		if s := generationalSuffix(words[n-1]); s != "" {
			return words[:n-1], s
		}
	}
	return words, ""
}

// familySuffix reports whether s is a suffix that tells a son from a
// father named alike in one article ("jr", "sr").
func familySuffix(s string) bool { return s == "jr" || s == "sr" }
