package entity

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
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
	surname map[string]string // last word -> first name, from full names ("" once two differ)
	prev    []string          // first names of the persons of the previous sentence
	voted   map[string]bool   // first names this document voted for
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
func conllVotes(t *testing.T, path string, votes nameVotes) {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s absent: %v", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	v := &docVoter{votes: votes, surname: map[string]string{}, voted: map[string]bool{}}
	var items []item
	var per []string
	flushPer := func() {
		if per != nil {
			items = append(items, item{person: per})
			per = nil
		}
	}
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 {
			flushPer()
			v.sentence(items)
			items = nil
			continue
		}
		if fs[0] == "-DOCSTART-" {
			v = &docVoter{votes: votes, surname: map[string]string{}, voted: map[string]bool{}}
			continue
		}
		tag := fs[len(fs)-1]
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
}

// textVotes tags raw texts with the package's own NER model.
func textVotes(t *testing.T, dir string, votes nameVotes) {
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
		v := &docVoter{votes: votes, surname: map[string]string{}, voted: map[string]bool{}}
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
				if m.Type == core.Person {
					name, _, _ := stripTitles(m.Text)
					items = append(items, item{person: strings.Fields(trimPossessive(name))})
				}
			}
			v.sentence(items)
		}
	}
}

// TestLearnFirstNames rebuilds firstnames.tsv (see NOTE.md) when
// STORYLINE_LEARN_NAMES=1.
func TestLearnFirstNames(t *testing.T) {
	if os.Getenv("STORYLINE_LEARN_NAMES") != "1" {
		t.Skip("set STORYLINE_LEARN_NAMES=1 to rebuild firstnames.tsv")
	}
	shared := sharedDir(t)
	votes := nameVotes{}
	conllVotes(t, filepath.Join(shared, "bench", "ner", "conll2003", "train.txt"), votes)
	textVotes(t, filepath.Join(shared, "bench", "quotes", "polnear", "data", "train", "text"), votes)
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
	}
	if err := os.WriteFile("firstnames.tsv", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d names of %d seen", len(names), len(votes))
}

// Thresholds of TestLearnFirstNames.
const (
	minNameVotes = 4
	minNameShare = 0.8
	minNameDocs  = 2
)
