package textclean

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// The word lists behind RepairGlued; NOTE.md says how they were made.
//
// frequent.txt: one "word count left right" per line, sorted: the words
// (lowercase, or capitalised names such as "Iran") a glued token may be split
// into; how often each occurs in the counting corpus (0 when it does not); and
// in how many known compounds it is the left part ("under": underpaid, ...)
// or the right part ("line": skyline, ...). Productive compound parts are
// not split off, since an unknown word made of them is likely a compound.
//
// joined.txt: one lowercase word per line, sorted: known words that could be
// cut into two frequent words ("nowhere" aside, e.g. "policymakers") and so
// are never split.
var (
	//go:embed frequent.txt
	frequentTxt string
	//go:embed joined.txt
	joinedTxt string
)

// A lexicon answers the word questions RepairGlued asks. It is read-only
// once built and safe for concurrent use.
type lexicon struct {
	lower  map[string]int      // lowercase frequent words -> corpus count
	left   map[string]int      // compounds the word starts
	right  map[string]int      // compounds the word ends
	proper map[string]struct{} // lowercased capitalised names ("iran")
	joined map[string]struct{} // known words never to split
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// getLexicon parses the embedded lists on first use.
func getLexicon() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{
			lower:  make(map[string]int, 40000),
			left:   make(map[string]int, 4000),
			right:  make(map[string]int, 4000),
			proper: make(map[string]struct{}, 4000),
			joined: make(map[string]struct{}, 20000),
		}
		for line := range strings.Lines(frequentTxt) {
			f := strings.Fields(line)
			if len(f) != 4 {
				continue
			}
			w := f[0]
			c, _ := strconv.Atoi(f[1])
			if lw := strings.ToLower(w); lw != w {
				l.proper[lw] = struct{}{}
				continue
			}
			l.lower[w] = c
			if n, _ := strconv.Atoi(f[2]); n > 0 {
				l.left[w] = n
			}
			if n, _ := strconv.Atoi(f[3]); n > 0 {
				l.right[w] = n
			}
		}
		for line := range strings.Lines(joinedTxt) {
			if w := strings.TrimSpace(line); w != "" {
				l.joined[w] = struct{}{}
			}
		}
		lex = l
	})
	return lex
}

// isFrequent reports whether w (lowercase) is a frequent word.
func (l *lexicon) isFrequent(w string) bool {
	_, ok := l.lower[w]
	return ok
}

// isKnownAnyCase reports whether w (lowercased) is a frequent word or name.
func (l *lexicon) isKnownAnyCase(w string) bool {
	if _, ok := l.lower[w]; ok {
		return true
	}
	_, ok := l.proper[w]
	return ok
}

// isJoined reports whether w (lowercase) is a known word that must stay whole.
func (l *lexicon) isJoined(w string) bool {
	_, ok := l.joined[w]
	return ok
}
