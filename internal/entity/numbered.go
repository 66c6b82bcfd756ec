package entity

// A number that ends a name (twenty-first session): the tagger stops
// before a name's number ("the Harbour Link 2 cable", "Terminal 4",
// "the trawler Kell Nava 5"), so two cables or terminals fold into one
// entity and a reader cannot tell them apart. A span typed as an
// organisation, place or other name is extended by a number of one or two
// digits right after it when the words that follow read as prose about
// the name: a closing quote, a verb of prose ("is", "was", "has"), a
// relative word, "and" or "or" before no number ("the Harbour Link 2 and
// Harbour Link 3 lines"), or a noun of what such names name ("cable",
// "line", "browser"). A score or a count ("Kell 2 Vellmar 1", "Somerset
// 83 and 252", "US$ 49 million", "Kell 4 points clear") is none of these,
// and a currency ("US$") takes no number.

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// proseWords are the words after a number that make it the end of the
// name before it ("the Harbour Link 2 cable was cut").
var proseWords = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true,
	"had": true, "have": true, "will": true, "would": true, "can": true, "could": true, "which": true,
	"that": true, "who": true, "cable": true, "cables": true, "line": true, "lines": true, "browser": true,
	"system": true, "network": true, "project": true, "mission": true, "satellite": true, "release": true,
	"version": true, "users": true, "update": true, "station": true, "terminal": true, "reactor": true}

// numberedName returns m extended by the one- or two-digit number that
// ends its name (see the file comment); next is where the following
// mention starts (len(text) when none).
func numberedName(text string, m ner.Mention, next int) (ner.Mention, bool) {
	if m.Type == core.Person || m.End+2 > len(text) || text[m.End] != ' ' {
		return m, false
	}
	i := m.End + 1
	j := i
	for j < len(text) && j-i < 3 && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	if j == i || j-i > 2 || j > next {
		return m, false
	}
	rest := text[j:]
	switch {
	case strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "”") || strings.HasPrefix(rest, " \"") || strings.HasPrefix(rest, " ”"):
	case strings.HasPrefix(rest, " "):
		w, after := nextWord(text, j)
		if w == "and" || w == "or" {
			if k := strings.TrimLeft(text[after:], " "); k == "" || !capitalised(k[:1]) {
				return m, false // "Somerset 83 and 252"
			}
		} else if !proseWords[w] {
			return m, false
		}
	default:
		return m, false
	}
	name := strings.TrimSpace(m.Text)
	if calendarWord(name) || strings.HasSuffix(name, "$") {
		return m, false
	}
	if _, ok := gazetteer.CountryOf(name); ok {
		return m, false // "England 2 ..." in a results line
	}
	m.Text = text[m.Start:j]
	m.End = j
	return m, true
}
