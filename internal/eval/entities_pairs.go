package eval

// Cross-article name pairs: the entity sample asks of a few entities
// whether their aliases are one thing and whether another entity names
// it too, which seldom meets the cases where two stored people share a
// surname. The pair measure asks exactly that of every candidate pair in
// a set (or a seeded share of them), judged once on the names and the
// passages that use them:
//
//   - across entities: two stored persons whose names end in the same
//     surname (a generational suffix left out: "Roger Stone" and "Roger
//     J. Stone Jr.", "Carter" and "Jimmy Carter") or in surnames one
//     letter apart, both of seven or more letters ("Yastrzhembsky",
//     "Yastrezhembsky");
//   - inside an entity: a stored person's name and one of its aliases of
//     two or more words with the same surname that some document spells
//     out (not one the store made up), such as "George Bush" kept as an
//     alias of "George W. Bush".
//
// A pair is keyed by its two folded names, so it is found again after the
// code changes whichever entity now holds each name; the score says how
// many pairs judged one thing are still apart (missed merges) and how
// many judged two things are together (wrong merges). Verdicts live in
// testdata/entities_pairs_judged.tsv, one pair a line, tab-separated:
//
//	KEY  SAME
//
// KEY is the set, "pair" and the two lower-cased names in order, joined by
// " | " ("held7:pair:bush | george w. bush"); SAME is y (both names
// stand for one real-world thing in the set's documents) or n. Lines
// starting with # are comments. No document text is stored.

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/entity"
	"github.com/storyline/storyline/internal/store"
)

//go:embed testdata/entities_pairs_judged.tsv
var entityPairsJudged string

// An EntityPair is two person names that might be one real-world person.
type EntityPair struct {
	Key string
	// A and B are the entities holding each name now (the same one when
	// the store files both names together).
	A, B store.StoredEntity
	// NameA and NameB are the two names as stored.
	NameA, NameB string
	Together     bool
	Verdict      byte // y, n, or 0 when not judged
	// Contexts are passages that use either name (for judging).
	Contexts []string
}

// NamePairScore counts the verdicts of a pair sample.
type NamePairScore struct {
	Pairs                  int // pairs drawn or judged
	Unjudged               int
	UnjudgedTogether       int // not judged and stored together: a figure to compare before and after on sets not judged
	SameJudged, SameApart  int // judged one thing; of those, still apart
	OtherJudged, OtherJoin int // judged two things; of those, together
}

// SplitRate is the share of pairs judged one thing that are stored apart.
func (s NamePairScore) SplitRate() float64 { return ratio(s.SameApart, s.SameJudged) }

// WrongMergeRate is the share of pairs judged two things that are stored
// together.
func (s NamePairScore) WrongMergeRate() float64 { return ratio(s.OtherJoin, s.OtherJudged) }

// ScorePairs counts the verdicts of ps.
func ScorePairs(ps []EntityPair) NamePairScore {
	s := NamePairScore{Pairs: len(ps)}
	for _, p := range ps {
		switch p.Verdict {
		case 'y':
			s.SameJudged++
			if !p.Together {
				s.SameApart++
			}
		case 'n':
			s.OtherJudged++
			if p.Together {
				s.OtherJoin++
			}
		default:
			s.Unjudged++
			if p.Together {
				s.UnjudgedTogether++
			}
		}
	}
	return s
}

// Line renders p's verdict line ('?' when not judged).
func (p EntityPair) Line() string {
	v := p.Verdict
	if v == 0 {
		v = '?'
	}
	return fmt.Sprintf("%s\t%c", p.Key, v)
}

// parsePairVerdicts parses pair verdict lines.
func parsePairVerdicts(src string) (map[string]byte, error) {
	out := map[string]byte{}
	err := eachTSV(src, func(n int, f []string) error {
		if len(f) != 2 || !strings.Contains(f[0], ":pair:") || (f[1] != "y" && f[1] != "n") {
			return fmt.Errorf("entity pair verdicts line %d: bad line %q", n, strings.Join(f, "\t"))
		}
		out[f[0]] = f[1][0]
		return nil
	})
	return out, err
}

// pairKey is the key of the pair of names a and b in set.
func pairKey(set, a, b string) string {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if b < a {
		a, b = b, a
	}
	return set + ":pair:" + a + " | " + b
}

// pairSurname returns the folded last word of a person's name, a
// generational suffix left out ("" for a name of initials only).
func pairSurname(name string) string {
	words := strings.Fields(name)
	for len(words) > 1 {
		last := strings.ToLower(strings.TrimSuffix(words[len(words)-1], "."))
		if last != "jr" && last != "sr" && last != "ii" && last != "iii" && last != "iv" {
			break
		}
		words = words[:len(words)-1]
	}
	if len(words) == 0 || entity.IsInitials(words[len(words)-1]) {
		return ""
	}
	k := entity.Key(words[len(words)-1], core.Person)
	return k[strings.IndexByte(k, ':')+1:] // "PER:stone" -> "stone"
}

// oneEditApart reports whether a and b, both of seven or more letters,
// differ by one inserted, deleted or changed letter.
func oneEditApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 7 || len(rb) < 7 || a == b {
		return false
	}
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i:]) == string(rb[i+1:])
}

// candidatePairs returns the keyed candidate pairs among all's persons:
// names of two entities with the same or nearly the same surname, and an
// entity's name with an alias of the same surname that a document spells
// out (spelled reports that).
func candidatePairs(set string, all []store.StoredEntity, spelled func(string) bool) map[string][2]string {
	out := map[string][2]string{}
	type per struct{ name, sur string }
	var ps []per
	for _, e := range all {
		if e.Type != core.Person {
			continue
		}
		sur := pairSurname(e.Name)
		if sur == "" {
			continue
		}
		ps = append(ps, per{e.Name, sur})
		for _, al := range e.Aliases {
			if len(strings.Fields(al)) < 2 || strings.EqualFold(al, e.Name) || pairSurname(al) != sur || !spelled(al) {
				continue
			}
			out[pairKey(set, e.Name, al)] = [2]string{e.Name, al}
		}
	}
	bySur := map[string][]int{}
	for i, p := range ps {
		bySur[p.sur] = append(bySur[p.sur], i)
	}
	surs := make([]string, 0, len(bySur))
	for s := range bySur {
		surs = append(surs, s)
	}
	sort.Strings(surs)
	add := func(i, j int) {
		if !strings.EqualFold(ps[i].name, ps[j].name) {
			out[pairKey(set, ps[i].name, ps[j].name)] = [2]string{ps[i].name, ps[j].name}
		}
	}
	for x, s := range surs {
		ids := bySur[s]
		for a := range ids {
			for b := a + 1; b < len(ids); b++ {
				add(ids[a], ids[b])
			}
		}
		for _, t := range surs[x+1:] {
			if !oneEditApart(s, t) {
				continue
			}
			for _, i := range ids {
				for _, j := range bySur[t] {
					add(i, j)
				}
			}
		}
	}
	return out
}

// holders maps every folded name and alias of all to the entity holding
// it: the one it names first, else the most mentioned one with it as an
// alias (all is sorted most mentioned first).
func holders(all []store.StoredEntity) map[string]int {
	out := map[string]int{}
	for i, e := range all {
		if e.Type == core.Person {
			if _, ok := out[strings.ToLower(e.Name)]; !ok {
				out[strings.ToLower(e.Name)] = i
			}
		}
	}
	for i, e := range all {
		if e.Type != core.Person {
			continue
		}
		for _, al := range e.Aliases {
			if _, ok := out[strings.ToLower(al)]; !ok {
				out[strings.ToLower(al)] = i
			}
		}
	}
	return out
}

// entityPairs returns set's pairs: the candidates of the current store
// drawn by the seeded hash (salt, modulo keep) and every judged pair of
// the set, with who holds each name now.
func entityPairs(set, salt string, keep uint32, all []store.StoredEntity, docs []realDoc, judged map[string]byte) []EntityPair {
	lowered := make([]string, len(docs))
	for i, d := range docs {
		lowered[i] = strings.ToLower(d.text)
	}
	spelled := func(name string) bool {
		f := strings.ToLower(name)
		for _, t := range lowered {
			if wordIndex(t, f) >= 0 {
				return true
			}
		}
		return false
	}
	names := map[string][2]string{}
	for k, p := range candidatePairs(set, all, spelled) {
		if seededHashOf(salt, k)%keep == 0 {
			names[k] = p
		}
	}
	prefix := set + ":pair:"
	for k := range judged {
		if rest, ok := strings.CutPrefix(k, prefix); ok {
			if _, have := names[k]; !have {
				if a, b, ok := strings.Cut(rest, " | "); ok {
					names[k] = [2]string{a, b}
				}
			}
		}
	}
	hold := holders(all)
	out := make([]EntityPair, 0, len(names))
	for k, n := range names {
		ia, okA := hold[strings.ToLower(n[0])]
		ib, okB := hold[strings.ToLower(n[1])]
		p := EntityPair{Key: k, NameA: n[0], NameB: n[1], Verdict: judged[k]}
		if okA {
			p.A = all[ia]
		}
		if okB {
			p.B = all[ib]
		}
		p.Together = okA && okB && ia == ib
		if p.Verdict == 0 {
			p.Contexts = pairContexts(n, docs, lowered)
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// maxPairContexts is how many passages a judge sees for each name.
const maxPairContexts = 4

// pairContexts returns a few passages of docs that use each of names.
func pairContexts(names [2]string, docs []realDoc, lowered []string) []string {
	var out []string
	for _, n := range names {
		f, seen := strings.ToLower(n), 0
		for i, t := range lowered {
			if seen >= maxPairContexts || len(t) != len(docs[i].text) {
				continue
			}
			at := wordIndex(t, f)
			if at < 0 {
				continue
			}
			seen++
			text := docs[i].text
			lo, hi := max(0, at-140), min(len(text), at+len(f)+140)
			for lo > 0 && !utf8.RuneStart(text[lo]) {
				lo--
			}
			for hi < len(text) && !utf8.RuneStart(text[hi]) {
				hi++
			}
			out = append(out, fmt.Sprintf("[%s] %s[[%s]]%s", docs[i].id, text[lo:at], text[at:at+len(f)], text[at+len(f):hi]))
		}
	}
	return out
}
