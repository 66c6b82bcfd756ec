package novelty

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/claims"
	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/story/terms"
)

// A Trace is what a storyline remembers of one sentence: the hashes of its
// content stems, sorted and distinct.
type Trace []uint64

// Memory keeps what each storyline has said. Lines are int64 storyline IDs.
type Memory interface {
	// Traces returns the remembered sentences of line, oldest first.
	Traces(ctx context.Context, line int64) ([]Trace, error)
	// Known reports which of keys (names, numbers, claim keys) line holds.
	Known(ctx context.Context, line int64, keys []string) ([]bool, error)
	// Remember adds sentences and keys to line.
	Remember(ctx context.Context, line int64, traces []Trace, keys []string) error
}

// Options tunes a Detector. The zero value works.
type Options struct {
	// Covered is the share of a sentence's content stems that one earlier
	// sentence must hold for it to be old; 0 means 0.6.
	Covered float64
	// Together is the share that two earlier sentences together must
	// hold for it to be old (a report that merges two earlier ones) when
	// it names nothing new; 0 means 0.55.
	Together float64
	// Seen is the share of a sentence's content stems that the storyline
	// must have used anywhere (in any sentences) for it to be old when it
	// names nothing new and two earlier sentences hold at least Partial of
	// it: a retelling in the storyline's own words; 0 means 0.7.
	Seen float64
	// Partial is the two-sentence share that Seen needs beside it; 0 means
	// 0.25.
	Partial float64
	// MinWords is the fewest content stems a sentence needs to be judged
	// on its wording; a shorter one with at least two stems is judged only
	// when it reads as a statement (not a question, one ordinary lower-case
	// word at least: "Ukraine rejected the proposal."), new when it uses a
	// word, name or number the storyline never used; shorter ones still
	// are neither new nor remembered. 0 means 4.
	MinWords int
}

// A Sentence is one sentence of an article with the verdict.
type Sentence struct {
	Text string
	New  bool
	// Covered is the largest share of its content stems found in one
	// earlier sentence of the storyline, or in two together.
	Covered float64
	// Seen is the share of its content stems the storyline used anywhere.
	Seen float64
	// NewWords are its content words the storyline never used, in order
	// (for display: what in it is new); nil for a sentence too short.
	NewWords []string
	Reason   string
}

// A Detector judges sentences against a Memory. It is NOT safe for
// concurrent use.
type Detector struct {
	opts Options
	mem  Memory
	stem terms.Stemmer
	ex   *claims.Extractor
	// wrap holds the stem hashes of attribution words ("said", "according
	// to", "told") and time zones ("GMT"): they wrap content without being
	// content.
	wrap map[uint64]bool
	// act holds the stem hashes of act verbs (actWords).
	act map[uint64]bool
	// canon caches canonicalKeys by name.
	canon map[string][]string
	// person caches persons by name.
	person map[string]personForms
	buf    []uint64 // coverOf's scratch space
	sc     coverScratch
	art    postings // the article's index, for a Memory that keeps none
	// linear measures every sentence against every remembered trace
	// (coverOf), the reference the indexed paths are tested against.
	linear bool
}

// An indexedMemory keeps a postings index of its traces up to date.
type indexedMemory interface {
	postingsOf(line int64) *postings
}

// wrapWords are the attribution words left out of a sentence's content.
var wrapWords = []string{"said", "says", "say", "saying", "told", "tells", "according", "added", "adds",
	"reported", "reports", "reportedly", "quoted", "statement", "spokesman", "spokeswoman", "spokesperson",
	"responded", "replied"}

// relativeWhen are the words that place a fact relative to the report's
// own day or to another fact ("shortly afterwards", "recently", "two
// years ago"): one report's "shortly afterwards" is another's "on
// Thursday", so they are left out of a sentence's content like
// attribution. Parts of the day ("night", "morning") stay content: "a
// night of rioting" is what happened, and leaving them out cost true
// "new" calls on the spent samples.
var relativeWhen = []string{"yesterday", "today", "tonight", "tomorrow", "overnight", "earlier", "later",
	"currently", "recently", "ago", "shortly", "afterwards"}

// NewDetector returns a Detector over mem (NewMemMemory when nil).
func NewDetector(mem Memory, opts Options) *Detector {
	if opts.Covered <= 0 || opts.Covered > 1 {
		opts.Covered = 0.6
	}
	if opts.Together <= 0 || opts.Together > 1 {
		opts.Together = 0.55
	}
	if opts.Seen <= 0 || opts.Seen > 1 {
		opts.Seen = 0.7
	}
	if opts.Partial <= 0 || opts.Partial > 1 {
		opts.Partial = 0.25
	}
	if opts.MinWords <= 0 {
		opts.MinWords = 4
	}
	if mem == nil {
		mem = NewMemMemory(0)
	}
	d := &Detector{opts: opts, mem: mem, ex: claims.NewExtractor(claims.Options{}), canon: map[string][]string{},
		person: map[string]personForms{}}
	d.wrap, d.act = d.stemSet(wrapWords), d.stemSet(actWords)
	for h := range d.stemSet(zoneWords) { // "GMT": when, not what
		d.wrap[h] = true
	}
	for h := range d.stemSet(relativeWhen) { // "shortly afterwards": when, relative to the report
		d.wrap[h] = true
	}
	return d
}

// Check returns the sentences of an article (title first) with what is new
// in them relative to the earlier articles of storyline line, then
// remembers the article in line.
func (d *Detector) Check(ctx context.Context, line int64, title, text string) ([]Sentence, error) {
	return d.check(ctx, line, title, text, true)
}

// Learn remembers an article in storyline line as Check does, without
// judging it: what a reader of the storyline knew before the article
// Check is asked about next. It costs a fraction of Check on a long
// storyline (nothing is compared).
func (d *Detector) Learn(ctx context.Context, line int64, title, text string) error {
	_, err := d.check(ctx, line, title, text, false)
	return err
}

func (d *Detector) check(ctx context.Context, line int64, title, text string, judge bool) ([]Sentence, error) {
	sents, sclaims := d.ex.BySentence(title, text)
	folded := make([]string, len(sents)) // matched without accents (unaccent)
	trs := make([]Trace, len(sents))
	for si, s := range sents {
		folded[si] = unaccent(s)
		trs[si] = d.content(folded[si])
	}
	var prior []Trace
	var ix *postings
	if judge {
		im, indexed := d.mem.(indexedMemory)
		if indexed && !d.linear {
			ix = im.postingsOf(line)
		} else {
			var err error
			if prior, err = d.mem.Traces(ctx, line); err != nil {
				return nil, fmt.Errorf("novelty: storyline %d: %w", line, err)
			}
			if !d.linear {
				d.art.indexArticle(prior, trs)
				ix = &d.art
			}
		}
	}
	var out []Sentence
	var traces []Trace
	var keys []string
	for si, s := range folded {
		tr := trs[si]
		names := nameKeys(s)
		var cks []string
		for _, c := range sclaims[si] {
			cks = append(cks, "claim:"+c.Key)
		}
		x := Sentence{Text: sents[si]}
		short := len(tr) < d.opts.MinWords
		if short && !statement(s, len(tr)) || len(tr) <= 6 && stamp(s) {
			x.Reason = core.ReasonTooShort
			out = append(out, x)
			if len(tr) > 0 {
				traces = append(traces, tr)
			}
			keys = append(keys, names...) // "He was 75.": its figure was read
			continue
		}
		if !judge {
			traces = append(traces, tr)
			keys = append(keys, names...)
			keys = append(keys, cks...)
			keys = append(keys, d.aliasKeys(s, names)...)
			continue
		}
		// judged on what it reports (reported): the source's clause is
		// remembered, not weighed
		js, jtr := s, tr
		if r := reported(s); r != s {
			if rtr := d.content(r); len(rtr) >= d.opts.MinWords {
				js, jtr = r, rtr
			}
		}
		var cv cover
		if d.linear {
			cv, d.buf = coverOf(jtr, prior, d.buf)
		} else {
			cv = coverIndexed(jtr, ix, &d.sc)
		}
		x.Covered, x.Seen = cv.two, cv.seenShare()
		if x.Seen < 1 {
			x.NewWords = d.newWords(js, jtr, cv)
		}
		aliases, owner := d.aliasQuery(s, names)
		query := append(append(append([]string(nil), names...), cks...), aliases...)
		known, err := d.mem.Known(ctx, line, query)
		if err != nil {
			return nil, fmt.Errorf("novelty: storyline %d: %w", line, err)
		}
		aka := make([]bool, len(names)) // a name known under another form
		for j, i := range owner {
			aka[i] = aka[i] || known[len(names)+len(cks)+j]
		}
		var fresh []string
		freshNum := false
		headline := titleCase(sents[si])
		for i, k := range names {
			if headline && !d.headName(k, names, jtr, cv) {
				continue // a title-case headline's capitals mark no names
			}
			if js != s && !inReport(js, k) {
				continue // the source's name: who reported it, not what
			}
			if !known[i] && !aka[i] && d.freshName(k, s, jtr, cv) && !source(s, k) && !outlet(k) {
				n, isNum := strings.CutPrefix(k, "num:")
				if isNum && when(s, n) {
					continue // a day or an hour: when, not a figure
				}
				freshNum = freshNum || isNum
				fresh = append(fresh, strings.TrimPrefix(n, "name:"))
			}
		}
		fresh = append(fresh, d.acts(x.NewWords)...)
		claimKnown := len(cks) > 0
		for i := range cks {
			if !known[len(names)+i] {
				claimKnown = false
			}
		}
		unseen := x.Seen < 1
		switch {
		case claimKnown:
			x.Reason = "repeats a claim already in the storyline: " + sclaims[si][0].Text
		case short && len(fresh) == 0 && !unseen:
			x.Reason = "every word of it was said before"
		case len(fresh) == 0 && !freshNum && commentary(s):
			x.Reason = "comment: judges what was reported, adds no name, figure or act"
		case short:
			x.New = true
		case (cv.one >= d.opts.Covered || cv.two >= d.opts.Together) && len(fresh) == 0:
			x.Reason = fmt.Sprintf("%.0f%% of it was said before", 100*x.Covered)
		case cv.one >= 0.9 && !freshNum: // a changed figure is news; a name is a detail
			x.Reason = fmt.Sprintf("%.0f%% of it was said before", 100*cv.one)
		case len(fresh) == 0 && x.Seen >= d.opts.Seen && x.Covered >= d.opts.Partial:
			x.Reason = fmt.Sprintf("%.0f%% of its words were used before, %.0f%% of it together, and it names nothing new", 100*x.Seen, 100*x.Covered)
		default:
			x.New = true
		}
		if x.New {
			if len(fresh) > 0 {
				x.Reason = "mentions for the first time: " + strings.Join(fresh, ", ")
			} else {
				x.Reason = fmt.Sprintf("new statement (at most %.0f%% said before)", 100*x.Covered)
			}
		}
		out = append(out, x)
		traces = append(traces, tr)
		keys = append(keys, names...)
		keys = append(keys, cks...)
		keys = append(keys, d.aliasKeys(s, names)...)
	}
	if err := d.mem.Remember(ctx, line, traces, keys); err != nil {
		return nil, fmt.Errorf("novelty: storyline %d: %w", line, err)
	}
	return out, nil
}

// negation spells out the negative contractions, whose stubs ("didn",
// "isn", "won", "couldn") would otherwise read as content words: a
// sentence that says "didn't" where an earlier one said "did not" is no
// newer for it, and "won't" is no victory. ECB+-style spaced apostrophes
// ("wasn’ t") are read the same.
var negation = strings.NewReplacer(
	"won't", "will not", "won’t", "will not", "won’ t", "will not", "won' t", "will not",
	"Won't", "Will not", "Won’t", "Will not", "Won’ t", "Will not", "Won' t", "Will not",
	"can't", "can not", "can’t", "can not", "can’ t", "can not", "can' t", "can not",
	"Can't", "Can not", "Can’t", "Can not", "Can’ t", "Can not", "Can' t", "Can not",
	"n't", " not", "n’t", " not", "n’ t", " not", "n' t", " not",
	"N'T", " NOT", "N’T", " NOT")

// stems are the content stems of s, synonyms read as one (sameAs), the
// negative contractions spelled out (negation).
func (d *Detector) stems(s string) []string {
	if strings.Contains(s, "n'") || strings.Contains(s, "n’") {
		s = negation.Replace(s)
	}
	st := d.stem.Content(s)
	for i, x := range st {
		st[i] = canonical(x)
	}
	return st
}

// content is the trace of s without its attribution words.
func (d *Detector) content(s string) Trace {
	tr := trace(d.stems(s))
	w := 0
	for _, h := range tr {
		if !d.wrap[h] {
			tr[w] = h
			w++
		}
	}
	return tr[:w]
}

// newWords are the content words of s whose stems the storyline never
// used (cv.seen false), each once, in order.
func (d *Detector) newWords(s string, tr Trace, cv cover) []string {
	var out []string
	var done []uint64
	for _, w := range terms.Words(s) {
		if terms.IsStop(w) || !hasLetter(w) {
			continue
		}
		h := stemHash(canonical(d.stem.Stem(w)))
		i, ok := tr.index(h)
		if !ok || cv.seen[i] || d.wrap[h] || slices.Contains(done, h) {
			continue
		}
		done = append(done, h)
		out = append(out, w)
	}
	return out
}

// hasLetter reports whether w holds a letter.
func hasLetter(w string) bool {
	return strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// freshName reports whether the name or number key k, not held as a key by
// the storyline, is news: a number always, a name when one of its words
// was never used in the storyline ("New Orleans Saints" after "New
// Orleans" and "the Saints" is not; a capitalised headline is not). The
// first word of a name of several words that opens sentence s is left
// out: capitalised by its place, it may be no part of the name
// ("Critical IE patch now available" after "IE").
func (d *Detector) freshName(k, s string, tr Trace, cv cover) bool {
	name, ok := strings.CutPrefix(k, "name:")
	if !ok {
		return true
	}
	if calendar[name] || name != "may" && slices.Contains(months, name) || zone(name) || holidays[name] {
		return false // "February", "Dec.", "Monday", "GMT", "Christmas": when, not who
	}
	if sur, ok := initialSurname(name, s); ok {
		name = sur // "George W." of "George W. Bush": the person of the surname
	} else if first, rest, ok := strings.Cut(name, " "); ok && opens(s, first) {
		name = rest
	}
	name = courtPlace(name)
	for _, st := range d.stems(name) {
		if i, ok := tr.index(stemHash(st)); ok && !cv.seen[i] {
			return true
		}
	}
	return false
}

// initialSurname is the surname after the name n (lower case) when n ends
// in a middle initial that s cuts from it ("george w" of "George W. Bush"
// gives "bush"): given names and an initial before a surname, the
// person the surname names. False when n ends in no single letter or s
// has no capitalised word right after the initial's full stop.
func initialSurname(n, s string) (string, bool) {
	sp := strings.LastIndexByte(n, ' ')
	if sp < 0 || len(n)-sp != 2 || n[sp+1] < 'a' || n[sp+1] > 'z' {
		return "", false
	}
	low := strings.ToLower(s)
	at := strings.Index(low, n+". ")
	if at < 0 {
		return "", false
	}
	rest := s[at+len(n)+2:]
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' })
	if end < 0 {
		end = len(rest)
	}
	w := rest[:end]
	if len(w) < 2 || !unicode.IsUpper(rune(w[0])) {
		return "", false
	}
	return strings.ToLower(w), true
}

// courtWords are the words of a court's kind ("San Diego Superior Court",
// "Brooklyn Supreme Court"): a court of a place the storyline named is no
// new name for the kind of court it is.
var courtWords = []string{"superior", "supreme", "district", "county", "circuit", "crown",
	"magistrates", "magistrate", "municipal", "federal", "high", "appeals", "criminal", "family",
	"juvenile", "bankruptcy", "sheriff", "justice", "court"}

// courtPlace is the place of a court's name n (lower case: "san diego
// superior court" gives "san diego"): its words without those of the
// court's kind, when it ends in "court", has such a word before that and
// a place word; n itself otherwise ("supreme court", "tower court").
func courtPlace(n string) string {
	if !strings.HasSuffix(n, " court") {
		return n
	}
	ws := strings.Fields(n)
	if len(ws) < 3 || ws[len(ws)-1] != "court" {
		return n
	}
	var place []string
	for _, w := range ws[:len(ws)-1] {
		if !slices.Contains(courtWords, strings.TrimRight(w, "'’")) {
			place = append(place, w)
		}
	}
	if len(place) == 0 || len(place) == len(ws)-1 {
		return n
	}
	return strings.Join(place, " ")
}

// opens reports whether the lower-case word w is the first word of s
// (after opening quotes and brackets).
func opens(s, w string) bool {
	s = strings.TrimLeft(s, " \"'“‘([")
	return len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) &&
		(len(s) == len(w) || !unicode.IsLetter(rune(s[len(w)])))
}

// statement reports whether a sentence of n content stems, fewer than
// MinWords, still reads as a statement: two stems at least, not a question,
// and one ordinary lower-case word (a verb or noun, not a dateline or a
// headline fragment).
func statement(s string, n int) bool {
	s = strings.TrimSpace(s)
	if n < 2 || strings.HasSuffix(strings.TrimRight(s, "\"'”’ "), "?") {
		return false
	}
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, ".,;:!?\"'“”‘’()")
		if len(f) < 3 || f[0] < 'a' || f[0] > 'z' || terms.IsStop(f) {
			continue
		}
		letters := true
		for _, r := range f {
			if !unicode.IsLetter(r) {
				letters = false
				break
			}
		}
		if letters {
			return true
		}
	}
	return false
}

// nameKeys are the names and numbers of a sentence as memory keys.
func nameKeys(s string) []string {
	var out []string
	for _, p := range terms.Phrases(s) {
		out = append(out, "name:"+p)
	}
	for _, n := range terms.Numbers(s) {
		out = append(out, "num:"+n)
	}
	return out
}
