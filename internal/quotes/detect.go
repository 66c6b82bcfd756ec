package quotes

import "math"

// The sentence-level attribution detector (eighth experiment, NOTE.md):
// for a sentence in which the tagger's Viterbi path holds no Content, a
// small logistic regression over features of the final stage's scores in
// that sentence estimates whether it holds an attribution; above the
// threshold (Options.Detect), the sentence is re-decoded with the best path
// that holds at least one Content token (constrainedPath), and the usual
// unit rules run on the new tags.

// Detector feature indices.
const (
	dfBias      = iota
	dfMaxCon    // max over tokens of the best Content score minus O
	dfMaxCue    // the same for Cue
	dfMaxSrc    // the same for Source
	dfGapCon    // Viterbi score minus the best score of a path with Content
	dfGapCueCon // minus the best with Content and Cue
	dfStrong    // strong cue words outside quotation marks (at most 3)
	dfCueLevel  // highest cue level of a word in the sentence
	dfQuote     // the sentence holds quoted words
	dfSubjCue   // a mention or subject pronoun before a cue word (level >= 2)
	dfPrevCon   // the previous sentence's path holds Content
	dfNextCon   // the next sentence's path holds Content
	dfLogLen    // log of the sentence's token count
	dfPara      // the sentence opens a paragraph
	// Of the best path with Content and Cue (the candidate unit):
	dfCandCue   // highest cue level of its Cue words
	dfCandSrc   // it holds a Source
	dfCandMent  // its Source holds a mention or subject pronoun
	dfCandShare // share of the sentence's tokens in its Content
	dfCandAfter // its Content starts after its Cue
	numDF
)

// detectorWeights are the logistic regression's weights over the detector
// features, in the order above, trained by TestTrainDetector (NOTE.md).
var detectorWeights = [numDF]float64{11.0604, -0.060763, -0.0730349, 0.048517, -0.24253, -1.33387, -1.08014, 0.259289, -0.0368488, -0.037201, 0.187746, 0.28633, 0.183375, 0.197063, 0.134964, -0.126573, 5.3031, -9.88637, 0.328757}

// subjectPronoun lists the subject pronouns of dfSubjCue.
var subjectPronoun = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}

// detectFeatures returns the detector features of sentence [a,b) of the
// article, from the final stage's emissions em, transitions trans and the
// Viterbi path tags; conIn reports per sentence whether its path holds
// Content.
func detectFeatures(info []tokInfo, em []float32, trans *[numTags + 1][numTags]float32, tags []int8, a, b int, prevCon, nextCon bool) [numDF]float64 {
	var x [numDF]float64
	x[dfBias] = 1
	negInf := math.Inf(-1)
	mc, mq, ms := negInf, negInf, negInf
	seenSubj := false
	for i := a; i < b; i++ {
		r := em[i*numTags : (i+1)*numTags]
		o := float64(r[tagO])
		mc = math.Max(mc, float64(max(r[tagBCon], r[tagICon]))-o)
		mq = math.Max(mq, float64(max(r[tagBCue], r[tagICue]))-o)
		ms = math.Max(ms, float64(max(r[tagBSrc], r[tagISrc]))-o)
		ti := &info[i]
		if ti.cue >= 3 && ti.quote == qOut && x[dfStrong] < 3 {
			x[dfStrong]++
		}
		x[dfCueLevel] = math.Max(x[dfCueLevel], float64(ti.cue))
		if ti.quote == qIn {
			x[dfQuote] = 1
		}
		if ti.quote == qOut && ti.cue >= 2 && seenSubj {
			x[dfSubjCue] = 1
		}
		if ti.ment != 0 || subjectPronoun[ti.low] {
			seenSubj = true
		}
	}
	x[dfMaxCon], x[dfMaxCue], x[dfMaxSrc] = clip(mc), clip(mq), clip(ms)
	best := segmentScore(em, trans, tags, a, b)
	if _, s, ok := constrainedPath(em, trans, tags, a, b, needContent); ok {
		x[dfGapCon] = clip(best - s)
	} else {
		x[dfGapCon] = noPath
	}
	if p, s, ok := constrainedPath(em, trans, tags, a, b, needContent|needCue); ok {
		x[dfGapCueCon] = clip(best - s)
		candidateFeatures(info[a:b], p, &x)
	} else {
		x[dfGapCueCon] = noPath
	}
	if prevCon {
		x[dfPrevCon] = 1
	}
	if nextCon {
		x[dfNextCon] = 1
	}
	x[dfLogLen] = math.Log(float64(b - a))
	if info[a].para {
		x[dfPara] = 1
	}
	return x
}

// candidateFeatures sets the dfCand features from the candidate path p over
// the sentence's tokens info.
func candidateFeatures(info []tokInfo, p []int8, x *[numDF]float64) {
	con, firstCue, firstCon := 0, -1, -1
	for i, t := range p {
		switch t {
		case tagBCue, tagICue:
			x[dfCandCue] = math.Max(x[dfCandCue], float64(info[i].cue))
			if firstCue < 0 {
				firstCue = i
			}
		case tagBSrc, tagISrc:
			x[dfCandSrc] = 1
			if info[i].ment != 0 || subjectPronoun[info[i].low] {
				x[dfCandMent] = 1
			}
		case tagBCon, tagICon:
			con++
			if firstCon < 0 {
				firstCon = i
			}
		}
	}
	x[dfCandShare] = float64(con) / float64(len(p))
	if firstCue >= 0 && firstCon > firstCue {
		x[dfCandAfter] = 1
	}
}

// clip compresses a score feature (perceptron scores run to thousands):
// sign(v) log(1+|v|), bounded by noPath.
func clip(v float64) float64 {
	if math.IsNaN(v) {
		return 0
	}
	return math.Copysign(math.Min(math.Log1p(math.Abs(v)), noPath), v)
}

// noPath is the gap feature when no path with the asked tags exists.
const noPath = 20

// detectProb is the detector's probability for features x.
func detectProb(x *[numDF]float64) float64 {
	var z float64
	for k, w := range detectorWeights {
		z += w * x[k]
	}
	return 1 / (1 + math.Exp(-z))
}

// boundaryTags returns the tag before a (tagStart at the article start)
// and the tag at b (-1 past the end).
func boundaryTags(tags []int8, a, b int) (int, int) {
	prev, next := tagStart, -1
	if a > 0 {
		prev = int(tags[a-1])
	}
	if b < len(tags) {
		next = int(tags[b])
	}
	return prev, next
}

// segmentScore is the score of tags over [a,b), with the transitions in
// from the tag before a and out to the tag at b.
func segmentScore(em []float32, trans *[numTags + 1][numTags]float32, tags []int8, a, b int) float64 {
	p, next := boundaryTags(tags, a, b)
	var s float64
	for i := a; i < b; i++ {
		t := int(tags[i])
		s += float64(trans[p][t]) + float64(em[i*numTags+t])
		p = t
	}
	if next >= 0 {
		s += float64(trans[p][next])
	}
	return s
}

// What a constrained path must hold (bits).
const (
	needContent = 1
	needCue     = 2
	needSource  = 4
)

// constrainedPath returns the best tags over [a,b) (with the tags before
// and after fixed) that hold at least one token of each kind need names
// (needContent, needCue, needSource); its score, and false when no such
// path exists.
// Viterbi over (tag, what has been seen) states.
func constrainedPath(em []float32, trans *[numTags + 1][numTags]float32, tags []int8, a, b int, need int) ([]int8, float64, bool) {
	n := b - a
	if n <= 0 {
		return nil, 0, false
	}
	const ns = numTags * 8
	flag := func(t int) int {
		switch t {
		case tagBCon, tagICon:
			return 1
		case tagBCue, tagICue:
			return 2
		case tagBSrc, tagISrc:
			return 4
		}
		return 0
	}
	negInf := math.Inf(-1)
	pt, next := boundaryTags(tags, a, b)
	back := make([]int16, n*ns)
	var prev, cur [ns]float64
	for s := range prev {
		prev[s] = negInf
	}
	for t := 0; t < numTags; t++ {
		if tagAllowed(pt, t) {
			prev[t*8+flag(t)&need] = float64(trans[pt][t]) + float64(em[a*numTags+t])
		}
	}
	for i := 1; i < n; i++ {
		for s := range cur {
			cur[s] = negInf
		}
		row := em[(a+i)*numTags:]
		for ps := 0; ps < ns; ps++ {
			if prev[ps] == negInf {
				continue
			}
			p, f := ps/8, ps%8
			for t := 0; t < numTags; t++ {
				if !tagAllowed(p, t) {
					continue
				}
				s := t*8 + (f|flag(t))&need
				if v := prev[ps] + float64(trans[p][t]) + float64(row[t]); v > cur[s] {
					cur[s] = v
					back[i*ns+s] = int16(ps)
				}
			}
		}
		prev = cur
	}
	best, arg := negInf, -1
	for t := 0; t < numTags; t++ {
		s := t*8 + need
		if prev[s] == negInf {
			continue
		}
		v := prev[s]
		if next >= 0 {
			if !tagAllowed(t, next) {
				continue
			}
			v += float64(trans[t][next])
		}
		if v > best {
			best, arg = v, s
		}
	}
	if arg < 0 {
		return nil, 0, false
	}
	out := make([]int8, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = int8(arg / 8)
		if i > 0 {
			arg = int(back[i*ns+arg])
		}
	}
	return out, best, true
}

// sentenceRanges returns the token ranges [a,b) of the sentences of info.
func sentenceRanges(info []tokInfo) [][2]int {
	var out [][2]int
	a := 0
	for i := range info {
		if info[i].sLast {
			out = append(out, [2]int{a, i + 1})
			a = i + 1
		}
	}
	return out
}

// hasContent reports whether tags[a:b] holds a Content tag.
func hasContent(tags []int8, a, b int) bool {
	for _, t := range tags[a:b] {
		if t == tagBCon || t == tagICon {
			return true
		}
	}
	return false
}

// allOutside reports whether every tag of tags[a:b] is O.
func allOutside(tags []int8, a, b int) bool {
	for _, t := range tags[a:b] {
		if t != tagO {
			return false
		}
	}
	return true
}

// eachUntagged calls fn with every sentence whose path tags nothing (a
// sentence with a Cue or Source but no Content is left to the unit rules,
// which give a cue-only sentence its content) and its detector features.
func eachUntagged(info []tokInfo, em []float32, trans *[numTags + 1][numTags]float32, tags []int8, fn func(a, b int, x *[numDF]float64)) {
	rs := sentenceRanges(info)
	con := make([]bool, len(rs))
	for k, r := range rs {
		con[k] = hasContent(tags, r[0], r[1])
	}
	for k, r := range rs {
		if !allOutside(tags, r[0], r[1]) {
			continue
		}
		x := detectFeatures(info, em, trans, tags, r[0], r[1], k > 0 && con[k-1], k+1 < len(rs) && con[k+1])
		fn(r[0], r[1], &x)
	}
}

// detectAndRedecode re-decodes, in place and in text order, the sentences
// the tagger left untagged whose detector probability is at least thr,
// requiring what need names in them; a later sentence's decoding starts
// from the earlier one's new last tag.
func detectAndRedecode(info []tokInfo, em []float32, trans *[numTags + 1][numTags]float32, tags []int8, thr float64, need int) {
	eachUntagged(info, em, trans, tags, func(a, b int, x *[numDF]float64) {
		if detectProb(x) < thr {
			return
		}
		if p, _, ok := constrainedPath(em, trans, tags, a, b, need); ok {
			copy(tags[a:], p)
		}
	})
}
