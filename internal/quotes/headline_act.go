package quotes

import (
	"strings"
	"sync"

	"github.com/storyline/storyline/internal/sentence"
)

// cueStemPrecision maps a stem of cueStemCounts (cue at least three times
// on PolNeAR train) to its train precision as a cue word.
// Built at first use.
var cueStemPrecision = sync.OnceValue(func() map[string]float64 {
	m := make(map[string]float64, len(cueStemCounts))
	for _, c := range cueStemCounts {
		if c.cue >= 3 && c.total > 0 {
			m[c.stem] = float64(c.cue) / float64(c.total)
		}
	}
	return m
})

// headlineMinPrec is the train cue precision a headline's verb needs
// (headlineAct).
const headlineMinPrec = 0.2

// headlineSubjectWords may stand inside a headline's capitalised subject.
var headlineSubjectWords = set("of", "and", "&", "’s", "'s", "-", "for", "in", "at")

// headlineAct finds "SUBJECT VERB REST" in a headline's tokens: a
// capitalised subject of one to six words (no determiner first), then a
// verb in -s after no auxiliary or "to" whose stem the train lexicon rates
// as a cue at minPrec or more, then what it says or does. It returns token indexes: the subject
// [0, v), the verb v and the rest [v+1, e).
func headlineAct(toks []sentence.Token, minPrec float64) (v, e int, ok bool) {
	e = len(toks)
	for e > 0 && !startsWord(toks[e-1].Text) {
		e--
	}
	if e < 3 || dets[lower(toks[0].Text)] {
		return 0, 0, false
	}
	for k := 1; k < min(e-1, 7); k++ {
		w := toks[k].Text
		if !startsWord(w) {
			return 0, 0, false
		}
		lw := lower(w)
		if p, has := cueStemPrecision()[stem(lw)]; has && p >= minPrec && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") && !frameAux[lower(toks[k-1].Text)] && lower(toks[k-1].Text) != "to" {
			if isCap(toks[0].Text) {
				return k, e, true
			}
			return 0, 0, false
		}
		if !isCap(w) && !headlineSubjectWords[lw] {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// headlineLabel finds "LABEL: REST" in a headline's tokens where the label
// is one colonLabel does not take, up to six words with lower-case ones
// among them ("Clinton camp: ...", "Former AG Lind at the rally: ..."),
// none an auxiliary, a reporting verb or a label word ("Breaking",
// "Watch"). It returns the colon's index.
func headlineLabel(toks []sentence.Token) (int, bool) {
	if len(toks) == 0 || notSpeakers[toks[0].Text] {
		return 0, false
	}
	for k := 1; k < len(toks) && k <= 6; k++ {
		w := toks[k].Text
		if w == ":" {
			return k, true
		}
		lw := lower(w)
		if !startsWord(w) && w != "’s" && w != "'s" || notSpeakers[w] || frameAux[lw] || lw == "no" {
			return 0, false
		}
		if _, verb := lookupVerb(lw); verb {
			return 0, false
		}
	}
	return 0, false
}
