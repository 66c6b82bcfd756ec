package claims

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/storyline/storyline/internal/story/terms"
)

// Words of one meaning in other forms. Join compares two statements with
// each gist stem read as its class in synonyms.txt (written for this
// package; how it was made is noted there), so that "we are ready for
// talks with Ostmark" and "readiness for negotiations with Ostmark" share
// three stems where the words share one. The gists a store keeps and the
// keys stay the stems of the words said; the classes only count in
// comparing.

//go:embed synonyms.txt
var synonymsText string

// A synonymLexicon maps stems to their class.
type synonymLexicon struct {
	class map[string]string // stem -> the stem of its class's first word
	keep  map[string]string // word whose stem says nothing (generic) -> the stem a gist keeps for it
	// against holds, for each class, the classes that say its opposite
	against map[string]map[string]bool
	// ready is the readiness class; litotes holds the classes whose
	// negation states it ("never refused", "not unwilling"; polarity.go)
	ready   string
	litotes map[string]bool
}

// synonyms is the lexicon of synonyms.txt, read on first use.
var synonyms = sync.OnceValue(func() synonymLexicon { return parseSynonyms(synonymsText) })

// parseSynonyms reads the lexicon's format (see synonyms.txt). A stem a
// class before holds stays in that class.
func parseSynonyms(src string) synonymLexicon {
	var st terms.Stemmer
	lx := synonymLexicon{class: map[string]string{}, keep: map[string]string{}, against: map[string]map[string]bool{},
		litotes: map[string]bool{}}
	var opposed [][]string
	for _, line := range strings.Split(src, "\n") {
		line, _, _ = strings.Cut(line, "#")
		ws := strings.Fields(strings.ToLower(line))
		if len(ws) > 0 && ws[0] == "!" {
			opposed = append(opposed, ws[1:])
			continue
		}
		if len(ws) < 2 {
			continue
		}
		name := lx.stemOf(&st, ws[0])
		for _, w := range ws {
			s := lx.stemOf(&st, w)
			if _, ok := lx.class[s]; !ok {
				lx.class[s] = name
			}
		}
	}
	for _, ws := range opposed {
		for _, a := range ws {
			for _, b := range ws {
				ca, cb := lx.class[lx.stemOf(&st, a)], lx.class[lx.stemOf(&st, b)]
				if ca == "" || cb == "" || ca == cb {
					continue
				}
				if lx.against[ca] == nil {
					lx.against[ca] = map[string]bool{}
				}
				lx.against[ca][cb] = true
			}
		}
	}
	lx.ready = lx.class[lx.stemOf(&st, "ready")]
	for _, w := range []string{"refuse", "unwilling"} {
		if c := lx.class[lx.stemOf(&st, w)]; c != "" && lx.ready != "" {
			lx.litotes[c] = true
		}
	}
	return lx
}

// contradicts reports whether two gists read as classes say opposite
// things: one holds a class and the other a class opposed to it, and
// neither holds both ("ready" / "refuse").
func contradicts(a, b []string) bool {
	against := synonyms().against
	for _, x := range a {
		opp := against[x]
		if opp == nil || contains(b, x) {
			continue
		}
		for _, y := range b {
			if opp[y] && !contains(a, y) {
				return true
			}
		}
	}
	return false
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// stemOf is w's stem as a gist keeps it: its own stem, or w itself
// where that stem is a word that says nothing ("willing" stems to
// "will"), which a gist leaves out.
func (lx synonymLexicon) stemOf(st *terms.Stemmer, w string) string {
	s := st.Stem(w)
	if generic[s] && !generic[w] {
		lx.keep[w] = w
		return w
	}
	return s
}

// keptStem is the stem a gist keeps for word w (lower case) whose stem
// says nothing, when the lexicon holds w ("willing"), else "".
func keptStem(w string) string { return synonyms().keep[w] }

// classes returns gist with each stem read as its class, distinct, in
// order. It returns gist itself when no stem has a class.
func classes(gist []string) []string {
	cl := synonyms().class
	var out []string
	for i, s := range gist {
		c, ok := cl[s]
		if ok && out == nil {
			out = append(make([]string, 0, len(gist)), gist[:i]...)
		}
		if out == nil {
			continue
		}
		if !ok {
			c = s
		}
		dup := false
		for _, o := range out {
			if o == c {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, c)
		}
	}
	if out == nil {
		return gist
	}
	return out
}
