package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// withOpeningGiven extends a person span that starts at a sentence's
// second token to the first token when that token looks like a given name
// the tagger left out ("Ted Cruz won ...", tagged "Cruz"): a word of two or
// more letters written with an initial capital only, whose lower-case form
// the word clusters (1.35 M tokens of news) never saw, that the gazetteer
// does not list (titles, demonyms, places) and that does not end like an
// inflected verb or adverb ("Injecting", "Reportedly"). A common word
// opening a sentence ("While", "Still", "Yesterday") has a lower-case form
// the clusters know and stays out. Spans of three or more words are left
// alone.
func withOpeningGiven(toks []Token, sp Span) Span {
	if sp.Type != "PER" || sp.Start != 1 || sp.End-sp.Start > 2 {
		return sp
	}
	if openingGiven(toks[0].Text) {
		sp.Start = 0
	}
	return sp
}

// openingGiven reports whether w, the first word of a sentence, may be a
// given name (see withOpeningGiven).
func openingGiven(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for i, r := range w {
		if !unicode.IsLetter(r) || (i == 0) != unicode.IsUpper(r) {
			return false // not a capitalised word of letters ("TED", "McX", "O'X" aside)
		}
	}
	lower := strings.ToLower(w)
	if _, common := wordClusters()[lower]; common {
		return false
	}
	if gazetteer.Lookup(w) != 0 || gazetteer.IsTitle(w) || honorificWords[lower] {
		return false
	}
	if len(lower) > 4 {
		for _, suf := range []string{"ing", "ed", "ly"} {
			if strings.HasSuffix(lower, suf) {
				return false
			}
		}
	}
	return true
}

// honorificWords are forms of address and religious or family titles the
// gazetteer's titles leave out ("Rabbi Lind", "Imam Lind"): never a given
// name before a surname.
var honorificWords = map[string]bool{"rabbi": true, "imam": true, "sheikh": true, "sheik": true,
	"mullah": true, "ayatollah": true, "pastor": true, "msgr": true, "father": true, "sister": true,
	"brother": true, "mother": true, "uncle": true, "aunt": true, "auntie": true, "sir": true,
	"dame": true, "lord": true, "lady": true, "saint": true, "coach": true, "judge": true,
	"officer": true, "agent": true, "detective": true, "deputy": true, "sergeant": true,
	"sgt": true, "cpl": true, "pvt": true, "lt": true, "capt": true, "fr": true, "rev": true,
	"dr": true, "prof": true, "mr": true, "mrs": true, "ms": true, "miss": true, "mx": true}
