package analyze

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// namingVerb matches a verb of naming or labelling followed by its object
// and the opening mark of a quotation, at the end of the text before the
// quotation ("called the plan “", "later dubbed Ms. Roe's remarks on
// Friday “"): the object holds no quotation mark and no clause break.
var namingVerb = regexp.MustCompile(`\b(?:called|calls|dubbed|dubs|labeled|labelled|labels|branded|brands|described)\s+([^"“”‘’?!;:]{1,70}?\s+)?(?:as\s+)?["“‘']\s*$`)

// namingAdverbs may stand between a naming verb and its subject ("Roe
// later called ...").
var namingAdverbs = map[string]bool{"later": true, "also": true, "has": true, "had": true, "have": true,
	"once": true, "repeatedly": true, "recently": true, "then": true, "even": true, "publicly": true,
	"previously": true, "earlier": true, "herself": true, "himself": true}

// namedBySubject returns the person who called something the quoted words
// (“Trump later called Haley “very weak””, "Ana Lind, an aide to the mayor,
// called the vote “a wake-up call”"): the quotation's sentence runs from
// its start to the quotation's opening mark ending in a naming verb and
// its object, and a person mention stands just before the verb (an
// apposition set off by commas and an adverb or two between allowed).
// "" when the pattern does not hold.
func namedBySubject(text string, q quotes.Quote, ms []quotes.Mention) string {
	if !q.Direct || q.Start <= 0 || q.Start > len(text) {
		return ""
	}
	from, to := sentence.StartBefore(text, q.Start), q.Start
	if r, n := utf8.DecodeRuneInString(text[q.Start:]); isQuoteMark(r) {
		to += n // the span opens with its mark: “a wake-up call” to his voters
	}
	prefix := text[from:to]
	loc := namingVerb.FindStringIndex(prefix)
	if loc == nil {
		return ""
	}
	verb := from + loc[0]
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.End > verb || m.Start < from {
			continue
		}
		if m.Type == core.Person && subjectGap(text[m.End:verb]) {
			return m.Name
		}
	}
	return ""
}

// subjectGap reports whether gap, the text between a name and a naming
// verb, is empty, an adverb or two, or an apposition set off by commas
// (", an aide to the mayor,") followed by at most an adverb.
func subjectGap(gap string) bool {
	if strings.HasPrefix(gap, ",") {
		i := strings.LastIndex(gap, ",")
		if i == 0 || i > 100 || strings.ContainsAny(gap[:i], "\"“”.;") {
			return false
		}
		gap = gap[i+1:]
	}
	words := strings.Fields(gap)
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !namingAdverbs[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// namedSource reports whether q's speaker is a person, organisation or
// place of the article (known), or its source words hold a person or
// organisation ("Velsk Port Authority officials").
func namedSource(q quotes.Quote, known map[string]bool, ms []quotes.Mention) bool {
	if known[q.Speaker] {
		return true
	}
	for _, m := range ms {
		if m.Start >= q.SpeakerStart && m.End <= q.SpeakerEnd && q.SpeakerStart >= 0 && (m.Type == core.Person || m.Type == core.Organisation) {
			return true
		}
	}
	return false
}
