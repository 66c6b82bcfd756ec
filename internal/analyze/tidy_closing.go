package analyze

import (
	"regexp"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// closingCue matches a closing attribution right after a quote's span: a
// comma, a reporting verb, and up to four lower-case words of description
// before the name (", said family friend ", ", says the county's ").
var closingCue = regexp.MustCompile(`^\s*["”’]?\s*,\s*(?:said|says|according to|wrote|added|told reporters)\s+(?:[a-z][\w'’-]*\s+){0,4}`)

// closingStops may not stand between a closing attribution's verb and
// its name: the name is then another's object.
var closingStops = map[string]bool{"who": true, "whom": true, "which": true, "that": true, "whose": true,
	"to": true, "for": true, "with": true, "by": true, "of": true, "about": true, "and": true, "or": true}

// closingSpeaker returns the person a closing attribution right after a
// quote without a speaker names ("X died on Monday, said family friend Ana
// Lind, who ..."), else "": the attribution's name must be a person
// mention starting where closingCue's match ends.
func closingSpeaker(text string, q quotes.Quote, ms []quotes.Mention) string {
	if q.Speaker != "" || q.End <= 0 || q.End > len(text) {
		return ""
	}
	loc := closingCue.FindStringIndex(text[q.End:min(len(text), q.End+120)])
	if loc == nil {
		return ""
	}
	at := q.End + loc[1]
	words := strings.Fields(text[q.End:at])
	from := 0
	for i, w := range words {
		if w == "according" || w == "told" {
			from = i + 2 // "according to", "told reporters"
			break
		}
		if w == "said" || w == "says" || w == "wrote" || w == "added" {
			from = i + 1
			break
		}
	}
	for _, w := range words[min(len(words), from):] {
		if closingStops[w] {
			return "" // "said the doctor who treated X": not X
		}
	}
	for _, m := range ms {
		if m.Start == at && m.Type == core.Person {
			return m.Name
		}
		if m.Start > at {
			break
		}
	}
	return ""
}
