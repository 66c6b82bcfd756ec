package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/sentence"
)

// Heuristic is a self-contained Resolver built on capitalised words: runs of
// capitalised tokens are names, titles in front of them make people ("Defense
// Minister Sergei Shoigu"), organisation words at their end make
// organisations, a small gazetteer knows countries, capitals and their
// demonyms, a bare surname resolves to the full name used elsewhere in the
// text, and "Name (ACR)" defines the acronym as an alias. It is a fallback
// for when no trained tagger is plugged in. The zero value is ready to use.
type Heuristic struct{}

type run struct {
	start, end int // byte span of the name
	toks       []string
	roles      []string
	typ        core.EntityType
}

// Mentions implements Resolver.
func (Heuristic) Mentions(text string) []Mention {
	toks := sentence.Tokens(text)
	sentStart := sentenceStarts(text, toks)
	var runs []run
	for i := 0; i < len(toks); {
		if !isCap(toks[i].Text) {
			i++
			continue
		}
		j := i
		for j < len(toks) {
			t := toks[j].Text
			if isCap(t) && !(j > i && sentStart[j]) {
				j++
				continue
			}
			if (t == "of" || t == "for" || t == "de" || t == "bin") && j > i && j+1 < len(toks) && isCap(toks[j+1].Text) && toks[j].Start-toks[j-1].End <= 1 {
				j++
				continue
			}
			break
		}
		for j > i && !isCap(toks[j-1].Text) {
			j--
		}
		if j == i {
			i++
			continue
		}
		if r := makeRun(text, toks, i, j, sentStart[i]); len(r.toks) > 0 {
			runs = append(runs, r)
		}
		i = j
	}
	return canonicalise(text, toks, runs)
}

// sentenceStarts marks tokens that begin a sentence or a line.
func sentenceStarts(text string, toks []sentence.Token) []bool {
	out := make([]bool, len(toks))
	for i := range toks {
		if i == 0 {
			out[i] = true
			continue
		}
		p := toks[i-1].Text
		gap := text[toks[i-1].End:toks[i].Start]
		if strings.Contains(gap, "\n") || p == "." || p == "!" || p == "?" || p == "“" || p == "\"" || p == ":" || p == "..." || p == "—" {
			out[i] = true
		}
	}
	return out
}

func isCap(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return false
	}
	return !stopCaps[t]
}

// makeRun turns tokens [i,j) into a typed name, moving leading titles to roles.
func makeRun(text string, toks []sentence.Token, i, j int, atStart bool) run {
	var roles []string
	typ := core.EntityType("")
	// Drop a sentence-initial ordinary word ("The", "But").
	for i < j && atStart && openerWords[toks[i].Text] {
		i++
		atStart = false
	}
	for i < j-1 {
		low := strings.ToLower(strings.TrimSuffix(toks[i].Text, "."))
		nextTitle := titleWords[strings.ToLower(toks[i+1].Text)]
		if titleWords[low] || demonyms[toks[i].Text] != "" || (places[possessive(toks[i].Text)] || orgNames[possessive(toks[i].Text)] || possessive(toks[i].Text) != toks[i].Text) && nextTitle {
			roles = append(roles, low)
			if titleWords[low] {
				typ = core.Person
			}
			i++
			continue
		}
		break
	}
	// Lower-case role words just before the run ("Kremlin leader", "the
	// defense minister") also describe it.
	if i == j-1 && !orgNames[toks[i].Text] && (titleWords[strings.ToLower(strings.TrimSuffix(toks[i].Text, "."))] || openerWords[toks[i].Text] && atStart) {
		return run{} // only titles: "the Defense Minister, X," keeps them for X
	}
	for k, n := i-1, 0; k >= 0 && n < 5; k, n = k-1, n+1 {
		low := strings.ToLower(toks[k].Text)
		if low == "," && k > 0 && titleWords[strings.ToLower(toks[k-1].Text)] {
			continue
		}
		if titleWords[low] || roleNouns[low] || demonyms[toks[k].Text] != "" {
			roles = append(roles, low)
			continue
		}
		break
	}
	if i >= j || toks[i].Text == "of" || toks[i].Text == "for" {
		return run{} // "Secretary of State" is a title, not a name
	}
	r := run{start: toks[i].Start, end: toks[j-1].End, roles: roles, typ: typ}
	for k := i; k < j; k++ {
		r.toks = append(r.toks, possessive(toks[k].Text))
	}
	if i < j && strings.HasSuffix(toks[j-1].Text, "s") && possessive(toks[j-1].Text) != toks[j-1].Text {
		r.end = toks[j-1].End - len(toks[j-1].Text) + len(r.toks[len(r.toks)-1])
	}
	return r
}

func possessive(t string) string {
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(t, s) && len(t) > len(s) {
			return t[:len(t)-len(s)]
		}
	}
	return t
}

// canonicalise types the runs and maps surnames and acronyms to full names.
func canonicalise(text string, toks []sentence.Token, runs []run) []Mention {
	full := map[string]string{}    // last token -> full person name
	aliases := map[string]string{} // acronym -> full name
	roles := map[string][]string{}
	types := map[string]core.EntityType{}
	for k := range runs {
		r := &runs[k]
		name := strings.Join(r.toks, " ")
		if r.typ == "" {
			r.typ = classify(r.toks)
		}
		if r.typ == core.Person && len(r.toks) >= 2 {
			if _, ok := full[r.toks[len(r.toks)-1]]; !ok {
				full[r.toks[len(r.toks)-1]] = name
			}
		}
		// "Name (ACR)" defines ACR.
		if rest := text[r.end:]; strings.HasPrefix(rest, " (") {
			if p := strings.IndexByte(rest, ')'); p > 2 && p < 12 {
				acr := rest[2:p]
				if isAcronym(acr) {
					aliases[acr] = name
					types[acr] = r.typ
				}
			}
		}
	}
	out := make([]Mention, 0, len(runs))
	for _, r := range runs {
		name := strings.Join(r.toks, " ")
		typ := r.typ
		if f, ok := full[name]; ok && len(r.toks) == 1 {
			name, typ = f, core.Person
		} else if a, ok := aliases[name]; ok {
			name, typ = a, types[name]
		} else if c, ok := demonymCountry(name); ok {
			name, typ = c, core.Location
		}
		roles[name] = append(roles[name], r.roles...)
		out = append(out, Mention{Name: name, Type: typ, Start: r.start, End: r.end})
	}
	for k := range out {
		if rs := roles[out[k].Name]; len(rs) > 0 {
			out[k].Roles = rs
		}
	}
	return out
}

func demonymCountry(name string) (string, bool) {
	c := demonyms[name]
	return c, c != ""
}

func isAcronym(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && r != '.' && r != '-' && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// classify types a name by its words.
func classify(toks []string) core.EntityType {
	name := strings.Join(toks, " ")
	last := toks[len(toks)-1]
	switch {
	case places[name]:
		return core.Location
	case orgWords[last] || orgNames[name] || isAcronym(name):
		return core.Organisation
	case miscWords[last]:
		return core.Misc
	case demonyms[name] != "":
		return core.Location
	case len(toks) >= 2 && len(toks) <= 4:
		return core.Person
	}
	return core.Misc
}
