package quotes

// Indefinite descriptions as sources: "a Foreign Office spokeswoman said",
// "a rival general manager indicated", "a representative for Mr. Reyes
// said" bring in someone new, who is never the person last named. The body
// the phrase names speaks through them; else the person they speak for;
// else the phrase itself names the speaker.

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// indefiniteHeads are the extra head nouns of indefinite descriptions
// besides roleNouns and proxyNouns.
var indefiniteHeads = set("officer", "employee", "worker", "executive", "agent", "investigator",
	"detective", "trooper", "constable", "researcher", "scientist", "professor", "teacher",
	"doctor", "physician", "nurse", "engineer", "consultant", "director")

// indefiniteStops end the words before an indefinite description's head.
var indefiniteStops = set("for", "of", "to", "at", "with", "from", "in", "on", "who", "whose",
	"that", "which", "and", "or", "said", "says", "told")

// indefiniteSource names the source phrase text[a:b] when it is an
// indefinite description of a speaker: "a"/"an" (in the phrase or just
// before it), lower-case modifiers or a body's name, and a role head
// noun, before any preposition or relative clause. The speaker is the
// organisation or capitalised body named before the head ("a [Foreign
// Office] spokeswoman", "a [Sam's Club] spokesperson"), the person the
// head speaks for ("a representative for Mr. Reyes" -> "Tom Reyes's
// representative"), an organisation after the head ("a spokesman for the
// Velsk Port Authority"), else the phrase. ok is false for any other
// phrase.
func (d *doc) indefiniteSource(a, b int) (speaker string, ok bool) {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= a })
	if i >= len(d.toks) || d.toks[i].Start != a {
		return "", false
	}
	start, k := a, i
	switch {
	case isIndefinite(d.toks[i].Text) || strings.EqualFold(d.toks[i].Text, "one") && !d.exclusive:
		k = i + 1 // "One strategist described": a source not named, not the last one who was
	case i > 0 && isIndefinite(d.toks[i-1].Text) && d.sentenceAt(d.toks[i-1].Start) == d.sentenceAt(a):
		start = d.toks[i-1].Start // "quotes a [S federal spokesman]"
	default:
		return "", false
	}
	if f := strings.Fields(d.text[max(0, start-12):start]); len(f) > 0 && (lower(f[len(f)-1]) == "through" || lower(f[len(f)-1]) == "via") {
		return "", false // "Reyes, through a spokeswoman, declined": Reyes speaks
	}
	// The words up to a preposition or relative pronoun; the last is the
	// head, the capitalised words just before it the body's name.
	n := k
	for n < len(d.toks) && d.toks[n].End <= b && n-k < 7 {
		lw := lower(d.toks[n].Text)
		if indefiniteStops[lw] || !startsWord(lw) && !isPossessiveMark(lw) {
			break
		}
		n++
	}
	if n-k < 1 {
		return "", false
	}
	h := n - 1
	head := lower(d.toks[h].Text)
	if !roleNouns[head] && !proxyNouns[head] && !indefiniteHeads[head] || head == "campaign" || isCap(d.toks[h].Text) {
		return "", false
	}
	capFrom := h
	for capFrom > k && (isCap(d.toks[capFrom-1].Text) || isPossessiveMark(lower(d.toks[capFrom-1].Text))) {
		capFrom--
	}
	if capFrom < h {
		if name, ok := d.bodyName(d.toks[capFrom].Start, d.toks[h-1].End); ok {
			return name, true
		}
	}
	for m := max(d.mentionBefore(d.toks[h].End)+1, 0); m < len(d.mentions) && d.mentions[m].Start < b; m++ {
		mm := d.mentions[m]
		if mm.Start < d.toks[h].End {
			continue
		}
		if mm.Type == core.Organisation {
			return mm.Name, true // "a spokesman for the Velsk Port Authority"
		}
		if mm.Type == core.Person && proxyNouns[head] {
			return mm.Name + "'s " + head, true // "a representative for Mr. Reyes"
		}
		break
	}
	return possessive(trimRelative(strings.TrimSpace(d.text[start:b]))), true
}

// isPossessiveMark reports whether the lower-cased token w is a
// possessive ending ("'s") or a word carrying one ("sam's").
func isPossessiveMark(w string) bool {
	return w == "'s" || w == "’s" || w == "'" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// bodyName names the capitalised words text[a:b] before an indefinite
// description's head: an organisation mention among them, else the words
// themselves unless they are only a place, a demonym or a person.
func (d *doc) bodyName(a, b int) (string, bool) {
	words := strings.TrimSpace(d.text[a:b])
	if words == "" {
		return "", false
	}
	if strings.Contains(words, "'s ") || strings.Contains(words, "’s ") {
		return words, true // "Sam's Club": a business named for a person
	}
	named := false
	for m := max(d.mentionBefore(a)+1, 0); m < len(d.mentions) && d.mentions[m].Start < b; m++ {
		mm := d.mentions[m]
		if mm.Start < a || mm.End > b {
			continue
		}
		named = true
		if mm.Type == core.Organisation {
			return mm.Name, true
		}
	}
	if named || demonyms[words] != "" || len(strings.Fields(words)) == 1 && !orgWords[words] {
		return "", false
	}
	return words, true
}

// isIndefinite reports whether w is an indefinite article.
func isIndefinite(w string) bool {
	lw := lower(w)
	return lw == "a" || lw == "an" || lw == "another"
}
