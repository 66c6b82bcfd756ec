package quotes

import "strings"

// Unit rules of the twenty-fourth session (quotes9): classes the sixteenth
// session found the -cuelex tagger losing in article context, written on
// the words so that they hold on either model's tags.

// quotedObject returns tags where an active "M quoted Y as saying C" (or
// "cited Y as saying") reads as Y's attribution: Y the source, "as saying
// [that]" the cue, C the content, and the medium M and "quoted" outside
// it. The tagger tags M as the source ("[S Reuters] [C quoted] [C Ana Lind
// as saying] ..."), or takes "Y as saying that" into the content. The
// passive "Y was quoted by M as saying" is quotedBySubject's.
func (d *doc) quotedObject(tags []int8) []int8 {
	var out []int8
	for v := 1; v+3 < len(d.toks) && v < len(tags); v++ {
		w := lower(d.toks[v].Text)
		if w != "quoted" && w != "cited" {
			continue
		}
		switch lower(d.toks[v-1].Text) {
		case "was", "were", "is", "are", "been", "being", "be", "widely", "often", "later", "also", "he", "she", "they", "it":
			continue // passive, or a person quoting someone else's words
		}
		si := d.sentenceAt(d.toks[v].Start)
		hi := d.sentEnd(si)
		as := -1
		for k := v + 2; k < len(d.toks) && k <= v+7 && d.toks[k].Start < hi; k++ {
			t := lower(d.toks[k].Text)
			if t == "," || t == ";" || t == "by" || t == "\"" {
				break
			}
			if t == "as" {
				as = k
				break
			}
		}
		if as < 0 || as+2 >= len(d.toks) || as+2 >= len(tags) {
			continue
		}
		switch lower(d.toks[as+1].Text) {
		case "saying", "telling", "stating", "warning", "adding":
		default:
			continue
		}
		np := d.toks[v+1 : as]
		if f := firstRune(np[0].Text); !(f >= 'A' && f <= 'Z') && !determiner(lower(np[0].Text)) {
			continue
		}
		if at, ok := d.phraseEndingAt(np, len(np)-1); !ok || at.speaker == "" {
			continue
		}
		c := as + 2 // the content's first token
		if c < len(d.toks) && (lower(d.toks[c].Text) == "that" || d.toks[c].Text == ":" || d.toks[c].Text == ",") {
			c++
		}
		if c >= len(tags) || d.toks[c].Start >= hi {
			continue
		}
		if out == nil {
			out = append([]int8(nil), tags...)
		}
		// The medium before "quoted" leaves the source.
		for k := v - 1; k >= 0 && (out[k] == tagBSrc || out[k] == tagISrc); k-- {
			out[k] = tagO
		}
		out[v] = tagO
		for k := v + 1; k < as; k++ {
			out[k] = tagISrc
		}
		out[v+1] = tagBSrc
		for k := as; k < c; k++ {
			out[k] = tagICue
		}
		out[as] = tagBCue
		if out[c] != tagBCon && out[c] != tagICon || out[c] == tagICon && (out[c-1] != tagBCon && out[c-1] != tagICon) {
			out[c] = tagBCon
		} else if out[c] == tagICon {
			out[c] = tagBCon
		}
		for k := c + 1; k < len(out) && d.toks[k].Start < hi && out[k] == tagO; k++ {
			if d.toks[k].Text == "." && k+1 < len(d.toks) && d.toks[k+1].Start >= hi {
				break
			}
			out[k] = tagICon
		}
	}
	if out == nil {
		return tags
	}
	return out
}

// determiner reports whether w (lower case) opens a noun phrase as an
// article or quantifier.
func determiner(w string) bool {
	switch w {
	case "a", "an", "the", "one", "two", "another", "some", "several", "his", "her", "its", "their":
		return true
	}
	return false
}

// namedByOthers reports whether a cue run is a participle of naming set off
// after the noun it describes and followed right away by the quotation
// that is the unit's content ("The mayor, [C known as] “the Bulldozer” to
// his critics"; ", nicknamed “...”", ", dubbed “...”"): a name others gave,
// no one's statement, so the unit has no speaker. con is the content's
// first token. An active "X, a former rival, labeled Mr. Lind “unfit”"
// has its object before the quotation and is left alone.
func (d *doc) namedByOthers(cue tagRun, con int) bool {
	if cue.kind == 0 || cue.a < 1 || cue.b >= len(d.toks) || con != cue.b {
		return false
	}
	switch lower(d.toks[cue.a].Text) {
	case "known", "nicknamed", "dubbed", "self-styled", "so-called", "termed", "labelled", "labeled", "branded":
	default:
		return false
	}
	for i := cue.a + 1; i < cue.b; i++ {
		if w := lower(d.toks[i].Text); w != "as" && w != "widely" && w != "locally" {
			return false
		}
	}
	if !isQuoteRune(firstRune(d.toks[cue.b].Text)) {
		return false
	}
	prev := d.toks[cue.a-1].Text
	if prev == "," || prev == "(" || prev == "also" || prev == "widely" {
		return true
	}
	// "the man known as ...": right after a lower-case noun, no auxiliary.
	p := lower(prev)
	if strings.HasSuffix(p, "ly") {
		return false
	}
	switch p {
	case "was", "were", "is", "are", "been", "be", "being", "has", "have", "had", "he", "she", "they", "we", "i", "who":
		return false
	}
	return firstRune(prev) >= 'a' && firstRune(prev) <= 'z'
}

// nounOffCue returns tags where a cue run opens with the plural noun that
// ends its source ("[S Some eye] [C witnesses reported]"): the noun joins
// the source and the cue starts at the verb after it, so that the speaker
// is the whole phrase, not "Some eye". The noun is a lower-case word in -s
// that is no reporting verb, right after a source token, and the next
// token is a verb in the past (-ed, or a reporting verb's form that is not
// the -s one).
func (d *doc) nounOffCue(tags []int8) []int8 {
	var out []int8
	for i := 1; i+1 < len(tags) && i < len(d.toks); i++ {
		if tags[i] != tagBCue || tags[i-1] != tagBSrc && tags[i-1] != tagISrc {
			continue
		}
		w := d.toks[i].Text
		if firstRune(w) < 'a' || firstRune(w) > 'z' || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || len(w) < 4 {
			continue
		}
		if _, ok := lookupVerb(w); ok || notPluralNoun[w] {
			continue
		}
		if lower(d.toks[i-1].Text) == "who" || pronouns[lower(d.toks[i-1].Text)] {
			continue
		}
		if d.coordinatedSource(tags, i) {
			continue // "[S he and his] [C co-authors predicted]": the pair, not the noun
		}
		nx := lower(d.toks[i+1].Text)
		if tags[i+1] != tagICue && tags[i+1] != tagBCue {
			continue
		}
		past := false
		if vi, ok := lookupVerb(nx); ok && !strings.HasSuffix(nx, "s") && !strings.HasSuffix(nx, "ing") && nx != vi.lemma {
			past = true
		}
		if nx == "said" || nx == "told" || nx == "thought" || nx == "wrote" || nx == "saw" || nx == "heard" {
			past = true
		}
		if !past {
			continue
		}
		if out == nil {
			out = append([]int8(nil), tags...)
		}
		out[i], out[i+1] = tagISrc, tagBCue
	}
	if out == nil {
		return tags
	}
	return out
}

// notPluralNoun are lower-case words in -s that are no plural noun.
var notPluralNoun = set("always", "perhaps", "sometimes", "nevertheless", "besides", "afterwards",
	"towards", "unless", "thus", "does", "this", "his", "hers", "its", "ours", "yours", "theirs",
	"was", "has", "whereas", "less", "across", "news", "politics", "economics")

// coordinatedSource reports whether the source tokens right before token i
// (runs of either kind, and an untagged "and" or "or" between them) hold
// "and" or "or".
func (d *doc) coordinatedSource(tags []int8, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 8; k-- {
		w := lower(d.toks[k].Text)
		if w == "and" || w == "or" {
			return true
		}
		if tags[k] != tagBSrc && tags[k] != tagISrc {
			break
		}
	}
	return false
}

// mediumInCue returns tags where the medium of a passive "Y was quoted by
// M as saying C" (or "cited by") is tagged content: M joins the cue, as
// the embedded tagger tags it, instead of making a unit "M" of its own
// (a -cuelex model: "[C quoted by] [Q state-run television] [C as
// saying]").
func (d *doc) mediumInCue(tags []int8) []int8 {
	var out []int8
	for v := 1; v+3 < len(d.toks) && v+3 < len(tags); v++ {
		if w := lower(d.toks[v].Text); w != "quoted" && w != "cited" || lower(d.toks[v+1].Text) != "by" {
			continue
		}
		if tags[v] != tagBCue && tags[v] != tagICue {
			continue
		}
		as := -1
		for k := v + 2; k < len(d.toks) && k <= v+8; k++ {
			t := lower(d.toks[k].Text)
			if t == "," || t == ";" || t == "." {
				break
			}
			if t == "as" && k+1 < len(d.toks) {
				switch lower(d.toks[k+1].Text) {
				case "saying", "telling", "stating", "warning", "adding":
					as = k
				}
				break
			}
		}
		if as < 0 || as+1 >= len(tags) {
			continue
		}
		con := false
		for k := v + 2; k < as; k++ {
			if tags[k] == tagBCon || tags[k] == tagICon {
				con = true
			}
		}
		if !con {
			continue
		}
		if out == nil {
			out = append([]int8(nil), tags...)
		}
		for k := v + 1; k <= as+1; k++ {
			out[k] = tagICue
		}
	}
	if out == nil {
		return tags
	}
	return out
}
