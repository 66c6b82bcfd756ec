package claims

import (
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/storyline/storyline/internal/story/terms"
)

// Which agreement a claim is about. "Supports the deal" says nothing of
// which deal: two articles' unnamed deals are as often two deals as one.
// An agreement's key names it (Claim.Qualifier): by the sentence's own
// words ("the Puerto Rico debt deal", "a deal with Ostmark"), else by the
// last deal the article named before ("the Iran nuclear deal ... Trump
// has threatened to scrap the deal"), else by the sentence itself, so
// that an agreement no one can tell groups with nothing.

// dealWords are the heads an article names an agreement with (their
// lower-case forms, prefixes of the plural and verb forms too).
var dealWords = []string{"deal", "agreement", "accord", "pact", "treat", "compromise", "arrangement"}

// mayNameDeal reports whether s holds an agreement's head word.
func mayNameDeal(s string) bool {
	low := strings.ToLower(s)
	for _, w := range dealWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// noteDeal records in doc the last agreement sentence s names.
func (e *Extractor) noteDeal(s string, doc *article) {
	if !mayNameDeal(s) {
		return
	}
	ws := e.words(s)
	for h := range ws {
		if objectOf(ws, h) != "settlement" {
			continue
		}
		if q, show := namedDeal(ws, h); q != "" {
			doc.deal, doc.dealShow = q, show
		}
	}
}

// namedDeal names the agreement headed at ws[h] as a sentence names it: a
// capitalised run ending at the head or before it past at most two
// lower-case modifiers ("the North American Free Trade Agreement", "the
// Puerto Rico debt deal", "the Iran nuclear deal"), else the party after
// "with" or "between" ("a deal with Ostmark"). "" when it names none.
func namedDeal(ws []word, h int) (string, string) {
	k := h
	if !ws[h].capital {
		for k > 0 && h-k < 2 && !ws[k-1].capital && !ws[k-1].stop && !determiners[ws[k-1].low] &&
			!terms.IsStop(ws[k-1].low) && !unspecific[ws[k-1].low] {
			k-- // "debt", "nuclear"
		}
	}
	end := k
	if k == h && ws[h].capital {
		end = h + 1 // the head is the run's last word: "Agreement"
	}
	start := end
	for start > 0 && ws[start-1].capital && !ws[start-1].possessive && !ws[start-1].stop &&
		!terms.IsStop(ws[start-1].low) && !nonNames[ws[start-1].low] {
		start--
	}
	if end == h+1 {
		end = h // the run without its head: "North American Free Trade"
	}
	if start < end && (start > 0 || end-start > 1 || metonyms[ws[start].low] != "" || countryOf(ws[start].low) != "") {
		return qualRun(ws[start:end])
	}
	return dealParty(ws, h)
}

// dealParty names whom an agreement at ws[h] is with: the name after
// "with", "between" or "among" ("a nuclear agreement with Iran"). ""
// when none follows.
func dealParty(ws []word, h int) (string, string) {
	j := h + 1
	if ws[h].stop || j >= len(ws) || ws[j].low != "with" && ws[j].low != "between" && ws[j].low != "among" {
		return "", ""
	}
	j++
	for j < len(ws) && (determiners[ws[j].low] || ws[j].low == "a") {
		j++
	}
	if j >= len(ws) || !ws[j].capital || terms.IsStop(ws[j].low) || nonNames[ws[j].low] || isTitle(strings.TrimSuffix(ws[j].low, ".")) {
		return "", ""
	}
	k := j
	for k+1 < len(ws) && k-j < 2 && ws[k+1].capital && !ws[k].stop && !ws[k].possessive {
		k++
	}
	return joinRun(ws[j : k+1])
}

// unnamedDeal is the qualifier of an agreement its sentence and article
// leave unnamed: the sentence's own, so that it groups with no other
// sentence's ("?" and a hash of the sentence).
func unnamedDeal(s string) string {
	h := fnv.New32a()
	h.Write([]byte(strings.Join(strings.Fields(s), " ")))
	return "?" + strconv.FormatUint(uint64(h.Sum32()), 36)
}

// definiteDeal reports whether the first agreement after ws[p] is one the
// reader knows ("scrap the deal", "remain in this agreement"), which the
// article's last named agreement may stand for; "a deal" is none.
func definiteDeal(ws []word, p int) bool {
	for h := p + 1; h < len(ws) && h <= p+8; h++ {
		if objectOf(ws, h) != "settlement" {
			continue
		}
		for k := h - 1; k > p && k >= h-3; k-- {
			switch ws[k].low {
			case "the", "this", "that":
				return true
			case "a", "an", "any", "another", "new":
				return false
			}
		}
		return false
	}
	return false
}

// firstDeal is the first agreement the article names anywhere, and as
// the text writes it ("", "" for none), computed once.
func (e *Extractor) firstDeal(doc *article) (string, string) {
	if !doc.firstDone {
		doc.firstDone = true
		probe := &article{}
		for _, s := range sentencesOf(doc.text) {
			if e.noteDeal(s, probe); probe.deal != "" {
				doc.first = [2]string{probe.deal, probe.dealShow}
				break
			}
		}
	}
	return doc.first[0], doc.first[1]
}
