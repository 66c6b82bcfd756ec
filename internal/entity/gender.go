package entity

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/sentence"
)

// firstnames.tsv: first names with the he/she pronoun counts that referred
// to them unambiguously in CoNLL-2003 train and PolNeAR train, one name a
// line ("name TAB he TAB she TAB documents"; # comments). Built by
// TestLearnFirstNames (names_learn_test.go); see NOTE.md.
//
//go:embed firstnames.tsv
var firstNamesTSV string

// firstNames maps a first name to 'm' or 'f' (read-only after package
// initialisation).
var firstNames = parseFirstNames(firstNamesTSV)

// givenNamesTSV lists given names the first-name table lacks for want of
// gender evidence ("Manuel", "Enrique"), learned by the same test from the
// same training sets; see NOTE.md.
//
//go:embed givennames.tsv
var givenNamesTSV string

// givenNames holds the names of givennames.tsv (read-only after package
// initialisation).
var givenNames = parseGivenNames(givenNamesTSV)

func parseGivenNames(src string) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(src, "\n") {
		if name, _, _ := strings.Cut(line, "\t"); name != "" && !strings.HasPrefix(name, "#") {
			out[name] = true
		}
	}
	return out
}

func parseFirstNames(src string) map[string]byte {
	out := map[string]byte{}
	for _, line := range strings.Split(src, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			continue
		}
		he, err1 := strconv.Atoi(f[1])
		she, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || he == she {
			continue
		}
		if he > she {
			out[f[0]] = 'm'
		} else {
			out[f[0]] = 'f'
		}
	}
	return out
}

// nameGender is the gender the first-name table gives a name of two or
// more words ("Angela Merkel" -> 'f'), else 0.
func nameGender(name string) byte {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || strings.TrimSpace(rest) == "" {
		return 0
	}
	return firstNames[first]
}

// genderedNouns are nouns that say a person's gender when they stand in
// apposition to the name or right before it ("the first lady", "his wife,
// Brigitte", "actress Tara Reid").
var genderedNouns = map[string]byte{
	"king": 'm', "prince": 'm', "husband": 'm', "father": 'm', "son": 'm', "brother": 'm',
	"uncle": 'm', "nephew": 'm', "grandfather": 'm', "boyfriend": 'm', "widower": 'm',
	"chairman": 'm', "congressman": 'm', "businessman": 'm', "duke": 'm', "emperor": 'm',
	"monk": 'm', "pope": 'm', "sultan": 'm', "councilman": 'm', "assemblyman": 'm',
	"queen": 'f', "princess": 'f', "wife": 'f', "mother": 'f', "daughter": 'f', "sister": 'f',
	"aunt": 'f', "niece": 'f', "grandmother": 'f', "girlfriend": 'f', "widow": 'f',
	"actress": 'f', "chairwoman": 'f', "congresswoman": 'f', "spokeswoman": 'f',
	"businesswoman": 'f', "duchess": 'f', "empress": 'f', "nun": 'f', "lady": 'f',
	"councilwoman": 'f', "assemblywoman": 'f', "heiress": 'f', "waitress": 'f',
}

// nounGender looks for a gendered noun right before a person mention
// ("first lady Melania Lind", "his wife, Brigitte") or heading an
// apposition right after it ("Lind, the first lady,", "Lind, an
// actress"). It returns 'm', 'f' or 0.
func nounGender(text string, start, end int) byte {
	// Before: the word just before the name, over at most one comma.
	before := strings.TrimSuffix(strings.TrimRight(text[:start], " "), ",")
	w := before
	if i := strings.LastIndexAny(before, " \n\t(\"“"); i >= 0 {
		w = before[i+1:]
	}
	if g := genderedNouns[strings.ToLower(w)]; g != 0 {
		return g
	}
	// After: ", [the|a|his|first|former...|Capitalised] NOUN".
	rest := text[end:]
	if !strings.HasPrefix(rest, ", ") {
		return 0
	}
	rest = rest[2:]
	for n := 0; n < 4 && rest != ""; n++ {
		j := strings.IndexAny(rest, " ,.;:\n")
		w := rest
		if j >= 0 {
			w = rest[:j]
		}
		lw := strings.ToLower(w)
		if g := genderedNouns[lw]; g != 0 {
			return g
		}
		if j < 0 || rest[j] != ' ' || !(appositionModifiers[lw] || capitalised(w)) {
			break
		}
		rest = rest[j+1:]
	}
	return 0
}

// appositionModifiers may stand before a gendered noun in an apposition
// ("Lind, the former first lady").
var appositionModifiers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true,
	"their": true, "first": true, "former": true, "late": true, "then": true, "young": true,
	"elder": true, "older": true, "younger": true, "eldest": true, "youngest": true, "current": true}

// sameSentence reports whether no sentence ends between byte offsets a and
// b of text (a <= b): no ". ", "? ", "! " or line break in between.
func sameSentence(text string, a, b int) bool {
	if a < 0 || b > len(text) || a > b {
		return false
	}
	s := text[a:b]
	return !strings.ContainsAny(s, "\n?!") && !strings.Contains(s, ". ")
}

// voteGenders gives persons without a gender one from the pronouns that
// refer to them unambiguously: a he/his/him or she/her that has exactly
// one person mentioned before it in its sentence and the sentence before.
// A person takes a gender when its votes agree at least three to one.
func (b *builder) voteGenders(text string) {
	unknown := false
	for e := range b.res.Entities {
		if b.res.Entities[e].Type == core.Person && b.gender[e] == 0 {
			unknown = true
			break
		}
	}
	if !unknown || len(b.res.Links) == 0 {
		return
	}
	votes := make([][2]int, len(b.res.Entities))
	sents := sentence.Split(text)
	li := 0     // first link at or after the window start
	prevLo := 0 // start of the previous sentence
	for si, s := range sents {
		lo := prevLo
		if si == 0 {
			lo = s.Start
		}
		for li < len(b.res.Links) && b.res.Links[li].Start < lo {
			li++
		}
		for _, t := range sentence.Tokens(s.Text) {
			g := pronounGenderOf(t.Text)
			if g == 0 {
				continue
			}
			p := s.Start + t.Start
			one := -1
			for k := li; k < len(b.res.Links) && b.res.Links[k].Start < p; k++ {
				e := b.res.Links[k].Entity
				if b.res.Entities[e].Type != core.Person {
					continue
				}
				if one >= 0 && one != e {
					one = -2
					break
				}
				one = e
			}
			if one < 0 {
				continue
			}
			if g == 'm' {
				votes[one][0]++
			} else {
				votes[one][1]++
			}
		}
		prevLo = s.Start
	}
	for e, v := range votes {
		if b.gender[e] != 0 || b.res.Entities[e].Type != core.Person {
			continue
		}
		switch {
		case v[0] > 0 && v[0] >= 3*v[1]:
			b.gender[e] = 'm'
		case v[1] > 0 && v[1] >= 3*v[0]:
			b.gender[e] = 'f'
		}
	}
}

// pronounGenderOf is 'm' for he/his/him, 'f' for she/her, else 0.
func pronounGenderOf(w string) byte {
	switch w {
	case "he", "He", "his", "His", "him", "himself":
		return 'm'
	case "she", "She", "her", "Her", "hers", "herself":
		return 'f'
	}
	return 0
}
