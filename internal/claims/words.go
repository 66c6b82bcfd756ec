package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type word struct {
	raw, low, stem string
	capital        bool
	possessive     bool
	stop           bool // punctuation followed: a clause edge
	quoteEnd       bool // a closing quotation mark followed
}

func (e *Extractor) words(s string) []word {
	fs := strings.Fields(s)
	ws := make([]word, 0, min(len(fs), 401))
	for _, f := range fs {
		w := strings.TrimLeft(f, "\"'“‘([—-")
		end := strings.TrimRight(w, "\"'”’)].,;:!?—")
		stop := len(end) < len(w) && strings.ContainsAny(w[len(end):], ".,;:!?")
		if stop && (abbreviations[strings.ToLower(w)] || strings.Contains(end, ".") && strings.HasPrefix(w[len(end):], ".") && len(w)-len(end) == 1) {
			stop = false // "Mr." and "U.N." end no clause
		}
		if stop && len(end) == 1 && end[0] >= 'A' && end[0] <= 'Z' && w[1:] == "." {
			stop = false // an initial: "Donald J. Trump"
		}
		quoteEnd := len(end) < len(w) && strings.ContainsAny(w[len(end):], "\"”")
		w = end
		for _, suf := range contractions {
			if !strings.ContainsAny(w, "'’") {
				break
			}
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				w = strings.TrimSuffix(w, suf) // "he'd", "I’ll": the pronoun
				break
			}
		}
		poss := false
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				w, poss = strings.TrimSuffix(w, suf), true
				break
			}
		}
		if w == "" && len(ws) > 0 && (strings.Trim(f, "—–") == "" || f == "--") {
			ws[len(ws)-1].stop = true // a dash ends a clause
		}
		if w == "" || partyTag(w) {
			continue // "(D-Va.)" names no one
		}
		low := strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		ws = append(ws, word{raw: w, low: low, stem: e.stem.Stem(low), capital: unicode.IsUpper(r), possessive: poss, stop: stop, quoteEnd: quoteEnd})
		if len(ws) > 400 {
			break
		}
	}
	return dropAsides(ws)
}

// asides are the parentheticals a writer sets between a subject and its
// verb: "Snyder, for his part, has denied ...".
var asides = [][]string{{"for", "his", "part"}, {"for", "her", "part"}, {"for", "its", "part"}, {"for", "their", "part"},
	{"however"}, {"meanwhile"}, {"in", "turn"}, {"in", "response"}, {"in", "a", "statement"}}

// dropAsides takes an aside (asides) out from between a name and a lower
// case word ("Tarel, for his part, has denied" reads "Tarel has denied"),
// so that every rule finds the verb's subject right before it.
func dropAsides(ws []word) []word {
	for k := 0; k+2 < len(ws); k++ {
		if !ws[k].capital || !ws[k].stop || ws[k].quoteEnd {
			continue
		}
		for _, a := range asides {
			end := k + len(a) // the aside's last word
			if end+1 >= len(ws) || !ws[end].stop || ws[end].quoteEnd || ws[end+1].capital {
				continue
			}
			same := true
			for n, x := range a {
				if ws[k+1+n].low != x || n < len(a)-1 && ws[k+1+n].stop {
					same = false
					break
				}
			}
			if same {
				ws[k].stop = false
				ws = append(ws[:k+1], ws[end+1:]...)
				break
			}
		}
	}
	return ws
}

// partyTag reports whether w is a US party-and-state tag ("D-Va", "R-N.H").
func partyTag(w string) bool {
	return len(w) >= 4 && strings.ContainsRune("DRI", rune(w[0])) && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// abbreviations are words whose full stop ends no clause.
var abbreviations = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "sen.": true,
	"gov.": true, "rep.": true, "gen.": true, "st.": true, "jr.": true, "sr.": true, "lt.": true, "col.": true}

var contractions = []string{"'d", "’d", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'m", "’m"}

// hedgeWords before a stance make it no statement of its holder: a
// condition or a question ("if Valdoria is ready", "whether she opposes"),
// or someone else's report of it that is denied, doubted or called a lie
// ("dismissed Tehran's insistence", "denied that Ostmark refused", "is
// lying about her support").
var hedgeWords = map[string]bool{"if": true, "whether": true, "unless": true, "denied": true, "denies": true,
	"deny": true, "denying": true, "dismissed": true, "dismisses": true, "dismissing": true, "alleged": true,
	"allegedly": true, "allegation": true, "allegations": true, "rumor": true, "rumors": true, "rumours": true,
	"speculation": true, "speculated": true, "reportedly": true, "lying": true, "lied": true, "lies": true,
	"falsely": true, "accused": true, "accuses": true, "accusing": true}

// hedged reports whether the stance at ws[i] is conditional, questioned or
// reported as someone else's word.
func hedged(ws []word, i int, s string) bool {
	if strings.HasSuffix(strings.TrimRight(s, " \"'”’)»"), "?") {
		return true
	}
	for _, w := range ws[:i] {
		if hedgeWords[w.low] {
			return true
		}
	}
	for j := i + 1; j < min(len(ws), i+16); j++ {
		if (ws[j].low == "if" || ws[j].low == "unless") && ws[j-1].low != "and" && ws[j-1].low != "but" {
			return true // "could agree to a new deal if it was strong enough"
		}
		if ws[j].stop {
			break // "supported the sanctions, and if these fail": another clause
		}
	}
	return false
}

// stanceCues are lower-case prefixes one of which every stance or pledge
// word opens with; a sentence without any is skipped cheaply.
var stanceCues = []string{"read", "willing", "prepar", "eager", "keen", "open", "refus", "reject",
	"unwil", "reluct", "support", "back", "endors", "welcom", "oppos", "condemn", "demand", "insist", "urg", "call", "rebuf", "spurn", "seek", "sought", "agree", "commit",
	"vow", "pledg", "promis", "criticiz", "criticis", "denounc", "push", "encourag", "lobb", "appeal", "pressur", "pressed", "pressing", "swor",
	"deni", "deny", "accus", "blam", "warn", "threaten to", "threatens to", "threatened to", "threatening to", "in favo", "want to", "wants to",
	"wanted to", "wanting to", "dismiss", "no truth"}

// cuesByFirst indexes stanceCues by their first byte (a read-only table).
var cuesByFirst = func() (t [256][]string) {
	for _, c := range stanceCues {
		t[c[0]] = append(t[c[0]], c)
	}
	return t
}()

func mayHoldStance(s string) bool {
	// Cues are lower case inside words; a capitalised cue can only open
	// the sentence or a name, so the raw text and its lowered head suffice.
	return hasCue(s) || hasCue(strings.ToLower(s[:min(len(s), 16)]))
}

func hasCue(s string) bool {
	for i := 0; i < len(s); i++ {
		if i > 0 && (s[i-1]|0x20 >= 'a' && s[i-1]|0x20 <= 'z') {
			continue // cues open words: "compromise" holds no "promis"
		}
		for _, c := range cuesByFirst[s[i]] {
			if strings.HasPrefix(s[i:], c) {
				return true
			}
		}
	}
	return false
}

func stanceOf(w word) string {
	switch w.low {
	case "willing":
		return "ready"
	case "unwilling":
		return "refuse"
	case "criticized", "criticised", "criticizes", "criticises", "criticize", "criticise", "criticizing", "criticising":
		return "oppose" // not "critics", "critical", "criticism"
	}
	return stances[w.stem]
}

// sentence finds the claims of one sentence. firstPerson, when set, is the
// holder of "we"/"I" (a quote's speaker).
