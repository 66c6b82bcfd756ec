package analyze

import (
	"strings"

	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// accordingSource returns the source a quoted fragment's sentence (or a
// short quotation's: six words or fewer) opens with, "According to X, ...": the person or body named right after "to",
// else the description up to its first participle or relative word ("the
// officers involved in the shooting" -> "the officers"). The words in
// marks are X's account ("According to the officers, the teenager adjusted
// his belt “suspiciously”"), not the sentence subject's. A quotation
// after a reporting word of its own ("LaSalle refused, saying officers
// “would need to kill” him") keeps its speaker. "" when the sentence does not open so.
func accordingSource(text string, q quotes.Quote, ms []quotes.Mention) string {
	if !q.Direct || !q.Fragment && len(strings.Fields(q.Text)) > 6 || q.Start <= 0 || q.Start > len(text) {
		return ""
	}
	from := sentence.StartBefore(text, q.Start)
	head := text[from:q.Start]
	const lead = "according to "
	if len(head) < len(lead) || !strings.EqualFold(head[:len(lead)], lead) {
		return ""
	}
	comma := strings.IndexByte(head, ',')
	if comma < 0 {
		return ""
	}
	for _, w := range strings.Fields(strings.ToLower(head[comma:])) {
		if reportWords[strings.Trim(w, ",.;:")] {
			return "" // "..., saying officers “would need to kill” him"
		}
	}
	at := from + len(lead)
	for _, m := range ms {
		if m.Start == at && m.End <= from+comma {
			return m.Name
		}
	}
	words := strings.Fields(head[len(lead):comma])
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || lw == "who" || lw == "which" || lw == "that" || lw == "in" || lw == "at" || lw == "on") {
			words = words[:i]
			break
		}
	}
	if len(words) == 0 || len(words) > 6 {
		return ""
	}
	return description(strings.Join(words, " "))
}

// reportWords are reporting verbs that give a quotation after them its own
// speaker.
var reportWords = map[string]bool{
	"said": true, "says": true, "say": true, "saying": true, "told": true, "telling": true, "tells": true,
	"called": true, "calling": true, "calls": true, "described": true, "describing": true, "wrote": true,
	"writing": true, "added": true, "adding": true, "asked": true, "asking": true,
}
