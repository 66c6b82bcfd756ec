package analyze

import "strings"

// junkSpeaker reports whether a speaker that is no entity of the article is
// no noun phrase at all but words the rules took for a subject: one that
// ends on a function word ("has attracted much of the", "parliamentary
// elections can only", "Mueller several pages of"), opens on an auxiliary
// ("has attracted ...") or is a contraction ("they'll", "Don't"), or
// evidence that speaks only through a document verb ("Studies indicate
// [...]", "those facts suggest [...]"). Such a quote is no one's.
func junkSpeaker(sp string) bool {
	f := strings.Fields(sp)
	if len(f) == 0 {
		return false
	}
	first, last := strings.ToLower(f[0]), f[len(f)-1]
	if strings.ContainsAny(sp, "’'") {
		for _, c := range []string{"n't", "n’t", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'d", "’d"} {
			if strings.HasSuffix(first, c) || strings.HasSuffix(last, c) {
				return true
			}
		}
	}
	if junkEnds[last] || len(f) > 1 && junkOpens[first] {
		return true // "Theresa May" ends on a name, not a modal
	}
	if evidenceNouns[strings.ToLower(last)] {
		for _, w := range f[1:] {
			if w != strings.ToLower(w) {
				return false // "Pew Research", "the Quinnipiac Polls": a name
			}
		}
		return true
	}
	return false
}

// junkEnds never end a noun phrase: determiners, prepositions, modals,
// auxiliaries.
var junkEnds = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "at": true,
	"for": true, "with": true, "by": true, "from": true, "and": true, "or": true, "but": true,
	"can": true, "could": true, "will": true, "would": true, "shall": true, "should": true,
	"may": true, "might": true, "must": true, "only": true, "has": true, "have": true, "had": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "not": true,
	"than": true, "as": true, "into": true, "about": true, "which": true, "who": true, "that": true,
}

// junkOpens never open a speaker's noun phrase: auxiliaries and verbs of
// a clause the rules cut into.
var junkOpens = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"do": true, "does": true, "did": true, "will": true, "would": true, "can": true, "could": true,
	"of": true, "to": true, "in": true, "on": true, "with": true, "by": true, "for": true,
}

// evidenceNouns are findings, not speakers: "studies show [...]" names no
// one who said it.
var evidenceNouns = map[string]bool{
	"studies": true, "study": true, "research": true, "data": true, "facts": true, "evidence": true,
	"findings": true, "statistics": true, "estimates": true,
}
