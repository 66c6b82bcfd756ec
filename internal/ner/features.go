package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// Feature templates. Each feature is hashed from its template number and the
// strings it combines; the numbers are part of the model format, so never
// renumber them (append new ones instead).
const (
	fBias byte = iota + 1
	fWord
	fLower
	fShape
	fShort
	fPrefix
	fSuffix
	fFlags
	fPrevLower
	fPrev2Lower
	fNextLower
	fNext2Lower
	fShapeTri
	fBigramPrev
	fBigramNext
	fGaz
	fGazPrev
	fGazNext
	fDoc
	fPos
	fPrevShape
	fNextShape
	fTrueWord
	fFirstWord
	fDocTag
	fPrevSuffix
	fNextSuffix
	fHeadline
	fCluster
	fStage
	fStagePrev
	fStageNext
	fAgg
	fAggMajor
	fGazCtx
	fDocRun
)

// FNV-1a, 32-bit, with a final mix.
const (
	offset32 = 2166136261
	prime32  = 16777619
)

func hStart(t byte) uint32 { return (offset32 ^ uint32(t)) * prime32 }

func hStr(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * prime32
	}
	return h
}

func hSep(h uint32) uint32 { return (h ^ 0x1f) * prime32 }

func hFinish(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

func feat1(t byte, a string) uint32 { return hFinish(hStr(hStart(t), a)) }

func feat2(t byte, a, b string) uint32 { return hFinish(hStr(hSep(hStr(hStart(t), a)), b)) }

func feat3(t byte, a, b, c string) uint32 {
	return hFinish(hStr(hSep(hStr(hSep(hStr(hStart(t), a)), b)), c))
}

// wordInfo is what the features need of one token, computed once per word.
type wordInfo struct {
	word, lower, shape, short  string
	allCaps, initCap, hasDigit bool
	letter                     bool      // the word has a letter
	cluster                    [2]string // coarse and fine word clusters, "-" when unknown

	// Hashes of the features that depend on the word alone, in the order
	// extract emits them (see there).
	own      []uint32  // fWord, fLower, fShape, fShort, then the prefixes and suffixes
	flags    [2]uint32 // fFlags elsewhere / as the sentence's first token
	headline uint32    // fHeadline
	first    uint32    // fFirstWord
	pos      [3]uint32 // fPos first, mid, last
	clusters [3]uint32 // fCluster "c", "f", "fs"
}

func shapeOf(w string) (shape, short string) {
	var b, s strings.Builder
	var last, lastS rune
	n := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if n < 6 {
			b.WriteRune(c)
		} else if c != last {
			b.WriteRune(c)
		}
		if c != lastS {
			s.WriteRune(c)
		}
		last, lastS = c, c
		n++
	}
	return b.String(), s.String()
}

func infoOf(w string) *wordInfo {
	wi := &wordInfo{word: w, lower: strings.ToLower(w)}
	wi.shape, wi.short = shapeOf(w)
	if c, ok := clusterOf(w); ok {
		wi.cluster = c
	} else {
		wi.cluster = [2]string{"-", "-"}
	}
	letters, upper := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
		if unicode.IsDigit(r) {
			wi.hasDigit = true
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	wi.initCap = unicode.IsUpper(r)
	wi.allCaps = letters > 1 && upper == letters
	wi.letter = hasLetter(w)
	wi.ownFeatures()
	return wi
}

// ownFeatures fills wi's hashes of the features of the word alone.
func (wi *wordInfo) ownFeatures() {
	wi.own = make([]uint32, 0, 12)
	wi.own = append(wi.own,
		feat1(fWord, wi.word),
		feat1(fLower, wi.lower),
		feat1(fShape, wi.shape),
		feat1(fShort, wi.short),
	)
	for k := 1; k <= 4; k++ {
		if p := affix(wi.lower, k, true); p != "" {
			wi.own = append(wi.own, feat2(fPrefix, string(rune('0'+k)), p))
		}
		if s := affix(wi.lower, k, false); s != "" {
			wi.own = append(wi.own, feat2(fSuffix, string(rune('0'+k)), s))
		}
	}
	flags := []byte("------")
	if wi.allCaps {
		flags[0] = 'A'
	}
	if wi.initCap {
		flags[1] = 'C'
	}
	if wi.hasDigit {
		flags[2] = 'D'
	}
	if strings.Contains(wi.word, "-") {
		flags[3] = 'H'
	}
	if strings.Contains(wi.word, ".") {
		flags[4] = 'P'
	}
	wi.flags[0] = feat1(fFlags, string(flags))
	flags[5] = 'F'
	wi.flags[1] = feat1(fFlags, string(flags))
	wi.headline = feat1(fHeadline, wi.short)
	wi.first = feat1(fFirstWord, wi.lower)
	for k, pos := range [3]string{"first", "mid", "last"} {
		wi.pos[k] = feat2(fPos, pos, wi.short)
	}
	wi.clusters = [3]uint32{
		feat2(fCluster, "c", wi.cluster[0]),
		feat2(fCluster, "f", wi.cluster[1]),
		feat3(fCluster, "fs", wi.cluster[1], wi.short),
	}
}

// biasFeature is the hash of the feature every token has.
var biasFeature = feat1(fBias, "")

// affix returns the first (pre) or last n runes of s, "" when s is shorter.
func affix(s string, n int, pre bool) string {
	if utf8.RuneCountInString(s) < n {
		return ""
	}
	if pre {
		i := 0
		for k := 0; k < n; k++ {
			_, sz := utf8.DecodeRuneInString(s[i:])
			i += sz
		}
		return s[:i]
	}
	i := len(s)
	for k := 0; k < n; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

// gazNames are the feature strings of gazetteer kinds, by bit.
var gazNames = [...]string{"country", "demonym", "capital", "region", "org", "title"}

// sentFeatures holds per-sentence precomputed data.
type sentFeatures struct {
	info     []*wordInfo
	gaz      []gazetteer.Kind // kinds of the gazetteer span covering each token
	gazBegin []bool           // token begins its span
	headline bool             // most letters of the sentence are capitals
	role     []byte           // place in a run of two or more capitalised words: 'B', 'M', 'E', or 0
}

// capRoles marks each token's place in runs of at least two capitalised
// words (none in headlines).
func capRoles(sf *sentFeatures) []byte {
	role := make([]byte, len(sf.info))
	if sf.headline {
		return role
	}
	for i := 0; i < len(sf.info); {
		j := i
		for j < len(sf.info) && sf.info[j].initCap && hasLetter(sf.info[j].word) {
			j++
		}
		if j-i >= 2 {
			role[i], role[j-1] = 'B', 'E'
			for k := i + 1; k < j-1; k++ {
				role[k] = 'M'
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	return role
}

func prepare(tokens []string) *sentFeatures { return prepareWith(tokens, map[string]*wordInfo{}) }

// prepareWith is prepare with a cache of word infos shared by the
// sentences of a document; the infos are read-only once made.
func prepareWith(tokens []string, infos map[string]*wordInfo) *sentFeatures {
	sf := &sentFeatures{info: make([]*wordInfo, len(tokens)), gaz: make([]gazetteer.Kind, len(tokens)), gazBegin: make([]bool, len(tokens))}
	capsWords, words := 0, 0
	for i, t := range tokens {
		wi, ok := infos[t]
		if !ok {
			wi = infoOf(t)
			infos[t] = wi
		}
		sf.info[i] = wi
		if r, _ := utf8.DecodeRuneInString(t); utf8.RuneCountInString(t) > 1 && unicode.IsLetter(r) {
			words++
			if sf.info[i].allCaps {
				capsWords++
			}
		}
	}
	sf.headline = words >= 2 && capsWords*10 >= words*7
	sf.role = capRoles(sf)
	for _, sp := range gazetteer.Match(tokens) {
		for k := sp.Start; k < sp.End; k++ {
			sf.gaz[k] = sp.Kind
			sf.gazBegin[k] = k == sp.Start
		}
	}
	return sf
}

// docCounts is how a lower-cased word is written across a document window.
type docCounts struct {
	lower    int // written in lower case
	titleMid int // capitalised, not first in its sentence, not in a headline
	caps     int // all capitals outside headlines
	first    int // capitalised, first in its sentence
	truecase string
	runB     int // first of a run of capitalised words
	runE     int // last of such a run
	runM     int // inside such a run
}

// docStats counts word casings over a window of sentences.
type docStats map[string]*docCounts

func (d docStats) add(sf *sentFeatures, delta int) {
	for i, wi := range sf.info {
		if !wi.letter {
			continue
		}
		c := d[wi.lower]
		if c == nil {
			if delta < 0 {
				continue
			}
			c = &docCounts{}
			d[wi.lower] = c
		}
		switch sf.role[i] {
		case 'B':
			c.runB += delta
		case 'E':
			c.runE += delta
		case 'M':
			c.runM += delta
		}
		switch {
		case sf.headline:
			// Headline casing says nothing about the word.
		case wi.allCaps:
			c.caps += delta
		case !wi.initCap:
			c.lower += delta
		case i == 0 || (i == 1 && !sf.info[0].letter):
			c.first += delta
		default:
			c.titleMid += delta
			if delta > 0 && c.truecase == "" {
				c.truecase = wi.word
			}
		}
	}
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func bucket(n int) string {
	switch {
	case n <= 0:
		return "0"
	case n == 1:
		return "1"
	case n <= 3:
		return "2"
	default:
		return "4"
	}
}

// extract appends the feature hashes of token i to dst.
func extract(sf *sentFeatures, i int, ctx *docContext, dst []uint32) []uint32 {
	var doc docStats
	if ctx != nil {
		doc = ctx.casing
		if ctx.prev != nil {
			dst = extractStacked(sf, i, ctx, dst)
		}
	}
	n := len(sf.info)
	wi := sf.info[i]
	if sf.headline {
		dst = append(dst, wi.headline)
	}
	dst = append(dst, biasFeature)
	dst = append(dst, wi.own...)
	if i == 0 {
		dst = append(dst, wi.flags[1])
	} else {
		dst = append(dst, wi.flags[0])
	}
	if i == 0 || (i == 1 && !sf.info[0].letter) {
		dst = append(dst, wi.first)
	}
	pos := 1
	switch {
	case i == 0:
		pos = 0
	case i == n-1:
		pos = 2
	}
	dst = append(dst, wi.pos[pos])

	lw := func(j int) string {
		switch {
		case j < 0:
			return "<s>"
		case j >= n:
			return "</s>"
		}
		return sf.info[j].lower
	}
	sh := func(j int) string {
		switch {
		case j < 0:
			return "<s>"
		case j >= n:
			return "</s>"
		}
		return sf.info[j].short
	}
	dst = append(dst,
		feat1(fPrevLower, lw(i-1)),
		feat1(fPrev2Lower, lw(i-2)),
		feat1(fNextLower, lw(i+1)),
		feat1(fNext2Lower, lw(i+2)),
		feat2(fBigramPrev, lw(i-1), wi.lower),
		feat2(fBigramNext, wi.lower, lw(i+1)),
		feat3(fShapeTri, sh(i-1), wi.short, sh(i+1)),
		feat2(fPrevShape, sh(i-1), wi.short),
		feat2(fNextShape, wi.short, sh(i+1)),
	)
	cl := func(j, g int) string {
		switch {
		case j < 0:
			return "<s>"
		case j >= n:
			return "</s>"
		}
		return sf.info[j].cluster[g]
	}
	dst = append(dst,
		wi.clusters[0],
		wi.clusters[1],
		feat2(fCluster, "pf", cl(i-1, 1)),
		feat2(fCluster, "nf", cl(i+1, 1)),
		wi.clusters[2],
	)
	if i > 0 {
		dst = append(dst, feat2(fPrevSuffix, affix(sf.info[i-1].lower, 3, false), wi.short))
	}
	if i+1 < n {
		dst = append(dst, feat2(fNextSuffix, affix(sf.info[i+1].lower, 3, false), wi.short))
	}

	// Gazetteers: the kinds of the span covering this token and its neighbours'.
	for b, name := range gazNames {
		k := gazetteer.Kind(1 << b)
		if sf.gaz[i]&k != 0 {
			bi := "I"
			if sf.gazBegin[i] {
				bi = "B"
			}
			dst = append(dst, feat2(fGaz, name, bi), feat3(fGaz, name, bi, wi.short))
			if sf.gazBegin[i] {
				dst = append(dst, feat3(fGazCtx, name, "p", lw(i-1)))
			}
			end := i // the word after the span, conjoined with its kind
			for end+1 < n && sf.gaz[end+1]&k != 0 && !sf.gazBegin[end+1] {
				end++
			}
			dst = append(dst, feat3(fGazCtx, name, "n", lw(end+1)))
		}
		if i > 0 && sf.gaz[i-1]&k != 0 && (sf.gaz[i]&k == 0 || sf.gazBegin[i]) {
			dst = append(dst, feat2(fGazPrev, name, wi.short))
		}
		if i+1 < n && sf.gaz[i+1]&k != 0 && sf.gazBegin[i+1] {
			dst = append(dst, feat2(fGazNext, name, wi.short))
		}
	}

	// Document evidence: how the word is written elsewhere.
	if doc != nil && wi.letter {
		if c := doc[wi.lower]; c != nil {
			self := 0
			if wi.initCap && !wi.allCaps && i > 0 && !sf.headline {
				self = 1 // this very token is counted as titleMid
			}
			tm := c.titleMid - self
			low := c.lower
			if !wi.initCap && !sf.headline {
				low--
			}
			dst = append(dst, feat3(fDoc, wi.short, bucket(tm), bucket(low)))
			// A capitalised word outside any run of capitals learns whether
			// it is the first, a middle or the last word of such runs
			// elsewhere in the window (a lone "Olesen" after "Marta Olesen").
			if wi.initCap && sf.role[i] == 0 && c.runB+c.runM+c.runE > 0 {
				r := []byte("---")
				if c.runB > 0 {
					r[0] = 'B'
				}
				if c.runM > 0 {
					r[1] = 'M'
				}
				if c.runE > 0 {
					r[2] = 'E'
				}
				dst = append(dst, feat2(fDocRun, string(r), wi.short))
			}
			if (wi.allCaps || sf.headline || i == 0) && c.truecase != "" {
				dst = append(dst, feat1(fTrueWord, c.truecase))
			}
		}
	}
	return dst
}

// labelStats counts, per lower-cased word, the entity types a previous stage
// gave it across a window of sentences.
type labelStats map[string]*[numTypes]int

// numTypes is the number of entity types (PER, ORG, LOC, MISC).
const numTypes = (numTags - 1) / 2

var typeNames = [numTypes]string{"PER", "ORG", "LOC", "MISC"}

func typeOf(tag int) int { return (tag - 1) / 2 } // tag > 0

func (l labelStats) add(sf *sentFeatures, tags []int, delta int) {
	for i, tag := range tags {
		if tag == 0 || i >= len(sf.info) {
			continue
		}
		w := sf.info[i].lower
		c := l[w]
		if c == nil {
			if delta < 0 {
				continue
			}
			c = &[numTypes]int{}
			l[w] = c
		}
		c[typeOf(tag)] += delta
	}
}

// extractStacked appends the features a second stage adds: the first
// stage's tags around the token, and how it tagged the same word elsewhere.
func extractStacked(sf *sentFeatures, i int, ctx *docContext, dst []uint32) []uint32 {
	tag := func(j int) string {
		switch {
		case j < 0:
			return "<s>"
		case j >= len(ctx.prev):
			return "</s>"
		}
		return Tags[ctx.prev[j]]
	}
	dst = append(dst,
		feat1(fStage, tag(i)),
		feat2(fStagePrev, tag(i-1), tag(i)),
		feat2(fStageNext, tag(i), tag(i+1)),
	)
	c := ctx.labels[sf.info[i].lower]
	if c == nil {
		return dst
	}
	best, total := -1, 0
	for t, n := range c {
		if n <= 0 {
			continue
		}
		total += n
		dst = append(dst, feat2(fAgg, typeNames[t], bucket(n)))
		if best < 0 || n > c[best] {
			best = t
		}
	}
	if best >= 0 {
		dst = append(dst, feat3(fAggMajor, typeNames[best], sf.info[i].short, tag(i)))
	}
	return dst
}
