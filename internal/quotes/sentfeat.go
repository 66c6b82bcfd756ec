package quotes

// Sentence-level features (tenth session, TrainOptions.SentenceFeatures):
// most attributions the tagger misses lie in sentences it tags nothing in,
// so every token also sees a summary of its sentence (strong cues, "according
// to", a colon, quote marks, mentions, length), its sentence's place in the
// paragraph, and in the second stage the first stage's tags in its own, the
// previous and the next sentence (attributions run across sentences).

// Templates of the tenth session (append only).
const (
	fSentSum = fSubjLeftClus + 1 + iota
	fSentSumCue
	fSentLen
	fAccording
	fColonLeft
	fColonRight
	fParaPos
	fParaPosShape
	fSentTags
	fSentTagsCue
	fPrevSentTags
	fPrevSentTagsP0
	fNextSentTags
	fNextSentTagsP0
)

// featFlags name the optional feature sets a model uses.
type featFlags struct {
	clusters bool // word clusters (clusters.go)
	sentence bool // sentence-level features (this file)
	frames   bool // word frames (frames.go)
	context  bool // wider second-stage context (ctxfeat.go)
	cuelex   bool // cue-stem lexicon (features_cuelex.go)
}

// sentSummary is what the sentence features know about one sentence.
type sentSummary struct {
	strong    int // strong cues (level 3+, outside quotation marks)
	maxCue    uint32
	quoted    bool  // holds a quotation mark
	mention   bool  // holds a name mention
	according int32 // token index of "according" before "to", -1 when none
	length    int
	paraIdx   int // sentences before it in its paragraph
	paraLast  bool
}

// sentSummaries summarises every sentence of info (indexed by info[i].sent).
func sentSummaries(info []tokInfo) []sentSummary {
	if len(info) == 0 {
		return nil
	}
	out := make([]sentSummary, int(info[len(info)-1].sent)+1)
	for i := range out {
		out[i].according = -1
	}
	para := 0
	for i := range info {
		ti := &info[i]
		s := &out[ti.sent]
		if ti.sFirst {
			if ti.para {
				para = 0
			} else {
				para++
			}
			s.paraIdx = para
		}
		s.length++
		if ti.cue >= 3 && ti.quote == qOut {
			s.strong++
		}
		s.maxCue = max(s.maxCue, ti.cue)
		s.quoted = s.quoted || ti.quote == qMark
		s.mention = s.mention || ti.ment != 0
		if ti.low == "according" && i+1 < len(info) && info[i+1].low == "to" && s.according < 0 {
			s.according = int32(i)
		}
	}
	for k := range out {
		nxt := k + 1
		out[k].paraLast = nxt >= len(out) || out[nxt].paraIdx == 0
	}
	return out
}

// sentTagMask sums up the tags of each sentence: bit 0 Source, 1 Cue,
// 2 Content, 3 the sentence's last token is Content.
func sentTagMask(info []tokInfo, tags []int8, nSent int) []uint32 {
	out := make([]uint32, nSent)
	for i, t := range tags {
		s := info[i].sent
		switch t {
		case tagBSrc, tagISrc:
			out[s] |= 1
		case tagBCue, tagICue:
			out[s] |= 2
		case tagBCon, tagICon:
			out[s] |= 4
			if info[i].sLast {
				out[s] |= 8
			}
		}
	}
	return out
}

// sentenceFeatures holds what appendSentence needs for one article.
type sentenceFeatures struct {
	sums           []sentSummary
	colonL, colonR []int32
	tagMask        []uint32 // with first-stage tags
}

func newSentenceFeatures(info []tokInfo, prev []int8) sentenceFeatures {
	sf := sentenceFeatures{sums: sentSummaries(info)}
	colon := func(i int) bool { return info[i].low == ":" }
	sf.colonL = nearestInSentence(info, -1, colon)
	sf.colonR = nearestInSentence(info, 1, colon)
	if prev != nil {
		sf.tagMask = sentTagMask(info, prev, len(sf.sums))
	}
	return sf
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// appendSentence appends token i's sentence-level features; p0 is its
// first-stage tag (with prev tags only).
func (sf *sentenceFeatures) appendSentence(feats []uint32, info []tokInfo, i int, p0 uint32) []uint32 {
	ti := &info[i]
	s := &sf.sums[ti.sent]
	code := uint32(min(s.strong, 2)) | b2u(s.quoted)<<2 | b2u(s.mention)<<3 | b2u(s.according >= 0)<<4
	feats = append(feats, f2(fSentSum, code, ti.quote), f2(fSentSumCue, s.maxCue*8+uint32(min(s.strong, 2)), ti.cue),
		f2(fSentLen, bucket(s.length), s.maxCue))
	if a := s.according; a >= 0 {
		side := uint32(0)
		d := i - int(a)
		if d < 0 {
			side, d = 1, -d
		}
		feats = append(feats, f2(fAccording, side*8+bucket(d), ti.quote))
	}
	if j := sf.colonL[i]; j >= 0 {
		feats = append(feats, f2(fColonLeft, bucket(i-int(j)), ti.quote))
	}
	if j := sf.colonR[i]; j >= 0 {
		feats = append(feats, f2(fColonRight, bucket(int(j)-i), ti.quote))
	}
	pp := uint32(min(s.paraIdx, 2))*2 + b2u(s.paraLast)
	feats = append(feats, f2(fParaPos, pp, ti.quote), f2(fParaPosShape, pp*8+uint32(min(s.strong, 2)), ti.shape))
	if sf.tagMask == nil {
		return feats
	}
	own := sf.tagMask[ti.sent]
	feats = append(feats, f2(fSentTags, own, ti.quote), f2(fSentTagsCue, own, ti.cue))
	prevMask, nextMask := uint32(16), uint32(16)
	if ti.sent > 0 {
		prevMask = sf.tagMask[ti.sent-1]
	}
	if int(ti.sent)+1 < len(sf.tagMask) {
		nextMask = sf.tagMask[ti.sent+1]
	}
	feats = append(feats, f2(fPrevSentTags, prevMask, ti.quote), f2(fPrevSentTagsP0, prevMask*4+b2u(s.paraIdx == 0), p0),
		f2(fNextSentTags, nextMask, ti.quote), f2(fNextSentTagsP0, nextMask, p0))
	return feats
}
