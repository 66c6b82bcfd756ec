package quotes

// Spaced hyphens (ECB+ writes "state - run TV", "long - held"): a source run
// the tagger began inside such a compound is widened to the whole of it.

import "strings"

// widenHyphen widens source run r leftwards over a compound joined by a
// spaced hyphen ("State - [S run TV]" -> "[S State - run TV]"). A widened
// run that is only lower-case modifiers after a possessive determiner
// ("its long - [S held] [C demand]") gives way to the determiner: the
// owner speaks. r unchanged otherwise.
func (d *doc) widenHyphen(r tagRun) tagRun {
	if r.kind == 0 || r.a < 2 || r.b > len(d.toks) {
		return r
	}
	if w := d.toks[r.a].Text; isCap(w) || !startsWord(w) || pronouns[lower(w)] || stopSubjects[lower(w)] || dashWords[lower(w)] || mannerAdverb(w) {
		return r // "interviews - [S he] talks", "victory - [S only] saying": a dash
	}
	a := r.a
	for a >= 2 && a-r.a > -6 && d.spacedHyphen(a-1) {
		a -= 2
	}
	if a == r.a {
		return r
	}
	if a > 0 && possessivePronoun[lower(d.toks[a-1].Text)] != "" && d.clauseSubj {
		lowerOnly := true
		for i := a; i < r.b; i++ {
			if isCap(d.toks[i].Text) {
				lowerOnly = false
			}
		}
		if lowerOnly && d.sentenceAt(d.toks[a-1].Start) == d.sentenceAt(d.toks[r.a].Start) {
			return tagRun{kind: r.kind, a: a - 1, b: a}
		}
	}
	return tagRun{kind: r.kind, a: a, b: r.b}
}

// dashWords open a clause after a dash rather than end a compound.
var dashWords = set("only", "even", "also", "just", "then", "but", "and", "or", "not", "so")

// spacedHyphen reports whether token i is a hyphen standing between two
// words with a space on each side, in one sentence.
func (d *doc) spacedHyphen(i int) bool {
	if i < 1 || i+1 >= len(d.toks) || d.toks[i].Text != "-" {
		return false
	}
	p, h, n := d.toks[i-1], d.toks[i], d.toks[i+1]
	if p.End >= h.Start || h.End >= n.Start || !startsWord(p.Text) || !startsWord(n.Text) {
		return false
	}
	return !strings.ContainsAny(d.text[p.End:n.Start], "\n\r") && d.sentenceAt(p.Start) == d.sentenceAt(n.Start)
}

// joinSpacedHyphens closes the spaced hyphens of a phrase standing as a
// speaker's name ("State - run TV" -> "State-run TV").
func joinSpacedHyphens(p string) string {
	if !strings.Contains(p, " - ") {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == ' ' && strings.HasPrefix(p[i:], " - ") && i > 0 && p[i-1] != ' ' && i+3 < len(p) && p[i+3] != ' ' {
			b.WriteByte('-')
			i += 2
			continue
		}
		b.WriteByte(p[i])
	}
	return b.String()
}
