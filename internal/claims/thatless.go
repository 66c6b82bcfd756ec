package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
)

// Reported statements said without "that" ("Varro said Ostmark is ready to
// talk", "The harbour will reopen in May, Quill said"). statementClaim
// refuses a reported span without "that" because as often as not the
// quotes layer took a noun phrase for one ("expressed concern about the
// freight rates", "insisted on using the old rules"); session 24 kept
// every span that read as a clause and lost on the real sets (0.70 of
// the new ones right: a possessor's "boosters insisted" held by the
// possessor, "she said" held by another person, "hopes Iowa will prove",
// a lost "doesn't think"). thatlessSaid keeps only the plain form: the
// sentence writes the speaker's own name right before a plain verb of
// saying and the clause right after it, or the clause, a comma and the
// name and verb closing the sentence.

// plainSayVerbs say that words were said, and nothing else: no hope,
// belief, insistence or denial.
var plainSayVerbs = map[string]bool{"said": true, "says": true, "added": true, "adds": true}

// finiteVerbs are finite verbs that make a clause of a span said without
// "that": "Ostmark is ready", "the ferries could sail".
var finiteVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "does": true, "did": true, "isn't": true, "wasn't": true, "aren't": true,
	"weren't": true, "hasn't": true, "haven't": true, "won't": true, "can't": true, "couldn't": true,
	"wouldn't": true, "doesn't": true, "didn't": true}

// subjectStops end the subject of a clause before its verb: a relative or
// a wh-word ("the plan which was ..."), so no verb past them counts.
var subjectStops = map[string]bool{"who": true, "which": true, "that": true, "whose": true, "where": true,
	"when": true, "what": true, "why": true, "how": true, "whether": true, "if": true, "to": true}

// notSubject before a name make it no subject of the verb after it: a
// wh-word ("what Varro says and promises is ..."), a quantifier of a group
// ("as many Kestrelians said ...").
var notSubject = map[string]bool{"what": true, "whatever": true, "how": true, "why": true, "many": true,
	"some": true, "most": true, "few": true, "all": true, "several": true, "both": true, "other": true, "more": true}

// subjectPronouns open a clause whose next word may be any present or
// past verb ("it helps", "this reinforces").
var subjectPronouns = map[string]bool{"it": true, "this": true, "he": true, "she": true, "they": true, "we": true}

// thatlessClause reports whether span, said without "that", is a clause:
// a subject of up to eleven words with no comma, relative or preposition
// first, then a finite verb (finiteVerbs), or a subject pronoun and a verb
// ending in -s or -ed.
func thatlessClause(span string) bool {
	f := strings.Fields(strings.ToLower(strings.ReplaceAll(span, "’", "'")))
	if len(f) < minWords {
		return false
	}
	first := strings.Trim(f[0], "\"'“”‘(")
	if phrasePreps[first] || subjectStops[first] || first == "and" || first == "or" || first == "but" {
		return false
	}
	if subjectPronouns[first] {
		if w := strings.Trim(f[1], ",;:"); finiteVerbs[w] || len(w) > 3 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")) {
			return true
		}
	}
	for k := 1; k < len(f)-1 && k <= 11; k++ {
		w := strings.Trim(f[k], "\"'“”‘’")
		if finiteVerbs[strings.TrimRight(w, ",;:")] {
			return true
		}
		if subjectStops[w] || strings.ContainsAny(w, ",;:()") {
			return false
		}
	}
	return false
}

// thatlessSaid reports whether q, a reported span without "that", is a
// statement its speaker is written saying: "<name> said <clause>" with the
// speaker's last name right before the verb (no comma between), no
// preposition or possessor before the name as written ("a spokesman for
// Varro said", "Varro's aides said", "Mara Quill for the Kestrel Harbour
// Authority said"), or
// "<clause>, <name> said." closing the sentence with up to four
// capitalised words before the verb. shown is the speaker in full as the
// article names it
// ("Tomas Kell" for "Kell", or ""): a given name before the name written that
// is not the speaker's makes another person.
func thatlessSaid(q core.Quote, shown func() string) bool {
	span, sent := strings.TrimSpace(q.Text), q.Sentence
	name := lastWord(q.Speaker)
	if span == "" || sent == "" || name == "" {
		return false
	}
	i := strings.Index(sent, span)
	if i < 0 {
		return false
	}
	before := strings.Fields(sent[:i])
	if n := len(before); n >= 2 {
		if !plainSayVerbs[before[n-1]] || before[n-2] != name {
			return false // "Buchtmann for the Food Agency, says": an apposition
		}
		// the speaker's words as written before the verb, then the word before them
		k := n - 2
		sp := strings.Fields(q.Speaker)
		for _, w := range sp {
			if phrasePreps[w] {
				return false // "Authorities in Kestrel said": the authorities, unnamed
			}
		}
		for j := len(sp) - 2; j >= 0 && k > 0 && before[k-1] == sp[j]; j-- {
			k--
		}
		if r, _ := utf8.DecodeRuneInString(before[max(k-1, 0)]); k > 0 && unicode.IsUpper(r) && !nameTitle(before[k-1]) {
			// "Anna Kell said" read as Tomas Kell's: another given name
			// than the speaker's or its display's
			given := ""
			if m := n - 1 - k; m < len(sp) {
				given = sp[len(sp)-1-m]
			} else if f := strings.Fields(shown()); len(f) >= 2 && f[len(f)-1] == name {
				given = f[len(f)-2]
			}
			if given != "" && before[k-1] != given {
				return false
			}
		}
		if k > 1 && strings.EqualFold(before[k-1], "the") {
			k-- // "for the Kestrel Harbour Authority"
		}
		if k > 0 {
			prev := strings.ToLower(strings.Trim(before[k-1], ","))
			if phrasePreps[prev] || notSubject[prev] || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") {
				return false
			}
		}
		return thatlessClause(span)
	}
	if len(before) != 0 {
		return false
	}
	after := strings.TrimSpace(sent[i+len(span):])
	after, ok := strings.CutPrefix(after, ",")
	if !ok {
		return false
	}
	after = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(after), "."))
	f := strings.Fields(after)
	n := len(f)
	if n < 2 || n > 5 || !plainSayVerbs[f[n-1]] || f[n-2] != name {
		return false
	}
	for _, w := range f[:n-1] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false // ", a spokesman for Varro said"
		}
	}
	return true
}

// nameTitles stand before a name as part of no other name: "Mr. Edd",
// "Senator Tarel", "Coach Varro".
var nameTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "president": true, "senator": true,
	"governor": true, "mayor": true, "coach": true, "secretary": true, "minister": true, "judge": true, "general": true,
	"chancellor": true, "premier": true, "pope": true, "representative": true, "chairman": true, "chairwoman": true,
	"director": true, "spokesman": true, "spokeswoman": true, "professor": true, "sheriff": true, "chief": true,
	"commissioner": true, "ambassador": true, "captain": true, "sergeant": true, "officer": true, "detective": true}

// nameTitle reports whether w is a title before a name: nameTitles, or
// an abbreviation ending in a period ("Sen.", "Capt.").
func nameTitle(w string) bool {
	return strings.HasSuffix(w, ".") || nameTitles[strings.ToLower(strings.Trim(w, ","))]
}

// lastWord is the last word of a name, its marks trimmed.
func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,")
}
