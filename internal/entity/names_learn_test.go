package entity

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
	"github.com/storyline/storyline/internal/sentence"
)

// nameVotes counts, per first name, the he/his/him and she/her/hers
// pronouns that refer unambiguously to a person of that first name.
type nameVotes map[string]*[3]int // he, she, documents

// pronounGender is 'm' or 'f' for a third-person singular pronoun.
func pronounGender(w string) byte {
	switch strings.ToLower(w) {
	case "he", "his", "him", "himself":
		return 'm'
	case "she", "her", "hers", "herself":
		return 'f'
	}
	return 0
}

// firstNameOf returns a plausible first name: a capitalised alphabetic
// word of two or more letters, not all capitals.
func firstNameOf(w string) (string, bool) {
	rs := []rune(w)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
		return "", false
	}
	lowerSeen := false
	for _, r := range rs {
		if !unicode.IsLetter(r) {
			return "", false
		}
		if unicode.IsLower(r) {
			lowerSeen = true
		}
	}
	if !lowerSeen || genderOf(w) != 0 {
		return "", false
	}
	return w, true
}

// docVoter walks one document's sentences: each sentence is a list of
// person mentions (as word lists) and pronouns, in order. A pronoun votes
// for the first name of the only person mentioned in its sentence before
// it and the sentence before, when there is exactly one.
type docVoter struct {
	votes   nameVotes
	surname map[string]string          // last word -> first name, from full names ("" once two differ)
	prev    []string                   // first names of the persons of the previous sentence
	voted   map[string]bool            // first names this document voted for
	names   [][]string                 // the document's person names of two or more words
	others  map[string]bool            // first words of the document's other names ("Fort Worth")
	uses    givenUses                  // where given names and surnames stand, counted at done
	after   map[string]map[string]bool // first word -> the last words of the full names it opens
}

// givenUses counts, per capitalised word, the documents where it opens a
// person name of two or more words and those where it ends one.
type givenUses map[string]*[3]int // documents as first word, as last word, opening another name

// newDocVoter starts a document.
func newDocVoter(votes nameVotes, uses givenUses, after map[string]map[string]bool) *docVoter {
	return &docVoter{votes: votes, surname: map[string]string{}, voted: map[string]bool{}, uses: uses, others: map[string]bool{}, after: after}
}

// longerName returns the earlier person name of the document whose last
// words ws are ("Debbie Wasserman Schultz" for "Wasserman Schultz"), or nil.
func longerName(names [][]string, ws []string) []string {
	for _, n := range names {
		if len(n) > len(ws) && slices.Equal(n[len(n)-len(ws):], ws) {
			return n
		}
	}
	return nil
}

// done counts the document's names in v.uses: a name that is the last
// words of a longer one (a double surname) opens with no given name.
func (v *docVoter) done() {
	if v.uses == nil {
		return
	}
	first, last := map[string]bool{}, map[string]bool{}
	for _, n := range v.names {
		if longerName(v.names, n) == nil {
			if f, ok := firstNameOf(n[0]); ok {
				first[f] = true
				if v.after[f] == nil {
					v.after[f] = map[string]bool{}
				}
				v.after[f][n[len(n)-1]] = true
			}
		}
		last[n[len(n)-1]] = true
	}
	for w, set := range map[int]map[string]bool{0: first, 1: last, 2: v.others} {
		for n := range set {
			c := v.uses[n]
			if c == nil {
				c = &[3]int{}
				v.uses[n] = c
			}
			c[w]++
		}
	}
}

type item struct {
	person []string // a person mention's words, or nil for a pronoun
	g      byte
}

func (v *docVoter) sentence(items []item) {
	cur := []string{}
	for _, it := range items {
		if it.person != nil {
			ws := it.person
			first := ""
			if len(ws) >= 2 {
				v.names = append(v.names, ws)
				if long := longerName(v.names, ws); long != nil {
					ws = long // "Wasserman Schultz" after "Debbie Wasserman Schultz"
				}
				if f, ok := firstNameOf(ws[0]); ok {
					first = f
					last := ws[len(ws)-1]
					if had, ok := v.surname[last]; ok && had != f {
						f = "" // two people share the surname ("Bill and Hillary Clinton")
					}
					v.surname[last] = f
				}
			} else if f, ok := v.surname[ws[0]]; ok {
				first = f
			}
			cur = append(cur, first) // "" for a person without a known first name
			continue
		}
		window := append(append([]string{}, v.prev...), cur...)
		if len(window) == 0 {
			continue
		}
		one := window[0]
		for _, f := range window[1:] {
			if f != one {
				one = ""
			}
		}
		if one == "" {
			continue
		}
		c := v.votes[one]
		if c == nil {
			c = &[3]int{}
			v.votes[one] = c
		}
		if !v.voted[one] {
			v.voted[one] = true
			c[2]++
		}
		if it.g == 'm' {
			c[0]++
		} else {
			c[1]++
		}
	}
	v.prev = cur
}

// conllVotes reads CoNLL-2003 train (IOB1 or IOB2 PER tags in the last
// column).
func conllVotes(t *testing.T, path string, votes nameVotes, uses givenUses, after map[string]map[string]bool) {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s absent: %v", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	v := newDocVoter(votes, uses, after)
	var items []item
	var per []string
	prevTag := "O"
	flushPer := func() {
		if per != nil {
			items = append(items, item{person: per})
			per = nil
		}
	}
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 {
			prevTag = "O"
			flushPer()
			v.sentence(items)
			items = nil
			continue
		}
		if fs[0] == "-DOCSTART-" {
			v.done()
			v = newDocVoter(votes, uses, after)
			continue
		}
		tag := fs[len(fs)-1]
		if strings.HasPrefix(tag, "B-") || strings.HasPrefix(tag, "I-") && tag != "I-PER" && (prevTag == "O" || prevTag[2:] != tag[2:]) {
			if tag[2:] != "PER" {
				v.others[fs[0]] = true
			}
		}
		prevTag = tag
		switch {
		case tag == "B-PER" || tag == "I-PER" && per == nil:
			flushPer()
			per = []string{fs[0]}
		case tag == "I-PER":
			per = append(per, fs[0])
		default:
			flushPer()
			if g := pronounGender(fs[0]); g != 0 {
				items = append(items, item{g: g})
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	v.done()
}

// textVotes tags raw texts with the package's own NER model.
func textVotes(t *testing.T, dir string, votes nameVotes, uses givenUses, after map[string]map[string]bool) {
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("%s: no texts", dir)
	}
	tg, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		ms := tg.Entities(text)
		v := newDocVoter(votes, uses, after)
		k := 0
		for _, s := range sentence.Split(text) {
			var items []item
			toks := sentence.Tokens(s.Text)
			ti := 0
			for ti < len(toks) || k < len(ms) && ms[k].Start < s.End {
				mStart := len(text)
				if k < len(ms) {
					mStart = ms[k].Start
				}
				if ti < len(toks) && s.Start+toks[ti].Start < mStart {
					if s.Start+toks[ti].Start >= s.Start {
						if g := pronounGender(toks[ti].Text); g != 0 {
							items = append(items, item{g: g})
						}
					}
					ti++
					continue
				}
				if k >= len(ms) || ms[k].Start >= s.End {
					break
				}
				m := ms[k]
				k++
				for ti < len(toks) && s.Start+toks[ti].Start < m.End {
					ti++
				}
				if m.Type != core.Person {
					if ws := strings.Fields(m.Text); len(ws) > 0 {
						v.others[ws[0]] = true
					}
				}
				if m.Type == core.Person {
					name, _, _ := stripTitles(m.Text)
					items = append(items, item{person: strings.Fields(trimPossessive(name))})
				}
			}
			v.sentence(items)
		}
		v.done()
	}
}

// TestLearnFirstNames rebuilds firstnames.tsv (see NOTE.md) when
// STORYLINE_LEARN_NAMES=1.
func TestLearnFirstNames(t *testing.T) {
	if os.Getenv("STORYLINE_LEARN_NAMES") != "1" {
		t.Skip("set STORYLINE_LEARN_NAMES=1 to rebuild firstnames.tsv")
	}
	shared := sharedDir(t)
	votes, uses, after := nameVotes{}, givenUses{}, map[string]map[string]bool{}
	conllVotes(t, filepath.Join(shared, "bench", "ner", "conll2003", "train.txt"), votes, uses, after)
	textVotes(t, filepath.Join(shared, "bench", "quotes", "polnear", "data", "train", "text"), votes, uses, after)
	names := make([]string, 0, len(votes))
	for n, c := range votes {
		m, f := c[0], c[1]
		tot := m + f
		if tot < minNameVotes || c[2] < minNameDocs {
			continue
		}
		if float64(m) >= minNameShare*float64(tot) || float64(f) >= minNameShare*float64(tot) {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("# First names and the he/she pronouns that referred to them unambiguously\n")
	b.WriteString("# in CoNLL-2003 train and PolNeAR train (counts only; see NOTE.md).\n")
	b.WriteString("# name\the\tshe\tdocuments\n")
	for _, n := range names {
		fmt.Fprintf(&b, "%s\t%d\t%d\t%d\n", n, votes[n][0], votes[n][1], votes[n][2])
	}
	for _, n := range strings.Fields(os.Getenv("STORYLINE_NAMES_DEBUG")) {
		if c := votes[n]; c != nil {
			t.Logf("%s %v", n, *c)
		}
		if c := uses[n]; c != nil {
			t.Logf("%s uses %v %v", n, *c, after[n])
		}
	}
	if err := os.WriteFile("firstnames.tsv", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var given []string
	for n, c := range uses {
		if c[0] < minGivenDocs || float64(c[1]) > maxGivenAsSurname*float64(c[0]) || 2*c[2] >= c[0] || surnamesAfter(after[n]) < minGivenSurnames || slices.Contains(names, n) || surnameParticles[n] {
			continue
		}
		// A word seen in lower case ("Because", "Western", "De") or a listed
		// place or organisation ("Rhode", "Breitbart") is no given name.
		if ner.KnownLower(n) || gazetteer.Lookup(n) != 0 {
			continue
		}
		given = append(given, n)
	}
	sort.Strings(given)
	b.Reset()
	b.WriteString("# Given names without the gender evidence firstnames.tsv needs: words that open a person\n")
	b.WriteString("# name of two or more words in CoNLL-2003 train and PolNeAR train (counts only; see NOTE.md).\n")
	b.WriteString("# name\tdocuments as first word\tdocuments as last word\n")
	for _, n := range given {
		fmt.Fprintf(&b, "%s\t%d\t%d\n", n, uses[n][0], uses[n][1])
	}
	if err := os.WriteFile("givennames.tsv", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d given names without gender", len(given))
	t.Logf("%d names of %d seen", len(names), len(votes))
}

// surnameParticles open surnames, not given names ("Nabil Abu Rdainah",
// "Abu Rdainah"), and titles written without their stop ("Gen", "Sen")
// open names without being given names; written by hand for this project.
var surnameParticles = map[string]bool{
	"Abu": true, "Abi": true, "Bin": true, "Ibn": true, "Al": true, "El": true, "Van": true, "Von": true,
	"De": true, "Del": true, "Della": true, "Di": true, "Da": true, "Du": true, "La": true, "Le": true,
	"Mac": true, "Mc": true, "St": true, "Gen": true, "Sen": true, "Rep": true, "Gov": true, "Lt": true,
	"Col": true, "Sgt": true, "Capt": true, "Maj": true, "Dr": true, "Mr": true, "Mrs": true, "Ms": true,
}

// surnamesAfter counts the last words in set that are names, never seen in
// lower case ("Hilton Head", "Hilton Inn": none).
func surnamesAfter(set map[string]bool) int {
	n := 0
	for w := range set {
		if !ner.KnownLower(w) {
			n++
		}
	}
	return n
}

// Thresholds of TestLearnFirstNames.
const (
	minNameVotes = 4
	minNameShare = 0.8
	minNameDocs  = 2

	minGivenDocs      = 2   // documents where the word opens a full name
	maxGivenAsSurname = 0.1 // documents where it ends one, per document where it opens one
	minGivenSurnames  = 2   // different last words after it ("Getty Images", "Rhode Island": one)
)

func TestDocVoterDoubleSurname(t *testing.T) {
	votes, uses, after := nameVotes{}, givenUses{}, map[string]map[string]bool{}
	v := newDocVoter(votes, uses, after)
	// Fictional: "Rep. Dana Wexler Holt spoke. Wexler Holt said she ..."
	v.sentence([]item{{person: []string{"Dana", "Wexler", "Holt"}}})
	v.sentence([]item{{person: []string{"Wexler", "Holt"}}, {g: 'f'}})
	v.sentence([]item{{person: []string{"Omar", "Tiss"}}})
	v.done()
	if votes["Wexler"] != nil || votes["Dana"] == nil || votes["Dana"][1] != 1 {
		t.Errorf("votes Dana %v Wexler %v, want the pronoun for Dana only", votes["Dana"], votes["Wexler"])
	}
	if uses["Wexler"] != nil && uses["Wexler"][0] != 0 {
		t.Errorf("Wexler counted as a given name: %v", *uses["Wexler"])
	}
	if c := uses["Dana"]; c == nil || c[0] != 1 || uses["Omar"] == nil || !after["Omar"]["Tiss"] {
		t.Errorf("uses Dana %v Omar %v, want one document each", uses["Dana"], uses["Omar"])
	}
}

func TestKnownGivenNameUngendered(t *testing.T) {
	if !KnownGivenName("Enrique") || nameGender("Enrique Vessel") != 0 {
		t.Errorf("Enrique: known %v, gender %q; want a known given name with no gender", KnownGivenName("Enrique"), nameGender("Enrique Vessel"))
	}
	if KnownGivenName("Western") || KnownGivenName("Breitbart") {
		t.Error("a common word or an outlet is no given name")
	}
}
