package quotes

// Wider second-stage context (thirteenth session, TrainOptions.Context):
// from the first stage's tags, each token sees where it lies against its
// sentence's tagged cues (before the first, between, after the last, or
// none), the share of its paragraph the first stage tagged Content, and
// whether the previous sentence ended in Content while its own has no cue.

// Templates (append only).
const (
	fCtxSide = fFrameRightCand + 1 + iota
	fCtxSideQuote
	fCtxSideCommas
	fCtxPara
	fCtxParaQuote
	fCtxCarry
)

// contextFeatures holds what appendContext needs for one article.
type contextFeatures struct {
	firstCue, lastCue []int32 // per token: its sentence's first / last tagged cue token, -1 none
	paraShare         []uint32
	carry             []uint32 // per token: 1 when the previous sentence ends in Content and its own has no cue
}

func newContextFeatures(info []tokInfo, prev []int8) contextFeatures {
	n := len(info)
	cf := contextFeatures{firstCue: make([]int32, n), lastCue: make([]int32, n), paraShare: make([]uint32, n), carry: make([]uint32, n)}
	isCue := func(t int8) bool { return t == tagBCue || t == tagICue }
	isCon := func(t int8) bool { return t == tagBCon || t == tagICon }
	for a := 0; a < n; {
		b := a + 1
		for b < n && !info[b].sFirst {
			b++
		}
		f, l := int32(-1), int32(-1)
		for k := a; k < b; k++ {
			if isCue(prev[k]) {
				if f < 0 {
					f = int32(k)
				}
				l = int32(k)
			}
		}
		carry := uint32(0)
		if f < 0 && a > 0 && isCon(prev[a-1]) && !info[a].para {
			carry = 1
		}
		for k := a; k < b; k++ {
			cf.firstCue[k], cf.lastCue[k], cf.carry[k] = f, l, carry
		}
		a = b
	}
	for a := 0; a < n; {
		b := a + 1
		for b < n && !info[b].para {
			b++
		}
		con := 0
		for k := a; k < b; k++ {
			if isCon(prev[k]) {
				con++
			}
		}
		share := uint32(0)
		if con > 0 {
			share = 1 + uint32(min(4*con/(b-a), 3))
		}
		for k := a; k < b; k++ {
			cf.paraShare[k] = share
		}
		a = b
	}
	return cf
}

// appendContext appends token i's context features; p0 is its first-stage
// tag, commas[k] the commas before token k in its sentence.
func (cf *contextFeatures) appendContext(feats []uint32, info []tokInfo, i int, p0 uint32, commas []int32) []uint32 {
	ti := &info[i]
	side := uint32(0)
	var c uint32
	switch f, l := cf.firstCue[i], cf.lastCue[i]; {
	case f < 0:
	case int32(i) < f:
		side, c = 1, commaBucket(commas[f]-commas[i])
	case int32(i) > l:
		side, c = 3, commaBucket(commas[i]-commas[l])
	default:
		side = 2
	}
	feats = append(feats, f2(fCtxSide, side, p0), f2(fCtxSideQuote, side*8+ti.quote, p0), f2(fCtxSideCommas, side*4+c, p0),
		f2(fCtxPara, cf.paraShare[i], p0), f2(fCtxParaQuote, cf.paraShare[i]*8+ti.quote, p0))
	if cf.carry[i] != 0 {
		feats = append(feats, f2(fCtxCarry, ti.quote, p0))
	}
	return feats
}
