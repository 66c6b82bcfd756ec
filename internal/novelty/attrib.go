package novelty

import (
	"slices"
	"strings"
)

// Attribution compression: a sentence is judged on what it reports, not on
// who reported it. "Traffic was hit by the outage, according to Oren Malk,
// chief officer with Tarn Networks" reports the outage; the source's name,
// title and employer are no part of the fact, and counted as content they
// made a known fact read as a new statement (its share said before fell
// under the bar). reported cuts such a clause off a sentence for judging;
// the sentence is still remembered whole (its source is then known).

// reportVerbs are the verbs that make a clause an attribution.
var reportVerbs = []string{"said", "says", "told", "added", "adds", "reported", "reports", "stated",
	"explained", "confirmed", "noted", "announced", "insisted", "claimed", "declared"}

// leadVerbs are the verbs after which an opening speaker's clause ends
// ("Oren Malk said that ..."): fewer than reportVerbs, since "confirmed
// that" or "announced" may be the news itself.
var leadVerbs = []string{"said", "says", "told"}

// Limits of an attribution clause, in words.
const (
	maxTailWords = 14 // ", said Oren Malk, a spokesman for the Tarn company"
	maxLeadWords = 10 // "Tarn Networks chief officer Oren Malk said"
)

// reported returns s without its attribution clause: a closing one
// (", according to X", ", said X, a spokesman for Y", ", X said
// Tuesday") or an opening one ("According to X, ...", "X said that ...").
// s itself when it has none.
func reported(s string) string {
	if !mayReport(s) {
		return s
	}
	body := strings.TrimRight(s, " .\"'”’")
	if t, ok := cutTail(body); ok {
		return t
	}
	if t, ok := cutLead(body); ok {
		return t
	}
	return s
}

// mayReport reports whether s holds a report verb or "according" at all
// (most sentences do not): the cheap test before the clause search.
func mayReport(s string) bool {
	if strings.Contains(s, "ccording") {
		return true
	}
	for _, v := range reportVerbs {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}

// cutTail cuts a closing attribution clause off body (s without its final
// punctuation), trying the clauses after its last three commas.
func cutTail(body string) (string, bool) {
	end := len(body)
	for n := 0; n < 3; n++ {
		c := strings.LastIndexByte(body[:end], ',')
		if c <= 0 {
			return "", false
		}
		end = c
		tail := strings.TrimLeft(body[c+1:], " \"'“”‘’")
		ws := strings.Fields(strings.ToLower(tail))
		if len(ws) == 0 || len(ws) > maxTailWords || strings.ContainsAny(tail, "\"“”") {
			continue
		}
		// ", according to X", ", said X" ("insisted X did" is no source's clause)
		opens := ws[0] == "according" && len(ws) > 1 && ws[1] == "to" || ws[0] == "said" || ws[0] == "says"
		// ", Oren Malk said", ", police said Tuesday", ", the company said in a statement"
		closes := false
		if len(ws) <= 8 {
			for i := max(1, len(ws)-4); i < len(ws); i++ {
				if slices.Contains(reportVerbs, strings.Trim(ws[i], ".,;:")) {
					closes = true
					break
				}
			}
		}
		if !opens && !closes {
			continue
		}
		head := strings.TrimRight(body[:c], " \"'”’")
		if len(strings.Fields(head)) < 3 {
			return "", false
		}
		return head, true
	}
	return "", false
}

// cutLead cuts an opening attribution clause off body: "According to X,"
// up to its comma, or a speaker of a few words before "said" ("that"
// with it), with no quotation before.
func cutLead(body string) (string, bool) {
	ws := strings.Fields(body)
	if len(ws) < 5 {
		return "", false
	}
	low := strings.ToLower(ws[0])
	if low == "according" && strings.EqualFold(ws[1], "to") {
		for i := 2; i < len(ws) && i <= maxLeadWords; i++ {
			if strings.HasSuffix(ws[i], ",") {
				if rest := ws[i+1:]; len(rest) >= 3 {
					return strings.Join(rest, " "), true
				}
				return "", false
			}
		}
		return "", false
	}
	if strings.ContainsAny(ws[0], "\"“‘'") {
		return "", false
	}
	for i := 1; i < len(ws) && i <= maxLeadWords; i++ {
		w := strings.ToLower(ws[i])
		if strings.ContainsAny(w, "\"“”") {
			return "", false
		}
		if !slices.Contains(leadVerbs, w) {
			continue
		}
		j := i + 1
		if j < len(ws) && strings.EqualFold(ws[j], "that") {
			j++
		}
		if rest := ws[j:]; len(rest) >= 3 {
			return strings.Join(rest, " "), true
		}
		return "", false
	}
	return "", false
}

// inReport reports whether the name or number key k is written in the
// reported part r of a sentence (lower case, accents off as keys are).
func inReport(r, k string) bool {
	_, v, _ := strings.Cut(k, ":")
	return strings.Contains(strings.ToLower(r), v)
}
