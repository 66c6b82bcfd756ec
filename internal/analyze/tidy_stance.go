package analyze

import (
	"strings"

	"github.com/storyline/storyline/internal/quotes"
)

// noStatement reports whether an indirect unit is no one's statement by its
// attribution, as a reader of "who said what" sees it:
//
//   - an impersonal one, whose source is an expletive "it" or "there" before
//     a copula or auxiliary ("It is expected [that ...]", "It has been
//     reported [that ...]", "it seems more likely [that ...]"): whatever
//     the resolver made of "it" (the last country or company named) said
//     nothing;
//   - a state of mind, whose cue is a verb of thinking or knowing ("many
//     people wonder [how ...]", "Wylie apparently thinks [he is ...]",
//     "Most people thought [she was dead]"): a belief the writer ascribes,
//     not words anyone said. Verbs that report a stance in words (believe,
//     hope, fear, expect) are kept, and so is "think" in the present
//     ("many economists think [Greece will default]": an opinion they
//     voice);
//   - others' words the source rejects ("LaRue discounted rumors [that he
//     was Deep Throat]", "denied allegations [that ...]"): the content is
//     what the source says is untrue (rejectedHearsay). A plain denial
//     ("denied [that ...]") stays: the source said so.
//
// Direct quotes are never dropped: their words were said.
func noStatement(text string, q quotes.Quote) bool {
	if q.Direct || q.Fragment {
		return false
	}
	cue := strings.Fields(strings.ToLower(q.Cue))
	if len(cue) == 0 {
		return false
	}
	if q.SpeakerStart >= 0 && q.SpeakerEnd <= len(text) && q.SpeakerStart < q.SpeakerEnd {
		src := strings.ToLower(text[q.SpeakerStart:q.SpeakerEnd])
		if (src == "it" || src == "there") && impersonal(cue) {
			return true
		}
		// The tagger took the copula into the source: "there is little [to
		// indicate ...]", "it is unclear [whether ...]".
		if f := strings.Fields(src); len(f) > 1 && (f[0] == "it" || f[0] == "there") && copulaVerbs[f[1]] {
			return true
		}
	}
	for _, w := range cue {
		if mindVerbs[w] {
			return true
		}
	}
	return rejectedHearsay(cue)
}

// rejectedHearsay reports whether the cue words reject others' words
// ("discounted rumors", "flatly denied the allegations", "dismissed
// claims"): what follows is what the source says is untrue, not what it
// said.
func rejectedHearsay(cue []string) bool {
	if len(cue) < 2 || !hearsayNouns[cue[len(cue)-1]] {
		return false
	}
	for _, w := range cue[:len(cue)-1] {
		if rejectVerbs[w] {
			return true
		}
	}
	return false
}

var (
	rejectVerbs = map[string]bool{"discounted": true, "discounts": true, "dismissed": true, "dismisses": true,
		"denied": true, "denies": true, "rejected": true, "rejects": true, "disputed": true, "disputes": true,
		"refuted": true, "refutes": true, "debunked": true, "ridiculed": true, "mocked": true,
		"brushed": true, "laughed": true, "shrugged": true, "struck": true, "shot": true}
	hearsayNouns = map[string]bool{"rumors": true, "rumours": true, "rumor": true, "rumour": true,
		"allegations": true, "allegation": true, "claims": true, "claim": true, "reports": true,
		"suggestions": true, "suggestion": true, "speculation": true, "accusations": true,
		"accusation": true, "assertions": true, "assertion": true, "charges": true, "notion": true,
		"idea": true, "talk": true}
)

// impersonal reports whether the cue words after an expletive "it" or
// "there" make an impersonal attribution: a copula or a verb of seeming
// ("is expected", "seems more likely"), or an auxiliary before "be" or
// "been" ("has been reported", "would be a stretch to say"); "it has
// said" (a body) is no such cue.
func impersonal(cue []string) bool {
	if copulaVerbs[cue[0]] {
		return true
	}
	if !auxVerbs[cue[0]] {
		return false
	}
	for _, w := range cue[1:] {
		if w == "be" || w == "been" {
			return true
		}
	}
	return false
}

var (
	copulaVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "'s": true, "’s": true,
		"seems": true, "seemed": true, "appears": true, "appeared": true, "remains": true, "remained": true,
		"looks": true, "looked": true}
	auxVerbs = map[string]bool{"has": true, "had": true, "have": true, "will": true, "would": true,
		"may": true, "might": true, "could": true, "can": true}
)

// mindVerbs are verbs of thinking or knowing: what they take is a belief,
// not a statement.
var mindVerbs = map[string]bool{
	"thought": true, "thinking": true, "wonder": true, "wonders": true,
	"wondered": true, "wondering": true, "know": true, "knows": true, "knew": true, "knowing": true,
	"realize": true, "realizes": true, "realized": true, "realise": true, "realises": true, "realised": true,
	"imagine": true, "imagines": true, "imagined": true, "suppose": true, "supposes": true, "supposed": true,
}
