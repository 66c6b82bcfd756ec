package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// Sentence-opening given names (twelfth session). A tagger reading a
// capitalised first word of a sentence often leaves a given name out of
// the person it opens ("Ted Lind won ..." tagged "Lind"). A person mention
// of one or two words whose sentence opens with the word right before it
// takes that word in when the article names the person so elsewhere ("Ted
// Lind" tagged whole mid-sentence), or when the word is a known given name
// (the first-name table or a diminutive) that the word clusters never saw
// in lower case (so "Will", "Bill" or "Mark" opening a sentence stay out
// unless the article gives the evidence). Titles, forms of address and
// gazetteer words never join.

// openingTitles are forms of address and religious or family titles the
// gazetteer's titles leave out ("Rabbi Lind", "Imam Lind").
var openingTitles = map[string]bool{"rabbi": true, "imam": true, "sheikh": true, "sheik": true,
	"mullah": true, "ayatollah": true, "pastor": true, "father": true, "sister": true,
	"brother": true, "mother": true, "uncle": true, "aunt": true, "sir": true, "dame": true,
	"lord": true, "lady": true, "saint": true, "coach": true, "judge": true, "officer": true, "sheriff": true}

// openingGivenNames extends the person mentions of ms (sorted by start)
// over the sentence-opening given name before them (see the file comment).
func openingGivenNames(text string, ms []ner.Mention) {
	whole := map[string]bool{}
	for _, m := range ms {
		if m.Type == core.Person && len(strings.Fields(m.Text)) >= 2 {
			whole[strings.Join(strings.Fields(m.Text), " ")] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Type != core.Person || m.Start < 2 || m.End > len(text) || len(strings.Fields(m.Text)) > 2 || text[m.Start-1] != ' ' {
			continue
		}
		j := strings.LastIndexFunc(text[:m.Start-1], func(r rune) bool { return !unicode.IsLetter(r) })
		w := text[j+1 : m.Start-1]
		if !givenShape(w) || !opensSentence(text[:j+1]) || (i > 0 && ms[i-1].End > j) {
			continue
		}
		lw := strings.ToLower(w)
		if gazetteer.Lookup(w) != 0 || gazetteer.IsTitle(w) || openingTitles[lw] || honorifics[lw] ||
			clergyHonorifics[lw] || openerWords[lw] || calendarWord(w) {
			continue
		}
		if !whole[w+" "+strings.Join(strings.Fields(m.Text), " ")] && !(KnownGivenName(w) && !ner.KnownLower(w)) {
			continue
		}
		m.Start = j + 1
		m.Text = text[m.Start:m.End]
	}
}

// givenShape reports whether w is a word of two or more letters with a
// capital first letter only.
func givenShape(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for i, r := range w {
		if !unicode.IsLetter(r) || (i == 0) != unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// opensSentence reports whether a word right after before opens a
// sentence: before is empty or blank, or ends (spaces and an opening
// quotation mark aside) with a full stop, a question or exclamation mark,
// a colon or a line break.
func opensSentence(before string) bool {
	b := strings.TrimRight(before, " \t")
	if strings.HasSuffix(b, "\n") || b == "" {
		return true
	}
	b = strings.TrimRight(strings.TrimRight(b, "\"“'‘"), " \t")
	if b == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(b)
	return r == '.' || r == '!' || r == '?' || r == ':' || r == '\n'
}
