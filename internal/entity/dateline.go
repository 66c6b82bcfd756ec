package entity

// Fifteenth-session repairs within an article, before the type vote, all
// general news conventions (dateline_test.go):
//
//   - a name right before an ISO date ("BRISBANE 1996-08-28 Police
//     said ...", a wire story's dateline) is the place the story was filed
//     from, whatever the tagger typed it;
//   - "Ladies and gentlemen" (and "Gentlemen and ladies") is an address to
//     an audience, no entity;
//   - a compass adjective tagged on its own right before a place
//     ("Southern" + "California") is part of the place's name;
//   - a section head, one upper-case common word standing as a sentence
//     of its own ("LETTERS."), is no entity.

import (
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// datelinePlace reports whether m, typed other than a place, is followed
// by spaces and a date written YYYY-MM-DD.
func datelinePlace(text string, m ner.Mention) bool {
	if m.Type == core.Location || m.End > len(text) || m.End <= m.Start {
		return false
	}
	rest := text[m.End:]
	after := strings.TrimLeft(rest, " ")
	if len(after) == len(rest) || len(after) < 10 {
		return false
	}
	for i := 0; i < 10; i++ {
		c := after[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return len(after) == 10 || after[10] == ' ' || after[10] == '\n' || after[10] == '\t'
}

// audienceAddress reports whether m is the "Ladies" of "Ladies and
// gentlemen" (or the "Gentlemen" of "Gentlemen and ladies").
func audienceAddress(text string, m ner.Mention) bool {
	if m.End > len(text) || m.End <= m.Start {
		return false
	}
	w := strings.ToLower(strings.TrimSpace(m.Text))
	after := strings.ToLower(text[m.End:min(len(text), m.End+16)])
	switch w {
	case "ladies":
		return strings.HasPrefix(after, " and gentlemen")
	case "gentlemen":
		return strings.HasPrefix(after, " and ladies")
	case "ladies and gentlemen", "gentlemen and ladies":
		return true
	}
	return false
}

// compassWords are the compass adjectives that open place names.
var compassWords = map[string]bool{"Northern": true, "Southern": true, "Eastern": true, "Western": true,
	"Central": true, "Northeastern": true, "Northwestern": true, "Southeastern": true, "Southwestern": true}

// compassPlace joins a one-word compass adjective m and the place next
// right after it, one space apart, into one place.
func compassPlace(text string, m, next ner.Mention) (ner.Mention, bool) {
	if !compassWords[m.Text] || next.Type != core.Location || next.Start != m.End+1 ||
		next.End > len(text) || m.Start < 0 || text[m.End] != ' ' {
		return m, false
	}
	return ner.Mention{Text: text[m.Start:next.End], Type: core.Location, Start: m.Start, End: next.End}, true
}

// sectionHead reports whether m is one upper-case word of four or more
// letters that the word clusters saw in lower case (a common word, not an
// acronym), no listed organisation or country, standing between the end
// of a sentence (or the text's start) and a full stop: "... attention.
// LETTERS. Apolitically, ...".
func sectionHead(text string, m ner.Mention) bool {
	w := m.Text
	if len(w) < 4 || m.End >= len(text) || text[m.End] != '.' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	if !ner.KnownLower(w) {
		return false
	}
	if _, ok := gazetteer.OrgName(w); ok {
		return false
	}
	if _, ok := gazetteer.CountryName(w); ok {
		return false
	}
	before := strings.TrimRight(text[:m.Start], " ")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '.' || r == '\n' || r == '!' || r == '?'
}
