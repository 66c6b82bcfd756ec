package quotes

import "testing"

func TestSentSummaries(t *testing.T) {
	text := "Officials said the road would reopen. It was wet.\n\nAccording to the mayor, repairs end: soon.\n"
	d := newDoc(text, Heuristic{})
	info := d.tokenInfo(false)
	sums := sentSummaries(info)
	if len(sums) != 3 {
		t.Fatalf("%d sentences, want 3", len(sums))
	}
	for k, c := range []struct {
		strong    int
		according bool
		paraIdx   int
		paraLast  bool
	}{
		{1, false, 0, false},
		{0, false, 1, true},
		{1, true, 0, true}, // "according" is a strong cue itself
	} {
		s := sums[k]
		if s.strong != c.strong || (s.according >= 0) != c.according || s.paraIdx != c.paraIdx || s.paraLast != c.paraLast {
			t.Errorf("sentence %d: %+v, want strong %d according %v paragraph index %d last %v", k, s, c.strong, c.according, c.paraIdx, c.paraLast)
		}
	}
	tags := make([]int8, len(info))
	tags[0], tags[1], tags[2] = tagBSrc, tagBCue, tagBCon
	for i := 3; i < len(info) && info[i].sent == 0; i++ {
		tags[i] = tagICon
	}
	mask := sentTagMask(info, tags, len(sums))
	if mask[0] != 1|2|4|8 || mask[1] != 0 || mask[2] != 0 {
		t.Errorf("tag masks %v, want [15 0 0]", mask)
	}
	sf := newSentenceFeatures(info, tags)
	last := len(info) - 1
	fs := sf.appendSentence(nil, info, last, 0)
	if len(fs) < 8 {
		t.Errorf("last token has %d sentence features, want the summary, according, colon, paragraph and tag features", len(fs))
	}
}
