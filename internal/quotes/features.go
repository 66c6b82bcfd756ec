package quotes

import (
	"strings"
	"unicode"
)

// Tagger features. Every feature is a 32-bit hash of a template number and
// one or two values; word values are hashed once per token (FNV-1a of the
// lower-case word), small categorical values (cue levels, distance buckets,
// quote state) are used as they are. The model stores only these hashes.

// Feature templates (their numbers are part of the model: append only).
const (
	fBias = iota + 1
	fWord
	fShape
	fShapeWord
	fSuffix3
	fWordM3
	fWordP3
	fBigramM2M1
	fBigramP1P2
	fSuffix2
	fAnyLeftCue
	fAnyRightCue
	fStem
	fNextCue
	fNextWord
	fPrevCue
	fPrevWord
	fBigramM1
	fBigramP1
	fWordM1
	fWordP1
	fWordM2
	fWordP2
	fCue
	fCueM1
	fCueP1
	fQuote
	fQuoteShape
	fMention
	fMentionM1
	fMentionP1
	fSentFirst
	fSentLast
	fPara
	fLeftCueDist
	fLeftCueWord
	fLeftCueQuote
	fLeftCueThat
	fLeftNone
	fRightCueDist
	fRightCueWord
	fRightCueQuote
	fRightNone
	fNoCue
	fComma
	fFromStart
	fToEnd
	fLeftCommas
	fLeftCommasWord
	fLeftNext
	fRightCommasAfter
	fRightCommasAfterCue
	fRightCommas
	fRightCommasWord
	fRightTail
	fRightTailQuote
	fPrev0
	fPrev0Word
	fPrevM1P0
	fPrevP0P1
	fPrevM2P2
	fNearTag     // + 4 kinds
	fNearTagPrev = fNearTag + 4
	fNearTagNone = fNearTagPrev + 4
)

// Templates of the fifth session: word clusters (package ner's), cue
// candidates by cluster and subjects left of them.
const (
	fClusC = fNearTagNone + 4 + iota
	fClusF
	fClusFM1
	fClusFP1
	fClusCM2P2
	fNextClus
	fPrevClus
	fCand
	fLeftCandClus
	fLeftCandLvl
	fRightCandClus
	fRightCandLvl
	fLeftCueClus
	fRightCueClus
	fSubjLeft
	fSubjNextCand
	fSubjLeftClus
)

func mix(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x7feb352d
	h ^= h >> 15
	h *= 0x846ca68b
	h ^= h >> 16
	return h
}

func f1(kind int, a uint32) uint32 { return mix(uint32(kind)*0x9E3779B1 ^ mix(a+0x632BE5AB)) }

func f2(kind int, a, b uint32) uint32 { return mix(f1(kind, a) ^ (b*0x85EBCA77 + 0x165667B1)) }

func strHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// Sentinel word hashes beyond the text's ends.
var (
	hashBOS = strHash("<s>")
	hashEOS = strHash("</s>")
)

// Quote states of a token.
const (
	qOut = iota
	qIn
	qMark
)

// tokInfo is what the features need to know about one token.
type tokInfo struct {
	low    string // lower case
	word   uint32 // hash of low
	stem   uint32 // hash of stem(low)
	shape  uint32 // small shape class, or the hash of a punctuation mark
	cue    uint32 // cue level 0-4 (learned lexicon and reporting verbs)
	quote  uint32 // qOut, qIn or qMark
	ment   uint32 // mention type and position hash, 0 when none
	coarse uint32 // word cluster plus one, 0 when unknown
	fine   uint32 // fine word cluster plus one, 0 when unknown
	ccue   uint32 // cue level of the fine cluster (clusterCueLevel)
	sent   int32  // sentence index
	sFirst bool   // first token of its sentence
	sLast  bool   // last token of its sentence
	para   bool   // first token after a line break
}

// cueLevel grades a lower-case word as an attribution cue: 0 none, 1-4 by
// learned precision; reporting verbs are at least 3.
func cueLevel(w string) uint32 {
	var l uint32
	if ci, ok := cueTable()[w]; ok {
		switch {
		case ci.prec >= 0.8:
			l = 4
		case ci.prec >= 0.6:
			l = 3
		case ci.prec >= 0.4:
			l = 2
		default:
			l = 1
		}
	}
	if _, ok := verbTable()[w]; ok && l < 3 {
		l = 3
	}
	return l
}

// wordShape classes a token: 1 capitalised, 2 all capitals, 3 lower case,
// 4 number, 5 quote mark; other tokens hash their text.
func wordShape(s string) uint32 {
	r := firstRune(s)
	switch {
	case unicode.IsUpper(r):
		for _, c := range s {
			if unicode.IsLower(c) {
				return 1
			}
		}
		return 2
	case unicode.IsLower(r):
		return 3
	case unicode.IsDigit(r):
		return 4
	case isQuoteRune(r):
		return 5
	}
	return strHash(s) | 0x100
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '’', '«', '»', '„', '`', '\'':
		return true
	}
	return false
}

// bucket groups a distance: 0, 1, 2, 3-4, 5-8, 9-16, 17+.
func bucket(n int) uint32 {
	switch {
	case n <= 0:
		return 0
	case n == 1:
		return 1
	case n == 2:
		return 2
	case n <= 4:
		return 3
	case n <= 8:
		return 4
	case n <= 16:
		return 5
	}
	return 6
}

// commaBucket groups a comma count: 0, 1, 2+.
func commaBucket(c int32) uint32 { return uint32(min(max(c, 0), 2)) }

// tokenInfo computes tokInfo for every token of d; the word-cluster fields
// only when clus is set.
func (d *doc) tokenInfo(clus bool) []tokInfo {
	n := len(d.toks)
	info := make([]tokInfo, n)
	si, mi, qi := 0, 0, 0
	for i, t := range d.toks {
		ti := &info[i]
		ti.low = lower(t.Text)
		ti.word = strHash(ti.low)
		ti.stem = ti.word
		if st := stem(ti.low); len(st) != len(ti.low) {
			ti.stem = strHash(st)
		}
		ti.shape = wordShape(t.Text)
		ti.cue = cueLevel(ti.low)
		if clus {
			ti.coarse, ti.fine = wordClusters(t.Text)
			ti.ccue = clusterCueLevel(ti.fine)
		}
		for si+1 < len(d.sents) && d.sents[si+1].Start <= t.Start {
			si++
		}
		ti.sent = int32(si)
		for qi < len(d.spans) && d.spans[qi].close <= t.Start {
			qi++
		}
		switch {
		case qi < len(d.spans) && (t.Start == d.spans[qi].open || t.End == d.spans[qi].close):
			ti.quote = qMark
		case qi < len(d.spans) && d.spans[qi].open <= t.Start:
			ti.quote = qIn
		default:
			ti.quote = qOut
		}
		for mi < len(d.mentions) && d.mentions[mi].End <= t.Start {
			mi++
		}
		if mi < len(d.mentions) && d.mentions[mi].Start <= t.Start {
			pos := "I"
			if d.mentions[mi].Start == t.Start {
				pos = "B"
			}
			ti.ment = strHash(pos + string(d.mentions[mi].Type))
		}
		if i == 0 || info[i-1].sent != ti.sent {
			ti.sFirst = true
			if i > 0 {
				info[i-1].sLast = true
			}
		}
		if i == 0 || strings.IndexByte(d.text[d.toks[i-1].End:t.Start], '\n') >= 0 {
			ti.para = true
		}
	}
	if n > 0 {
		info[n-1].sLast = true
	}
	return info
}

// nearestInSentence returns for every token the index of the nearest token
// within its sentence, to the left (dir -1) or right (dir 1), for which ok
// holds; -1 when none.
func nearestInSentence(info []tokInfo, dir int, ok func(i int) bool) []int32 {
	return nearest(info, dir, ok, false)
}

// nearest is nearestInSentence, and with clauses set it also stops at
// commas, semicolons and colons.
func nearest(info []tokInfo, dir int, ok func(i int) bool, clauses bool) []int32 {
	n := len(info)
	out := make([]int32, n)
	last := int32(-1)
	start, end := 0, n
	if dir > 0 {
		start, end = n-1, -1
	}
	for i := start; i != end; i -= dir {
		if dir < 0 && info[i].sFirst || dir > 0 && info[i].sLast {
			last = -1
		}
		out[i] = last
		if clauses {
			switch info[i].low {
			case ",", ";", ":":
				last = -1
				continue
			}
		}
		if ok(i) {
			last = int32(i)
		}
	}
	return out
}

// features returns the hashed features of every token of d: token i's are
// feats[offs[i]:offs[i+1]]. prev, when not nil, are a first stage's tags,
// which a second stage sees; fl adds the optional feature sets.
func (d *doc) features(prev []int8, fl featFlags) ([]uint32, []int32) {
	var feats []uint32
	offs := make([]int32, 0, len(d.toks)+1)
	d.eachFeatures(d.tokenInfo(fl.clusters), prev, fl, func(_ int, fs []uint32) {
		offs = append(offs, int32(len(feats)))
		feats = append(feats, fs...)
	})
	offs = append(offs, int32(len(feats)))
	return feats, offs
}

// eachFeatures calls emit with the hashed features of every token of d in
// turn (fs is reused between calls); info is d.tokenInfo(fl.clusters), and
// fl adds the optional feature sets (word clusters, sentence features).
func (d *doc) eachFeatures(info []tokInfo, prev []int8, fl featFlags, emit func(i int, fs []uint32)) {
	clus := fl.clusters
	n := len(info)
	var near [4][]int32
	if prev != nil {
		near = nearestTags(info, prev)
	}
	feats := make([]uint32, 0, 100)
	strong := func(i int) bool { return info[i].cue >= 3 && info[i].quote == qOut }
	leftCue := nearestInSentence(info, -1, strong)
	rightCue := nearestInSentence(info, 1, strong)
	anyLeft := nearestInSentence(info, -1, func(i int) bool { return info[i].cue != 0 })
	anyRight := nearestInSentence(info, 1, func(i int) bool { return info[i].cue != 0 })
	var cc clusterCtx
	if clus {
		cc = newClusterCtx(info)
	}
	var sf sentenceFeatures
	if fl.sentence {
		sf = newSentenceFeatures(info, prev)
	}
	var fc frameCtx
	if fl.frames {
		fc = newFrameCtx(info)
	}
	var lc lexCtx
	if fl.cuelex {
		lc = newLexCtx(info)
	}
	var cf contextFeatures
	if fl.context && prev != nil {
		cf = newContextFeatures(info, prev)
	}
	// Commas before each token in its sentence, and sentence bounds.
	commas := make([]int32, n)
	sentFirst := make([]int32, n)
	sentLast := make([]int32, n)
	cnt, fi := int32(0), int32(0)
	for i := range info {
		if info[i].sFirst {
			cnt, fi = 0, int32(i)
		}
		commas[i] = cnt
		sentFirst[i] = fi
		if info[i].low == "," {
			cnt++
		}
	}
	li := int32(n - 1)
	for i := n - 1; i >= 0; i-- {
		if info[i].sLast {
			li = int32(i)
		}
		sentLast[i] = li
	}
	word := func(i int) uint32 {
		if i < 0 {
			return hashBOS
		}
		if i >= n {
			return hashEOS
		}
		return info[i].word
	}
	ptag := func(j int) uint32 {
		if j < 0 || j >= n {
			return 99
		}
		return uint32(prev[j])
	}
	sinceComma := 0
	thatSinceCue := false
	for i := range info {
		ti := &info[i]
		feats = feats[:0]
		if ti.sFirst {
			sinceComma = 0
		}
		w := ti.word
		feats = append(feats,
			f1(fBias, 0), f1(fWord, w), f1(fShape, ti.shape), f2(fShapeWord, ti.shape, w),
			f1(fWordM1, word(i-1)), f1(fWordP1, word(i+1)), f1(fWordM2, word(i-2)), f1(fWordP2, word(i+2)),
			f1(fWordM3, word(i-3)), f1(fWordP3, word(i+3)),
			f2(fBigramM2M1, word(i-2), word(i-1)), f2(fBigramP1P2, word(i+1), word(i+2)),
			f2(fBigramM1, word(i-1), w), f2(fBigramP1, w, word(i+1)),
			f1(fStem, ti.stem), f1(fCue, ti.cue), f1(fQuote, ti.quote), f2(fQuoteShape, ti.quote, ti.shape),
		)
		if l := len(ti.low); l > 3 {
			feats = append(feats, f1(fSuffix3, strHash(ti.low[l-3:])))
		}
		if l := len(ti.low); l > 2 {
			feats = append(feats, f1(fSuffix2, strHash(ti.low[l-2:])))
		}
		if la := anyLeft[i]; la >= 0 {
			feats = append(feats, f2(fAnyLeftCue, info[la].cue, bucket(i-int(la))))
		}
		if ra := anyRight[i]; ra >= 0 {
			feats = append(feats, f2(fAnyRightCue, info[ra].cue, bucket(int(ra)-i)))
		}
		if j := skipAux(info, i, 1); j >= 0 {
			feats = append(feats, f2(fNextCue, info[j].cue, ti.shape), f1(fNextWord, info[j].stem))
		}
		if j := skipAux(info, i, -1); j >= 0 {
			feats = append(feats, f2(fPrevCue, info[j].cue, ti.shape), f1(fPrevWord, info[j].stem))
		}
		if i > 0 {
			feats = append(feats, f2(fCueM1, info[i-1].cue, ti.cue))
		}
		if i+1 < n {
			feats = append(feats, f2(fCueP1, info[i+1].cue, ti.cue))
		}
		if ti.ment != 0 {
			feats = append(feats, f1(fMention, ti.ment))
		}
		if i > 0 && info[i-1].ment != 0 {
			feats = append(feats, f1(fMentionM1, info[i-1].ment))
		}
		if i+1 < n && info[i+1].ment != 0 {
			feats = append(feats, f1(fMentionP1, info[i+1].ment))
		}
		if ti.sFirst {
			feats = append(feats, f2(fSentFirst, ti.quote, ti.shape))
		}
		if ti.sLast {
			feats = append(feats, f1(fSentLast, w))
		}
		if ti.para {
			feats = append(feats, f2(fPara, ti.quote, ti.shape))
		}
		if l := leftCue[i]; l >= 0 {
			dist := bucket(i - int(l))
			c := commaBucket(commas[i] - commas[l])
			feats = append(feats, f1(fLeftCueDist, dist), f2(fLeftCueWord, info[l].word, dist), f2(fLeftCueQuote, dist, ti.quote),
				f2(fLeftCommas, c, dist), f2(fLeftCommasWord, c, info[l].word))
			if thatSinceCue {
				feats = append(feats, f1(fLeftCueThat, dist))
			}
			if int(l)+1 < n {
				feats = append(feats, f2(fLeftNext, c, info[l+1].word))
			}
		} else {
			feats = append(feats, f1(fLeftNone, ti.quote))
		}
		if r := rightCue[i]; r >= 0 {
			dist := bucket(int(r) - i)
			c := commaBucket(commas[r] - commas[i])
			after := commaBucket(commas[sentLast[i]] - commas[r])
			var tail uint32
			if int(sentLast[i])-int(r) <= 6 && after == 0 {
				tail = 1
			}
			feats = append(feats, f1(fRightCueDist, dist), f2(fRightCueWord, info[r].word, dist), f2(fRightCueQuote, dist, ti.quote),
				f2(fRightCommasAfter, c, after), f2(fRightCommasAfterCue, c*3+after, info[r].cue),
				f2(fRightCommas, c, dist), f2(fRightCommasWord, c, info[r].word),
				f2(fRightTail, c, tail), f2(fRightTailQuote, tail, ti.quote))
		} else {
			feats = append(feats, f1(fRightNone, ti.quote))
		}
		if leftCue[i] < 0 && rightCue[i] < 0 {
			feats = append(feats, f2(fNoCue, ti.quote, w))
		}
		feats = append(feats, f1(fComma, bucket(sinceComma)),
			f1(fFromStart, bucket(i-int(sentFirst[i]))), f1(fToEnd, bucket(int(sentLast[i])-i)))
		if clus {
			feats = cc.appendClusterFeatures(feats, info, i, leftCue[i], rightCue[i])
		}
		if fl.frames {
			feats = fc.appendFrames(feats, info, i)
		}
		if fl.cuelex {
			feats = lc.appendCueLex(feats, info, i, commas)
		}
		if fl.sentence {
			var p0 uint32
			if prev != nil {
				p0 = ptag(i)
			}
			feats = sf.appendSentence(feats, info, i, p0)
		}
		if prev != nil {
			p0 := ptag(i)
			if fl.context {
				feats = cf.appendContext(feats, info, i, p0, commas)
			}
			feats = append(feats, f1(fPrev0, p0), f2(fPrev0Word, p0, w), f2(fPrevM1P0, ptag(i-1), p0),
				f2(fPrevP0P1, p0, ptag(i+1)), f2(fPrevM2P2, ptag(i-2), ptag(i+2)))
			for k := 0; k < 4; k++ {
				if j := near[k][i]; j >= 0 {
					dist := i - int(j)
					if dist < 0 {
						dist = -dist
					}
					feats = append(feats, f2(fNearTag+k, bucket(dist), ti.quote), f2(fNearTagPrev+k, bucket(dist), p0))
				} else {
					feats = append(feats, f2(fNearTagNone+k, ti.quote, p0))
				}
			}
		}
		emit(i, feats)
		// Running state after this token.
		if ti.low == "," {
			sinceComma = 0
		} else {
			sinceComma++
		}
		if ti.cue >= 3 {
			thatSinceCue = false
		} else if ti.low == "that" {
			thatSinceCue = true
		}
		if ti.sLast {
			thatSinceCue = false
		}
	}
}
