package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
)

// A person whose surname is a month ("Theresa May") is named by the
// surname alone later in the article ("May said ..."), and the tagger,
// which has learnt "May" as a month, leaves it untagged. monthSurnameUses
// adds those uses as mentions of a person when the article names such a
// person in full and the word stands where a person does: before a
// possessive, after an honorific or title ("Mrs. May", "Prime Minister
// May"), or before a verb ("May said", "May has"), and never where a date
// does (after "in", "since", "last" or a number, before a number).
func monthSurnameUses(text string, ms []ner.Mention) []ner.Mention {
	var words []string
	for _, m := range ms {
		f := strings.Fields(m.Text)
		if m.Type != core.Person || len(f) < 2 {
			continue
		}
		for _, w := range monthSurnames {
			if f[len(f)-1] == w {
				words = append(words, w)
			}
		}
	}
	if len(words) == 0 {
		return ms
	}
	covered := func(start, end int) bool {
		for _, m := range ms {
			if m.Start < end && start < m.End {
				return true
			}
		}
		return false
	}
	var added []ner.Mention
	for _, w := range words {
		for from := 0; ; {
			i := strings.Index(text[from:], w)
			if i < 0 {
				break
			}
			start := from + i
			end := start + len(w)
			from = end
			if !wordAt(text, start, end) || covered(start, end) || !personUse(text, start, end) {
				continue
			}
			added = append(added, ner.Mention{Text: w, Type: core.Person, Start: start, End: end})
		}
	}
	if len(added) == 0 {
		return ms
	}
	out := append(append([]ner.Mention(nil), ms...), added...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// wordAt reports whether text[start:end] is a whole word.
func wordAt(text string, start, end int) bool {
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// dateWordsBefore put a month word in a date ("in May", "last May").
var dateWordsBefore = map[string]bool{
	"in": true, "on": true, "of": true, "since": true, "until": true, "till": true, "by": true,
	"last": true, "next": true, "this": true, "early": true, "late": true, "mid": true, "from": true,
	"through": true, "during": true, "before": true, "after": true, "between": true, "and": true,
	"or": true, "to": true, "end": true, "each": true, "every": true, "that": true, "in-": true,
}

// personAfter are words after which a name stands ("Mrs. May").
var personAfter = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "mr": true, "mrs": true, "ms": true, "dr.": true,
	"minister": true, "president": true, "premier": true, "chancellor": true, "leader": true,
	"secretary": true, "senator": true, "sen.": true, "rep.": true, "gov.": true, "governor": true,
}

// personUse reports whether the word at text[start:end] stands where a
// person does (see monthSurnameUses).
func personUse(text string, start, end int) bool {
	before := strings.Fields(text[max(0, start-40):start])
	prev := ""
	if len(before) > 0 {
		prev = strings.ToLower(before[len(before)-1])
	}
	if dateWordsBefore[strings.Trim(prev, ",")] {
		return false
	}
	if prev != "" {
		if r, _ := utf8.DecodeRuneInString(prev); unicode.IsDigit(r) {
			return false // "5 May"
		}
	}
	rest := text[end:]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return true
	}
	after := strings.Fields(rest[:min(len(rest), 40)])
	if len(after) > 0 {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(after[0], ",")); unicode.IsDigit(r) {
			return false // "May 5", "May, 2019"
		}
	}
	if personAfter[prev] {
		return true
	}
	if len(after) == 0 || !strings.HasPrefix(rest, " ") {
		return false
	}
	next := strings.Trim(after[0], ",.;:")
	if next == "" || next != strings.ToLower(next) {
		return false
	}
	return personVerbs[next] || strings.HasSuffix(next, "ed") && len(next) > 4
}

// personVerbs follow a person's name as its verb ("May said").
var personVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "has": true, "had": true,
	"is": true, "was": true, "will": true, "would": true, "could": true, "can": true, "should": true,
	"must": true, "wants": true, "met": true, "spoke": true, "speaks": true, "made": true, "makes": true,
	"insists": true, "argues": true, "warns": true, "hopes": true, "faces": true, "gave": true, "gives": true,
	"took": true, "takes": true, "went": true, "goes": true, "did": true, "does": true, "thinks": true,
	"believes": true, "knows": true, "sees": true, "saw": true, "wrote": true, "writes": true,
}
