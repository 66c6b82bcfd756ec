package quotes

import (
	"sync"

	"github.com/storyline/storyline/internal/ner"
)

// Word-cluster features (fifth session). Package ner's distributional
// clusters (coarse 128, fine 768, built by storyline's own code from
// unlabelled train and dev text) let the tagger carry what it learned about
// seen cue words and sources to unseen words of the same cluster.

// wordClusters returns the coarse and fine clusters of a token, each plus
// one (0: unknown word).
func wordClusters(text string) (coarse, fine uint32) {
	c, f, ok := ner.WordCluster(text)
	if !ok {
		return 0, 0
	}
	return uint32(c) + 1, uint32(f) + 1
}

// clusterCues counts, per fine cluster (plus one), the strong cue words in
// it: learned cues of precision 0.6 or more and reporting-verb forms.
var clusterCues = sync.OnceValue(func() map[uint32]int {
	return countStrongCues(func(w string) uint32 {
		_, f := wordClusters(w)
		return f
	})
})

// countStrongCues counts the strong cue words (learned cues of precision
// 0.6 or more and reporting-verb forms, each once) per class that class
// gives them; class 0 is not counted.
func countStrongCues(class func(w string) uint32) map[uint32]int {
	m := map[uint32]int{}
	seen := map[string]bool{}
	add := func(w string) {
		if seen[w] {
			return
		}
		seen[w] = true
		if c := class(w); c != 0 {
			m[c]++
		}
	}
	for w, ci := range cueTable() {
		if ci.prec >= 0.6 {
			add(w)
		}
	}
	for w := range verbTable() {
		add(w)
	}
	return m
}

// clusterCueLevel grades a fine cluster by the strong cue words in it: 0
// none, 1 one, 2 two or three, 3 four or more.
func clusterCueLevel(fine uint32) uint32 {
	if fine == 0 {
		return 0
	}
	switch n := clusterCues()[fine]; {
	case n >= 4:
		return 3
	case n >= 2:
		return 2
	case n == 1:
		return 1
	}
	return 0
}

// isCandidate reports whether token i may be a cue: a lower-case word
// outside quotation marks that is a cue word, shares a cluster with cue
// words, or looks like a past-tense verb.
func isCandidate(ti *tokInfo) bool {
	if ti.shape != 3 || ti.quote != qOut {
		return false
	}
	l := len(ti.low)
	return ti.cue > 0 || ti.ccue > 0 || l > 4 && ti.low[l-2:] == "ed"
}

// isSubject reports whether a token may open or be the subject of a cue: a
// resolver mention, a subject pronoun, a group noun ("officials") or a
// capitalised word inside the sentence.
func isSubject(ti *tokInfo) bool {
	return ti.ment != 0 || pronouns[ti.low] || groupNouns[ti.low] || !ti.sFirst && (ti.shape == 1 || ti.shape == 2)
}

// nearestInClause is nearestInSentence that also stops at commas,
// semicolons and colons.
func nearestInClause(info []tokInfo, dir int, ok func(i int) bool) []int32 {
	return nearest(info, dir, ok, true)
}

// clusterCtx holds what the cluster features of every token need.
type clusterCtx struct {
	leftCand, rightCand []int32 // nearest cue candidate in the sentence
	subjLeft            []int32 // nearest subject left in the clause
	candRight           []int32 // nearest candidate right in the clause
}

func newClusterCtx(info []tokInfo) clusterCtx {
	cand := func(i int) bool { return isCandidate(&info[i]) }
	return clusterCtx{
		leftCand:  nearestInSentence(info, -1, cand),
		rightCand: nearestInSentence(info, 1, cand),
		subjLeft:  nearestInClause(info, -1, func(i int) bool { return isSubject(&info[i]) }),
		candRight: nearestInClause(info, 1, cand),
	}
}

// appendClusterFeatures appends token i's cluster features to feats;
// leftCue and rightCue are the nearest strong cues (-1: none).
func (c *clusterCtx) appendClusterFeatures(feats []uint32, info []tokInfo, i int, leftCue, rightCue int32) []uint32 {
	n := len(info)
	ti := &info[i]
	fine := func(j int) uint32 {
		if j < 0 || j >= n {
			return 1 << 20
		}
		return info[j].fine
	}
	coarse := func(j int) uint32 {
		if j < 0 || j >= n {
			return 1 << 20
		}
		return info[j].coarse
	}
	feats = append(feats, f1(fClusC, ti.coarse), f1(fClusF, ti.fine),
		f2(fClusFM1, fine(i-1), ti.shape), f2(fClusFP1, fine(i+1), ti.shape),
		f2(fClusCM2P2, coarse(i-2), coarse(i+2)),
		f2(fCand, ti.ccue, ti.cue))
	if j := skipAux(info, i, 1); j >= 0 {
		feats = append(feats, f2(fNextClus, info[j].fine, ti.shape))
	}
	if j := skipAux(info, i, -1); j >= 0 {
		feats = append(feats, f2(fPrevClus, info[j].fine, ti.shape))
	}
	if l := c.leftCand[i]; l >= 0 {
		d := bucket(i - int(l))
		feats = append(feats, f2(fLeftCandClus, info[l].fine, d), f2(fLeftCandLvl, info[l].ccue*5+info[l].cue, d))
	}
	if r := c.rightCand[i]; r >= 0 {
		d := bucket(int(r) - i)
		feats = append(feats, f2(fRightCandClus, info[r].fine, d), f2(fRightCandLvl, info[r].ccue*5+info[r].cue, d))
	}
	if leftCue >= 0 {
		feats = append(feats, f2(fLeftCueClus, info[leftCue].fine, bucket(i-int(leftCue))))
	}
	if rightCue >= 0 {
		feats = append(feats, f2(fRightCueClus, info[rightCue].fine, bucket(int(rightCue)-i)))
	}
	if isCandidate(ti) {
		d := uint32(7)
		if l := c.subjLeft[i]; l >= 0 {
			d = bucket(i - int(l))
		}
		feats = append(feats, f2(fSubjLeft, d, ti.ccue*5+ti.cue), f2(fSubjLeftClus, d, ti.fine))
	}
	subj := uint32(0)
	if isSubject(ti) {
		subj = 1
	}
	if r := c.candRight[i]; r >= 0 {
		feats = append(feats, f2(fSubjNextCand, bucket(int(r)-i)*2+subj, info[r].ccue*5+info[r].cue))
	} else {
		feats = append(feats, f2(fSubjNextCand, 99*2+subj, 0))
	}
	return feats
}
