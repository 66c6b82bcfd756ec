package quotes

import "sync"

// Cue-stem lexicon features (fifteenth session, TrainOptions.CueLex): every
// stem that PolNeAR train annotates as part of a cue at least twice
// (features_cuestems.go, mined from train gold by TestLearnCueStems, down to
// a precision of 0.03, so "want", "show", "plan" are in it where cues.txt's
// 0.25 floor leaves them out) grades a token by its precision and count;
// the token sees its grade with the kind of word after it and the subject
// before it, and every token the nearest weak lexicon word (not already a
// strong cue) left and right in its sentence.

// Templates (append only).
const (
	fLex = fCtxCarry + 1 + iota
	fLexNext
	fLexPrev
	fLexM1P0
	fLexP0P1
	fLexLeft
	fLexLeftQuote
	fLexRight
	fLexRightQuote
	fLexRightCommas
)

var (
	cueStemOnce  sync.Once
	cueStemGrade map[string]uint32
)

// cueStemTable maps a stem to its grade: 1 + 3*precision class + count
// class (precision below 0.1, 0.25, 0.5, 0.75 or above; cue count 2-4,
// 5-19, 20 or more).
func cueStemTable() map[string]uint32 {
	cueStemOnce.Do(func() {
		cueStemGrade = make(map[string]uint32, len(cueStemCounts))
		for _, c := range cueStemCounts {
			p := float64(c.cue) / float64(max(c.total, 1))
			var pc uint32
			switch {
			case p >= 0.75:
				pc = 4
			case p >= 0.5:
				pc = 3
			case p >= 0.25:
				pc = 2
			case p >= 0.1:
				pc = 1
			}
			var cc uint32
			switch {
			case c.cue >= 20:
				cc = 2
			case c.cue >= 5:
				cc = 1
			}
			cueStemGrade[c.stem] = 1 + 3*pc + cc
		}
	})
	return cueStemGrade
}

// lexCtx holds what appendCueLex needs for one article.
type lexCtx struct {
	grade       []uint32
	left, right []int32
}

func newLexCtx(info []tokInfo) lexCtx {
	tab := cueStemTable()
	lc := lexCtx{grade: make([]uint32, len(info))}
	for i := range info {
		if info[i].shape == 3 {
			lc.grade[i] = tab[stem(info[i].low)]
		}
	}
	// Weak lexicon words: in the lexicon with precision 0.1 or more, no
	// strong cue (the cue features see those), outside quotation marks.
	weak := func(i int) bool { return lc.grade[i] >= 4 && info[i].cue < 3 && info[i].quote == qOut }
	lc.left = nearestInSentence(info, -1, weak)
	lc.right = nearestInSentence(info, 1, weak)
	return lc
}

// lexWordClass classes the word after a lexicon word.
func lexWordClass(ti *tokInfo) uint32 {
	switch ti.low {
	case "that":
		return 1
	case "to":
		return 2
	case ":":
		return 4
	case ",":
		return 5
	case "of", "about", "on", "for", "with", "at", "in", "over", "by":
		return 9
	case "he", "she", "they", "we", "i", "it", "you":
		return 7
	}
	switch {
	case ti.quote == qMark:
		return 3
	case dets[ti.low]:
		return 6
	case ti.shape == 1 || ti.shape == 2:
		return 8
	case ti.shape == 3:
		return 10
	}
	return 11
}

// appendCueLex appends token i's lexicon features; commas are the commas
// before each token in its sentence.
func (lc *lexCtx) appendCueLex(feats []uint32, info []tokInfo, i int, commas []int32) []uint32 {
	ti := &info[i]
	g := lc.grade[i]
	gr := func(j int) uint32 {
		if j < 0 || j >= len(lc.grade) {
			return 99
		}
		return lc.grade[j]
	}
	if g != 0 {
		feats = append(feats, f2(fLex, g, ti.quote))
		if j := i + 1; j < len(info) && info[j].sent == ti.sent {
			feats = append(feats, f2(fLexNext, g, lexWordClass(&info[j])))
		}
		if j := skipAux(info, i, -1); j >= 0 {
			c := uint32(0)
			switch {
			case info[j].ment != 0:
				c = 1
			case subjectPronoun[info[j].low]:
				c = 2
			default:
				c = lexWordClass(&info[j]) + 2
			}
			feats = append(feats, f2(fLexPrev, g, c))
		}
	}
	if m1 := gr(i - 1); m1 != 0 || g != 0 {
		feats = append(feats, f2(fLexM1P0, m1, g))
	}
	if p1 := gr(i + 1); p1 != 0 || g != 0 {
		feats = append(feats, f2(fLexP0P1, g, p1))
	}
	if l := lc.left[i]; l >= 0 {
		d := bucket(i - int(l))
		feats = append(feats, f2(fLexLeft, lc.grade[l], d), f2(fLexLeftQuote, d, ti.quote))
	}
	if r := lc.right[i]; r >= 0 {
		d := bucket(int(r) - i)
		feats = append(feats, f2(fLexRight, lc.grade[r], d), f2(fLexRightQuote, d, ti.quote),
			f2(fLexRightCommas, commaBucket(commas[r]-commas[i]), lc.grade[r]))
	}
	return feats
}
