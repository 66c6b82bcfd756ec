package claims

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/story/terms"
)

// An article is what holders resolve against beyond their sentence; each
// part is computed once, only when a sentence needs it.
type article struct {
	text        string
	writ        *writtenLines // how the text writes words mixed-case (written.go), built once
	mainDone    bool
	mainName    string
	personName  string
	phrases     []string
	phrasesDone bool
	genders     map[string]byte // surname -> 'm' or 'f', see genderOf
	gendersDone bool
	prev        string    // the sentence before the one being read
	deal        string    // the last agreement the article named before (noteDeal), "" for none
	dealShow    string    // deal as the text writes it
	first       [2]string // the first agreement the article names, and as written (firstDeal)
	firstDone   bool
	ents        map[string]core.Entity  // the analyze layer's entities by lower-cased name and alias; nil when not given
	low         string                  // text lower-cased, once (see lower)
	lowerWord   map[string]bool         // openingWord's answer per holder: whether text writes it as a lower-case word
	accused     map[string]accusedNames // accusedFor's answer per pronoun ("he", "she")
}

// accusedNames is accusedFor's answer: the one person charged, and how
// many are.
type accusedNames struct {
	name string
	n    int
}

// personShown is how the article names in full the person a holder
// names by surname ("benn" -> "Clara Benn"), as a quote's speaker shows
// him: the analyze layer's person entity the surname is the name or an
// alias of, when its name is of two or three words ending in that
// surname; "" otherwise (no entities, a holder of two words or more, no
// person, or a name ending in another word). The key keeps the surname,
// so that articles naming one person either way still group.
func (a *article) personShown(h string) string {
	if a == nil || len(a.ents) == 0 || h == "" || strings.Contains(h, " ") {
		return ""
	}
	e, ok := a.ents[h]
	if !ok || e.Type != core.Person {
		return ""
	}
	f := strings.Fields(e.Name)
	if len(f) < 2 || len(f) > 3 || strings.ToLower(f[len(f)-1]) != h || canon(strings.ToLower(e.Name)) != h {
		return ""
	}
	return e.Name
}

// openingWord reports whether a one-word holder is only the sentence's
// capitalised first word, a common word ("Small investors in Hong Kong
// have welcomed the deal"): the article's entities, when known, do not
// name it, it is no country, and the article writes it in lower case
// elsewhere.
func (a *article) openingWord(h string, ws []word) bool {
	if len(a.ents) == 0 || len(ws) == 0 || strings.Contains(h, " ") || ws[0].low != h || metonyms[h] != "" || isCountry(h) {
		return false
	}
	if _, ok := a.ents[h]; ok {
		return false
	}
	// The scan's answer depends only on h: kept per article, so many
	// sentences opening with one word read the text once, not once each.
	if v, ok := a.lowerWord[h]; ok {
		return v
	}
	v := a.writesLowerWord(h)
	if a.lowerWord == nil {
		a.lowerWord = map[string]bool{}
	}
	a.lowerWord[h] = v
	return v
}

// writesLowerWord reports whether the text writes h (lower case) as a
// whole word.
func (a *article) writesLowerWord(h string) bool {
	for at := 0; ; {
		k := strings.Index(a.text[at:], h)
		if k < 0 {
			return false
		}
		k += at
		at = k + len(h)
		if (k == 0 || !isLetter(a.text[k-1])) && (at == len(a.text) || !isLetter(a.text[at])) {
			return true // written in lower case as a word
		}
	}
}

// lower is the article's text in lower case, computed once.
func (a *article) lower() string {
	if a.low == "" {
		a.low = strings.ToLower(a.text)
	}
	return a.low
}

// main is the most mentioned capitalised phrase of the text (ties: the
// first), which "his"/"its" stand for when nothing nearer does.
func (a *article) main() string {
	a.actors()
	return a.mainName
}

// person is the most mentioned bare name of the text that is no country
// or capital, which "he"/"she" stand for when nothing nearer does.
func (a *article) person() string {
	a.actors()
	return a.personName
}

func (a *article) actors() {
	if !a.mainDone {
		a.mainName, a.personName = mainActors(a.allPhrases(), a.text)
		a.mainDone = true
	}
}

func (a *article) allPhrases() []string {
	if !a.phrasesDone {
		a.phrases, a.phrasesDone = terms.Phrases(a.text), true
	}
	return a.phrases
}

// named is the first name of several words in the text that ends in head,
// which "the <head>" stands for ("the authority" -> "port edrin
// authority"), or "".
func (a *article) named(head string) string {
	for _, p := range a.allPhrases() {
		if strings.HasSuffix(p, " "+head) && metonyms[p] == "" {
			return p
		}
	}
	return ""
}

// mainActors counts the bare names of ph (surnames and countries) in
// text: the most mentioned, and the most mentioned that is no country.
func mainActors(ph []string, text string) (main, person string) {
	if len(ph) == 0 {
		return "", ""
	}
	low := strings.ToLower(text)
	mainN, personN := 0, 0
	for _, p := range ph {
		if strings.Contains(p, " ") || metonyms[p] != "" {
			continue
		}
		n := strings.Count(low, p)
		if n > mainN {
			main, mainN = p, n
		}
		if n > personN && !isCountry(p) && !nonNames[p] {
			person, personN = p, n
		}
	}
	return main, person
}
