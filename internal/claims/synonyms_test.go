package claims

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/story/terms"
)

// TestSynonymClasses: every word of synonyms.txt reads as its own line's
// class (no stem in two classes), says something (no stop word), and the
// opposed classes are classes.
func TestSynonymClasses(t *testing.T) {
	lx := synonyms()
	var st terms.Stemmer
	for _, line := range strings.Split(synonymsText, "\n") {
		line, _, _ = strings.Cut(line, "#")
		ws := strings.Fields(strings.ToLower(line))
		if len(ws) == 0 {
			continue
		}
		if ws[0] == "!" {
			for _, w := range ws[1:] {
				if lx.class[lx.stemOf(&st, w)] != lx.stemOf(&st, w) {
					t.Errorf("opposed %q names no class", w)
				}
			}
			continue
		}
		name := lx.stemOf(&st, ws[0])
		for _, w := range ws {
			s := lx.stemOf(&st, w)
			if terms.IsStop(w) || generic[s] {
				t.Errorf("%q (stem %q) says nothing in a gist", w, s)
			}
			if got := lx.class[s]; got != name {
				t.Errorf("%q (stem %q) reads as class %q, want %q (its line's)", w, s, got, name)
			}
		}
	}
}

// TestClasses: a gist reads each stem as its class, once, in order.
func TestClasses(t *testing.T) {
	for _, tc := range []struct{ gist, want string }{
		{"valdoria readi talk ostmark", "valdoria readi talk ostmark"},
		{"valdoria willing negoti ostmark", "valdoria readi talk ostmark"},
		{"prepared readi dialogu", "readi talk"},
		{"ferri termin", "ferri termin"},
	} {
		if got := strings.Join(classes(strings.Fields(tc.gist)), " "); got != tc.want {
			t.Errorf("classes(%s) = %s, want %s", tc.gist, got, tc.want)
		}
	}
	if !contradicts([]string{"readi", "talk"}, []string{"refus", "talk"}) || contradicts([]string{"readi", "refus", "talk"}, []string{"refus", "talk"}) {
		t.Error("contradicts: ready / refuse")
	}
}

// TestJoinSynonyms: a statement restated in words of one meaning ("an
// inquiry" / "an investigation", "soldiers died" / "the deaths of
// troops") joins the earlier one; one that says the opposite in the same
// words does not. The speakers, places and words are fictional.
func TestJoinSynonyms(t *testing.T) {
	e := NewExtractor(Options{})
	for _, tc := range []struct {
		name, first, later string
		join               bool
	}{
		{"other words of one meaning", "The inquiry will examine why forty soldiers died near the Brannholm crossing",
			"An investigation is to find out how the deaths of forty troops near the Brannholm crossing happened", true},
		{"the opposite in the same words", "The Brannholm council supports the plan to close the northern ferry terminal next spring",
			"The Brannholm council opposes the plan to close the northern ferry terminal next spring", false},
	} {
		t.Run(tc.name, func(t *testing.T) { testJoin(t, e, tc.first, "Anna Lorvik", tc.later, tc.join) })
	}
}

// TestGistKeepsWilling: a lexicon word whose stem says nothing ("willing"
// stems to "will") stays in a statement's gist.
func TestGistKeepsWilling(t *testing.T) {
	e := NewExtractor(Options{})
	got := e.gistOf("The dockers were never willing to work nights at Brannholm")
	if !contains(got, "willing") {
		t.Errorf("gistOf: %v, want willing in it", got)
	}
	if contains(e.gistOf("The dockers will work nights at Brannholm"), "will") {
		t.Error("gistOf keeps will")
	}
}
