package events

import (
	"sort"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// Phrases that decide who acts and on whom beyond the nearest name:
// speakers, places, the sides of a clash, "from" and "by" phrases.

// speechVerbs after a mention make it the speaker of the sentence.
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true,
	"stated": true, "noted": true, "reported": true, "wrote": true, "tweeted": true}

// speaker reports a mention followed by a speech verb ("Putin said") or
// told something ("told AFP"): the sentence's source, not the act's target.
func speaker(text string, m quotes.Mention, s sentence.Sentence) bool {
	after := strings.TrimLeft(text[m.End:s.End], " ,")
	w := after
	if i := strings.IndexAny(after, " ,.;:"); i >= 0 {
		w = after[:i]
	}
	before := strings.TrimRight(text[s.Start:m.Start], " ")
	if lw := strings.ToLower(w); lw == w && (lw == "newspaper" || lw == "agency" || lw == "daily" || lw == "news" || lw == "website") {
		// "the Munhwa Ilbo newspaper reported": the medium reports
		rest := strings.TrimLeft(after[len(w):], " ")
		if j := strings.IndexAny(rest, " ,.;:"); j > 0 && speechVerbs[rest[:j]] {
			return true
		}
	}
	if speechVerbs[strings.ToLower(w)] {
		// ", Putin said." but not "welcomed what Kim said"
		return before == "" || strings.HasSuffix(before, ",") || strings.ContainsAny(before[len(before)-1:], "\"”'’")
	}
	return strings.HasSuffix(before, " told") || strings.HasSuffix(before, "according to")
}

// notParty reports a miscellaneous name that cannot be acted on: an
// adjective of origin that names no state ("Korean") or a law, treaty or
// war.
func notParty(name string) bool {
	if _, ok := quotes.State(name); ok {
		return false
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	switch last {
	case "Act", "Treaty", "War", "Law", "Agreement", "Accord", "Convention":
		return true
	}
	return !strings.Contains(name, " ") && demonymLike(name)
}

// placePhrase reports a location mention that says where: after "in",
// "at", "near" ... (across "the": "in the Gulf of Aden") or inside a longer
// place name ("Gulf of Aden").
func placePhrase(toks []sentence.Token, m quotes.Mention) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > m.Start })
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch strings.ToLower(toks[k].Text) {
		case "in", "at", "near", "outside", "inside", "off", "across", "along":
			return true
		case "the":
			continue
		case "of":
			// "Gulf of Aden": part of a capitalised place name
			if k > 0 {
				r := []rune(toks[k-1].Text)
				return len(r) > 0 && unicode.IsUpper(r[0]) && k-1 > 0
			}
		}
		return false
	}
	return false
}

// between returns the sides of a trigger followed by "between X and Y"
// ("fighting between the army and the rebels", "clashes between police and
// protesters"): X acts, Y is the target. a is "" when the phrase is absent.
func between(text string, toks []sentence.Token, end int, ms []quotes.Mention, s sentence.Sentence) (a, b string) {
	// "fighting between ...", "fighting erupted between ..."
	for n := 0; n < 2 && end < len(toks) && strings.ToLower(toks[end].Text) != "between"; n++ {
		if !isWord(toks[end].Text) || toks[end].Text != strings.ToLower(toks[end].Text) {
			return "", ""
		}
		end++
	}
	if end >= len(toks) || strings.ToLower(toks[end].Text) != "between" {
		return "", ""
	}
	side := func(k int) (string, int) {
		for ; k < len(toks) && k < end+8; k++ {
			w := strings.ToLower(toks[k].Text)
			if w == "and" || w == "," || w == "." {
				return "", k
			}
			if in := mentionsIn(ms, toks[k].Start, s.End); len(in) > 0 && in[0].Start == toks[k].Start {
				n := actorName(text, in[0])
				for k < len(toks) && toks[k].End <= in[0].End {
					k++
				}
				return n, k
			}
			if groups[w] || protesters[w] || militaryWords[w] {
				if st, ok := quotes.State(toks[k-1].Text); ok {
					return st, k + 1 // "Ukrainian forces"
				}
				return toks[k].Text, k + 1
			}
		}
		return "", k
	}
	a, k := side(end + 1)
	for ; k < len(toks) && k < end+10 && strings.ToLower(toks[k].Text) != "and"; k++ {
	}
	if a == "" {
		return "", ""
	}
	if k >= len(toks) || strings.ToLower(toks[k].Text) != "and" {
		return a, "" // "fighting between rival militias"
	}
	b, _ = side(k + 1)
	return a, b
}

// fromActor returns the name or group of a "from" phrase right after token
// end ("came under fire from rebels"), "" when none.
func fromActor(text string, toks []sentence.Token, end int, ms []quotes.Mention, s sentence.Sentence) string {
	if end >= len(toks) || strings.ToLower(toks[end].Text) != "from" {
		return ""
	}
	last := ""
	for q := end + 1; q < len(toks) && q <= end+4; q++ {
		if in := mentionsIn(ms, toks[q].Start, s.End); len(in) > 0 && in[0].Start == toks[q].Start {
			return actorName(text, in[0])
		}
		w := strings.ToLower(toks[q].Text)
		if groups[w] || militaryWords[w] || protesters[w] {
			last = toks[q].Text
		} else if last != "" {
			break
		}
	}
	return last
}

// subjectMention returns the sentence's first mention when it opens the
// sentence (after at most a determiner): its grammatical subject.
func subjectMention(text string, toks []sentence.Token, ms []quotes.Mention, s sentence.Sentence) string {
	from := datelineEnd(s)
	in := mentionsIn(ms, from, s.End)
	if len(in) == 0 || len(toks) == 0 {
		return ""
	}
	m := in[0]
	first := 0
	for first < len(toks) && toks[first].Start < from {
		first++ // the subject opens the sentence after its dateline
	}
	if first >= len(toks) {
		return ""
	}
	if m.Start != toks[first].Start && !(first+1 < len(toks) && m.Start == toks[first+1].Start && determiners[strings.ToLower(toks[first].Text)]) {
		return ""
	}
	return actorName(text, m)
}

// quoted reports an odd number of quotation marks in text[from:at]: at
// lies inside a quotation opened in the sentence.
func quoted(text string, from, at int) bool {
	n := 0
	for _, r := range text[from:at] {
		switch r {
		case '"', '“', '”':
			n++
		}
	}
	return n%2 == 1
}
