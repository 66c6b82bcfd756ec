package analyze

import (
	"strings"

	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// writerCommentary reports whether an indirect unit is the writer's own
// comment on what the sentence tells, not anyone's words: its cue is a
// participle of comment ("highlighting", "underscoring", "reflecting",
// "signalling", "showing") set off by a comma or dash after a main
// clause that holds no speech word and no quotation mark ("The summit
// featured meetings between A, B and C, highlighting how [...]"). The
// participle's subject is the main clause's (the summit), so whoever the
// finder took for a source (a name inside the clause) said nothing. When
// the main clause reports speech ("He stressed his opposition, framing it
// as ...", "X gave a speech, highlighting ...") or the unit's source
// follows its content (", officials said"), the participle is the
// speaker's and the unit stays. No speaker would be the honest one to
// show, but a unit with none would still be listed as a quote: it is
// dropped instead.
func writerCommentary(text string, q quotes.Quote) bool {
	if q.Direct || q.Fragment || q.Start <= 0 || q.Start > len(text) || q.SpeakerStart >= q.End {
		return false
	}
	word := ""
	for _, w := range strings.Fields(strings.ToLower(q.Cue)) {
		if commentParticiples[w] {
			word = w
			break
		}
	}
	if word == "" {
		return false
	}
	from := sentence.StartBefore(text, q.Start)
	head := text[from:q.Start]
	at := lastWordIndex(strings.ToLower(head), word)
	if at <= 0 || len(strings.Fields(head[at:])) > 5 {
		return false
	}
	main := strings.TrimRight(head[:at], " \t\n")
	if !strings.HasSuffix(main, ",") && !strings.HasSuffix(main, "—") && !strings.HasSuffix(main, "–") {
		return false
	}
	if strings.ContainsAny(main, "\"“”«»") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(main)) {
		if mainSpeechWords[strings.Trim(w, ",.;:()’'")] {
			return false
		}
	}
	return true
}

// lastWordIndex returns the byte index of the last whole-word occurrence
// of w in s, or -1.
func lastWordIndex(s, w string) int {
	for end := len(s); end > 0; {
		i := strings.LastIndex(s[:end], w)
		if i < 0 {
			return -1
		}
		j := i + len(w)
		if (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
			return i
		}
		end = i
	}
	return -1
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b >= 0x80
}

// commentParticiples are participles a writer sets after a clause to say
// what it means ("..., underscoring the risk"); a speaker's participles
// ("saying", "warning", "adding") are not among them, nor those a person
// who acts often speaks through ("Sanders was in San Diego, emphasizing
// ...", "Trump took a hands-off approach, suggesting [the U.S. ...]",
// "framing it as ...").
var commentParticiples = map[string]bool{
	"highlighting": true, "underscoring": true, "underlining": true, "reflecting": true,
	"signalling": true, "signaling": true, "illustrating": true, "demonstrating": true,
	"showing": true, "indicating": true, "reinforcing": true, "marking": true,
}

// mainSpeechWords are words of speech in a main clause: with one of them
// the participle after it is the speaker's ("He stressed X, framing it
// as ...").
var mainSpeechWords = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "tell": true, "stated": true,
	"added": true, "wrote": true, "writes": true, "announced": true, "declared": true, "emphasized": true,
	"emphasised": true, "stressed": true, "argued": true, "warned": true, "claimed": true, "insisted": true,
	"noted": true, "explained": true, "remarked": true, "repeated": true, "reiterated": true, "urged": true,
	"asked": true, "replied": true, "responded": true, "spoke": true, "speaks": true, "testified": true,
	"tweeted": true, "posted": true, "suggested": true, "acknowledged": true, "admitted": true,
	"conceded": true, "confirmed": true, "denied": true, "accused": true, "criticized": true,
	"criticised": true, "praised": true, "called": true, "calls": true, "described": true, "pledged": true,
	"promised": true, "vowed": true, "predicted": true, "complained": true, "contended": true,
	"maintained": true, "asserted": true, "blamed": true, "defended": true, "rejected": true,
	"dismissed": true, "welcomed": true, "condemned": true, "hailed": true, "signalled": true,
	"signaled": true, "hinted": true, "speech": true, "statement": true, "interview": true,
	"address": true, "remarks": true, "comments": true, "letter": true, "report": true,
	"derided": true, "mocked": true, "attacked": true, "slammed": true, "blasted": true, "ridiculed": true,
	"questioned": true, "touted": true, "boasted": true, "joked": true, "lamented": true,
}

// prepObject reports whether an indirect unit is only the object of a
// second preposition closing a cue that holds its own prepositional
// complement ("Putin hinted at progress with [Trump on peace talks but
// ...]", "concludes with footage of [Trump saying ...]"): the cue's verb
// has its complement ("at progress"), the content is a noun phrase inside
// it cut where the finder's span began, neither a statement nor whole. A
// clause after the preposition ("[whether ...]") stays, and so does a
// single complement ("expressed disappointment at [the lack of ...]":
// what the speaker expressed). A cue with a reporting verb ("said in an
// oral history of [the years that ...]") or content holding "that" or one
// ("[Curiel and said the judge ...]") keeps the unit: a statement runs
// inside its words.
func prepObject(q quotes.Quote) bool {
	if q.Direct || q.Fragment {
		return false
	}
	cue := strings.Fields(strings.ToLower(q.Cue))
	if len(cue) < 4 || !cuePreps[cue[len(cue)-1]] {
		return false
	}
	inner := false
	for _, w := range cue[1 : len(cue)-2] {
		inner = inner || cuePreps[w]
	}
	for _, w := range cue {
		if reportWords[w] {
			return false // "said in an oral history of [the years that ...]": the statement runs inside
		}
	}
	f := strings.Fields(strings.ToLower(q.Text))
	if !inner || len(f) == 0 || clauseOpeners[strings.Trim(f[0], "\"“‘'")] {
		return false
	}
	for _, w := range f {
		if w == "that" || reportWords[w] {
			return false // "... about [Curiel and said the judge had ...]"
		}
	}
	return true
}

var cuePreps = map[string]bool{
	"with": true, "on": true, "at": true, "of": true, "for": true, "about": true, "over": true,
	"against": true, "from": true, "into": true, "in": true, "by": true,
}

var clauseOpeners = map[string]bool{
	"that": true, "whether": true, "how": true, "what": true, "why": true, "if": true, "when": true,
	"where": true, "who": true, "which": true,
}

// attributiveHedge reports whether an indirect unit's cue is the writer's
// hedge on a noun, not a verb of saying: "alleged" (or "purported",
// "reported", "suspected" ...) right before the content and after a
// determiner, preposition, conjunction or colon ("the two officers shot by
// the alleged [terrorist ...]", "ideas: alleged [government conspiracies
// ...]", "focused on the alleged [dangers posed by ...]"). No one is
// quoted; whoever the finder named as the source said nothing. A verb
// ("students have alleged [they ...]", "Zimmerman, who alleged [that
// ...]") keeps the unit.
func attributiveHedge(text string, q quotes.Quote) bool {
	if q.Direct || q.Fragment || q.Start <= 0 || q.Start > len(text) {
		return false
	}
	from := sentence.StartBefore(text, q.Start)
	f := strings.Fields(text[from:q.Start])
	if len(f) == 0 || !hedgeWords[strings.ToLower(f[len(f)-1])] {
		return false
	}
	if len(f) == 1 {
		return false // the sentence opens with it: a headline's verb ("Alleged ...") or unclear
	}
	prev := strings.ToLower(f[len(f)-2])
	if strings.HasSuffix(prev, ":") {
		return true
	}
	return hedgeBefore[strings.Trim(prev, ",;()\"“”")] && !strings.HasSuffix(prev, ",")
}

var hedgeWords = map[string]bool{
	"alleged": true, "purported": true, "reported": true, "suspected": true, "supposed": true,
	"rumored": true, "rumoured": true, "presumed": true, "so-called": true,
}

var hedgeBefore = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"this": true, "that": true, "these": true, "those": true, "of": true, "for": true, "on": true, "in": true,
	"into": true, "over": true, "about": true, "and": true, "or": true, "by": true, "with": true, "from": true,
	"against": true, "after": true, "any": true, "two": true, "three": true, "several": true, "many": true,
}
