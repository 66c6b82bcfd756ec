package quotes

// PolNeARUnit is one gold attribution unit of a PolNeAR .ann file as the
// scorer reads it, for diagnostics outside this package (internal/analyze's
// stored-quote diagnosis), so they read, match and judge exactly as
// ScorePolNeAR does.
type PolNeARUnit struct {
	Start, End             int // content, normalised (NormPolNeARSpan)
	SourceStart, SourceEnd int // source, -1 when none
	Source                 string
	Direct                 bool
}

// ReadPolNeARUnits reads the gold units of the .ann file at path over the
// article text, in text order.
func ReadPolNeARUnits(path, text string) ([]PolNeARUnit, error) {
	gold, err := readBrat(path, text)
	if err != nil {
		return nil, err
	}
	out := make([]PolNeARUnit, len(gold))
	for i, g := range gold {
		out[i] = PolNeARUnit{Start: g.start, End: g.end, SourceStart: g.sStart, SourceEnd: g.sEnd, Source: g.source, Direct: g.direct}
	}
	return out, nil
}

func (u PolNeARUnit) gold() goldUnit {
	return goldUnit{start: u.Start, end: u.End, sStart: u.SourceStart, sEnd: u.SourceEnd, source: u.Source, direct: u.Direct}
}

// MatchPolNeAR pairs each prediction, in order, with the gold unit not yet
// taken that it overlaps most (-1 for none), as the scorer does.
func MatchPolNeAR(text string, pred []Quote, gold []PolNeARUnit) []int {
	g := make([]goldUnit, len(gold))
	for i, u := range gold {
		g[i] = u.gold()
	}
	return overlapMatch(text, pred, g)
}

// PolNeARSpeakerRight is the scorer's speaker test: q's speaker mention
// overlaps u's source, or the last word of q's speaker name is a word of it.
func PolNeARSpeakerRight(q Quote, u PolNeARUnit) bool { return speakerRight(q, u.gold()) }

// NormPolNeARSpan trims white space, quote marks and ,.;:!? from both ends
// of text[a:b], as the scorer does before comparing spans.
func NormPolNeARSpan(text string, a, b int) (int, int) { return normSpan(text, a, b) }
