package quotes

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// Things that are not speakers. A source phrase headed by an event ("the
// summit", "the rioting") or a document ("the report", "the lawsuit")
// speaks only through a document verb ("the report says", "the lawsuit
// demands"); with any other cue ("The summit also featured ..., highlighting
// how ...", "the rioting underlined skepticism that ...") it credits no one.
var (
	eventNouns = set("summit", "summits", "meeting", "meetings", "talks", "conference", "visit", "trip",
		"rally", "protest", "protests", "rioting", "riots", "riot", "war", "attack", "attacks",
		"election", "elections", "vote", "move", "decision", "crisis", "forum", "session",
		"ceremony", "event", "incident", "fire", "storm", "operation", "reaction", "presentation",
		"scandal", "trial", "hearing", "debate", "shooting", "explosion", "outbreak", "game",
		"match", "season", "fight", "bout", "deal", "negotiations", "visit", "tour", "summitry",
		"victory", "defeat", "loss", "win", "violence", "unrest", "clashes", "standoff")
	documentNouns = set("report", "reports", "statement", "statements", "study", "document",
		"documents", "lawsuit", "suit", "letter", "memo", "memos", "tweet", "tweets", "post",
		"survey", "poll", "polls", "ruling", "complaint", "indictment", "sign", "website",
		"article", "editorial", "filing", "resolution", "declaration", "communique", "bill", "law",
		"order", "speech", "plan", "proposal", "agreement", "treaty", "constitution", "data",
		"figures", "analysis", "review", "assessment", "book", "message", "note", "notice",
		"release", "announcement", "warning", "video", "transcript", "records", "record", "paper",
		"draft", "text", "summary", "budget", "guidance", "policy", "rule", "regulation", "decree",
		"manifesto", "platform", "memoir", "blog", "email", "emails", "tape", "tapes", "cable", "results")
	// documentVerbs are the cues (lemmas) a document or event may take.
	documentVerbs = set("say", "state", "show", "find", "note", "read", "conclude", "claim",
		"allege", "argue", "demand", "call", "warn", "estimate", "add", "describe", "accuse",
		"detail", "indicate", "report", "predict", "recommend", "propose", "suggest", "list",
		"cite", "outline", "declare", "stipulate", "specify", "urge", "ask", "seek", "require",
		"mention", "assert", "announce", "confirm", "reveal", "acknowledge", "according", "quote",
		"insist", "deny", "explain", "criticize", "criticise", "praise", "condemn", "welcome")
)

// nonSpeaker reports whether the source phrase text[a:b] is headed by an
// event or a document noun and holds no person or organisation mention,
// and the cue (lemma or word) is no document verb: such a unit credits no
// one.
func (d *doc) nonSpeaker(a, b int, cue string) bool {
	if a < 0 || b > len(d.text) || a >= b {
		return false
	}
	for j := max(d.mentionBefore(a)+1, 0); j < len(d.mentions) && d.mentions[j].Start < b; j++ {
		if t := d.mentions[j].Type; t == core.Person || t == core.Organisation {
			return false
		}
	}
	head := phraseHead(d.text[a:b])
	if !eventNouns[head] && !documentNouns[head] {
		return false
	}
	return !isDocumentCue(cue) || eventNouns[head] && !documentNouns[head] && !saysLemma(cue)
}

// phraseHead returns the lower-case head noun of a source phrase: its last
// word before a preposition, a comma or a relative pronoun ("A sign at his
// headquarters" -> "sign", "The summit" -> "summit").
func phraseHead(p string) string {
	head := ""
	for _, w := range strings.Fields(p) {
		lw := strings.ToLower(strings.Trim(w, ",.;:\"“”'’"))
		if stopSubjects[lw] || adjuncts[lw] || lw == "of" || lw == "who" || lw == "which" {
			break
		}
		head = lw
		if strings.HasSuffix(w, ",") {
			break
		}
	}
	return possessiveHead(head)
}

func possessiveHead(w string) string {
	for _, suf := range []string{"'s", "’s"} {
		if t, ok := strings.CutSuffix(w, suf); ok {
			return t
		}
	}
	return w
}

// isDocumentCue reports whether any word of the cue is a document verb.
func isDocumentCue(cue string) bool {
	for _, w := range strings.Fields(strings.ToLower(cue)) {
		if documentVerbs[w] {
			return true
		}
		if vi, ok := lookupVerb(w); ok && documentVerbs[vi.lemma] {
			return true
		}
	}
	return false
}

// saysLemma reports whether the cue is a form of say, state or declare
// ("the summit declared"): the only cues an event takes.
func saysLemma(cue string) bool {
	for _, w := range strings.Fields(strings.ToLower(cue)) {
		if vi, ok := lookupVerb(w); ok && (vi.lemma == "say" || vi.lemma == "state" || vi.lemma == "declare") {
			return true
		}
	}
	return false
}

// namingVerbs credit a scare quote to the sentence's subject without a
// reporting cue ("Lind called the plan a “dead end”").
var namingVerbs = set("called", "calls", "calling", "call", "described", "describes", "describing",
	"dubbed", "dubs", "termed", "terms", "labeled", "labelled", "labels", "branded", "brands",
	"denounced", "denounces", "derided", "derides", "nicknamed", "praised", "praises", "hailed",
	"hails", "slammed", "slams", "blasted", "mocked", "decried", "warned", "vowed", "promised",
	"pledged", "urged", "insisted", "dismissed", "rejected")

// uncreditFragments takes the speaker off rule-found scare quotes whose
// source is a possessor ("Lind's comments are “very serious”"), and off
// those no cue attributes when nothing in the sentence makes their subject the one
// who used the words: a nickname inside a name (Mark “Deep Throat” Felt),
// a speaker that is the quote itself, or a subject with no naming verb
// between it and the quote, or a passive one ("the man dubbed the
// “Oddfather” by tabloids", "receiving a “genius grant”").
func (d *doc) uncreditFragments(qs []Quote) {
	for i := range qs {
		q := &qs[i]
		if !q.Fragment || q.SpeakerStart < 0 {
			continue
		}
		if d.possessiveSource(*q) {
			q.Speaker, q.SpeakerStart, q.SpeakerEnd = "", -1, -1
			continue
		}
		if q.Cue != "" {
			continue
		}
		if !d.namesBetween(q.SpeakerEnd, q.Start) || q.SpeakerStart >= q.Start-1 && q.SpeakerEnd <= q.End+1 {
			q.Speaker, q.SpeakerStart, q.SpeakerEnd = "", -1, -1
		}
	}
}

// namesBetween reports whether text[a:b] (from a subject to a scare
// quote) holds a naming verb used actively: no "by" or "as" after it.
func (d *doc) namesBetween(a, b int) bool {
	if a < 0 || b > len(d.text) || a >= b {
		return false
	}
	found := false
	for _, w := range strings.Fields(strings.ToLower(d.text[a:b])) {
		w = strings.Trim(w, ",.;:\"“”'’")
		switch {
		case namingVerbs[w]:
			found = true
		case found && (w == "by" || w == "as"):
			return false
		}
	}
	return found
}

// clauseOpeners open content that is a statement: a that- or wh-clause, or
// a clause with a pronoun subject.
var clauseOpeners = set("that", "whether", "if", "what", "how", "why", "who", "when", "where",
	"which", "he", "she", "they", "we", "i", "there")

// weakAttribution reports whether an attribution unit (not a quotation,
// not reported speech) credits no one's statement: its content is no
// clause (no that- or wh-clause, no pronoun subject, no quotation mark)
// and its cue is no speech cue (no reporting verb, no learned cue of
// precision 0.5 or more, no "according to") or is passive ("was known
// as", "has been accused of"; "was quoted as" is speech).
func (d *doc) weakAttribution(q Quote) bool {
	if q.Kind != KindAttribution || q.Direct {
		return false
	}
	if clausal(q.Text) || Characterisation(q.Cue, q.Text) {
		return false // a clause, or what the source called someone ("called the plan a hoax")
	}
	// A cue learned from PolNeAR that is no reporting verb ("called",
	// "discussed", "ruled", "pleaded") reports a statement only with words
	// in quotation marks ("called the caravan “a deliberate attempt”") or
	// a description ("assailed the agreement as flawed"): PolNeAR
	// annotates acts and beliefs as attributions too.
	marks := strings.IndexFunc(q.Text, isQuoteRune) >= 0 || strings.Contains(" "+lower(q.Text)+" ", " as ")
	speech, passive, aux := false, false, false
	for _, w := range strings.Fields(lower(q.Cue)) {
		switch {
		case w == "according" || w == "quoted":
			return false
		case w == "was" || w == "were" || w == "been" || w == "is" || w == "are" || w == "be" || w == "being":
			aux = true
		case aux && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "own") || strings.HasSuffix(w, "en")):
			passive = true
		}
		if _, ok := lookupVerb(w); ok {
			speech = true
		} else if c, ok := cueTable()[w]; ok && c.prec >= 0.5 && marks {
			speech = true
		}
	}
	return !speech || passive
}

// clausal reports whether content reads as a statement: it opens with a
// quotation mark, a that- or wh-word or a pronoun subject.
func clausal(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	return isQuoteRune(firstRune(f[0])) || clauseOpeners[lower(strings.Trim(f[0], ",.;:"))]
}

// possessiveSource reports whether a unit's source is a possessor ("Lind's
// comments on the port are “very serious”") and its content no clause: the
// possessor's words are the topic, not the statement.
func (d *doc) possessiveSource(q Quote) bool {
	if q.SpeakerStart < 0 || q.SpeakerEnd > len(d.text) || clausal(q.Text) {
		return false
	}
	rest := d.text[q.SpeakerEnd:min(len(d.text), q.SpeakerEnd+4)]
	src := d.text[q.SpeakerStart:q.SpeakerEnd]
	return strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") ||
		strings.HasSuffix(src, "'s") || strings.HasSuffix(src, "’s")
}
