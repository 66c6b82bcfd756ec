package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/story/terms"
)

// Gender of the people an article names, so that "her support" does not
// go to the nearest man: a courtesy title ("Mr. Sanders", "Mrs. Clinton")
// settles it, else the pronouns right after a speech verb that follows a
// sentence's only name vote ("Kell said she"), three to one at least. Surnames are the keys, as canon gives them. It is
// computed once per article, only when a pronoun needs it.

// genderOf is 'm', 'f' or 0 (unknown) for the canonical holder name.
func (a *article) genderOf(name string) byte {
	if !a.gendersDone {
		a.genders = genders(a.text)
		a.gendersDone = true
	}
	return a.genders[name]
}

// pronounGender is 'm' for he/his/him, 'f' for she/her, else 0.
func pronounGender(low string) byte {
	switch low {
	case "he", "his", "him":
		return 'm'
	case "she", "her", "hers":
		return 'f'
	}
	return 0
}

// fits reports whether the name may be what the pronoun stands for: its
// gender is unknown or agrees.
func (a *article) fits(name, pronoun string) bool {
	g := pronounGender(pronoun)
	if g == 0 || name == "" {
		return true
	}
	n := a.genderOf(name)
	return n == 0 || n == g
}

func genders(text string) map[string]byte {
	titled := map[string]byte{}
	votes := map[string]*[2]int{}
	for _, s := range sentencesOf(text) {
		fs := strings.Fields(s)
		only, names := "", 0 // the last name of the sentence so far, how many
		inRun := false       // the previous word was part of a name
		for i, f := range fs {
			w := strings.Trim(f, "\"'“”‘’()[],;:!?")
			low := strings.ToLower(w)
			wasRun := inRun
			inRun = false
			if g := titleGender(low); g != 0 && i+1 < len(fs) {
				if n := surnameAfter(fs[i+1:]); n != "" {
					titled[n] = g
				}
				continue
			}
			if g := pronounGender(low); g != 0 {
				if names == 1 && i > 0 && saidBefore(fs, i) {
					v := votes[only]
					if v == nil {
						v = &[2]int{}
						votes[only] = v
					}
					if g == 'm' {
						v[0]++
					} else {
						v[1]++
					}
				}
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			if i == 0 || !unicode.IsUpper(r) || terms.IsStop(low) || nonNames[low] || isTitle(strings.TrimSuffix(low, ".")) {
				continue
			}
			low = strings.TrimSuffix(strings.TrimSuffix(low, "'s"), "’s")
			if metonyms[low] != "" || isCountry(low) {
				continue
			}
			switch {
			case wasRun && names > 0:
				only = low // "Bernie Sanders": one name, its last word
			case names == 0 || low != only:
				names++
				only = low
			}
			inRun = !strings.ContainsAny(f, ",;:!?")
		}
	}
	out := map[string]byte{}
	for n, v := range votes {
		switch {
		case v[0] >= 1 && v[0] >= 3*v[1]:
			out[n] = 'm'
		case v[1] >= 1 && v[1] >= 3*v[0]:
			out[n] = 'f'
		}
	}
	for n, g := range titled {
		out[n] = g // a title outweighs pronouns
	}
	return out
}

// saidBefore reports whether a speech verb (and perhaps "that") stands
// right before fs[i].
func saidBefore(fs []string, i int) bool {
	j := i - 1
	if strings.EqualFold(fs[j], "that") && j > 0 {
		j--
	}
	return speechVerbs[strings.ToLower(strings.Trim(fs[j], ",;:"))]
}

func titleGender(low string) byte {
	switch strings.TrimSuffix(low, ".") {
	case "mr":
		return 'm'
	case "mrs", "ms":
		return 'f'
	}
	return 0
}

// surnameAfter is the last capitalised word of the run that opens fs,
// lower case, without a possessive ("Clinton's" -> "clinton").
func surnameAfter(fs []string) string {
	last := ""
	for i, f := range fs {
		if i == 3 {
			break
		}
		w := strings.Trim(f, "\"'“”‘’()[],;:!?.")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) {
			break
		}
		last = strings.ToLower(w)
		if strings.ContainsAny(f, ",;:!?") || strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s") {
			break
		}
	}
	return last
}

// personFor is whom a he/she with no antecedent in its sentence stands
// for: the most mentioned name known to be of the pronoun's gender, else
// the most mentioned one of no known gender that speaks somewhere ("Kell
// said"): a virus or a bill named most often is no "he"; else the main
// person when nothing says otherwise.
func (a *article) personFor(g byte) string {
	person := canon(a.person())
	if a.genderOf(person) == g {
		return person
	}
	low := strings.ToLower(a.text)
	best, bestN := "", 0
	speaker, speakerN := "", 0
	for _, p := range a.allPhrases() {
		if strings.Contains(p, " ") || metonyms[p] != "" || isCountry(p) || nonNames[p] || a.noPerson(p) {
			continue
		}
		pg := a.genderOf(p)
		if pg != g && pg != 0 {
			continue
		}
		n := strings.Count(low, p)
		if pg == g && n > bestN {
			best, bestN = p, n
		}
		if pg == 0 && n > speakerN && speaks(low, p) {
			speaker, speakerN = p, n
		}
	}
	switch {
	case best != "":
		return canon(best)
	case speaker != "":
		return canon(speaker)
	case a.genderOf(person) == 0 && person != "" && (a.entType(person) == core.Person || a.entType(person) == "" && speaks(low, person)):
		return person
	}
	return ""
}

// entType is the type of the analyze layer's entity whose name holds the
// word w ("edrin" in "Port of Edrin"), a person's first; "" when none does
// or no entities were given.
func (a *article) entType(w string) core.EntityType {
	var t core.EntityType
	for name, e := range a.ents {
		for _, f := range strings.Fields(name) {
			if f == w {
				if e.Type == core.Person {
					return core.Person
				}
				t = e.Type
			}
		}
	}
	return t
}

// noPerson reports whether a name cannot be a "he" or "she": an entity of
// another type than a person, or a name the text writes in capitals only
// ("VBC said": a medium).
func (a *article) noPerson(p string) bool {
	if t := a.entType(p); t != "" && t != core.Person {
		return true
	}
	up := strings.ToUpper(p)
	return len(p) > 1 && up != p && strings.Contains(a.text, up) && !strings.Contains(a.text, strings.ToUpper(p[:1])+p[1:])
}

// speaks reports whether name is followed by a speech verb in low.
func speaks(low, name string) bool {
	for _, v := range []string{" said", " says", " told", " added", " argued", " wrote", " noted", " stressed"} {
		if strings.Contains(low, name+v) {
			return true
		}
	}
	return false
}
