package quotes

import "testing"

// TestQuotedObject: "M quoted Y as saying C" is Y's statement, not the
// medium's; the passive "Y was quoted by M as saying" stays Y's.
func TestQuotedObject(t *testing.T) {
	qs := Find("Reuters quoted Ana Lind as saying the talks had failed.", Options{})
	expectSpeaker(t, qs, "the talks had failed", "Ana Lind")
	qs = Find("The Orlo Herald quoted Deputy Mayor Tomas Vik as saying that the bridge would reopen in May.", Options{})
	expectSpeaker(t, qs, "the bridge would reopen", "Tomas Vik")
	qs = Find("Ana Lind was quoted by the Orlo Herald as saying the talks had failed.", Options{})
	expectSpeaker(t, qs, "the talks had failed", "Ana Lind")
}

// TestNounOffCue: a plural noun the tagger put at the head of the cue
// ("[S Some eye] [C witnesses reported]") belongs to the source.
func TestNounOffCue(t *testing.T) {
	qs := Find("Some eye witnesses reported seeing a second car near the bridge.", Options{})
	expectSpeaker(t, qs, "a second car near the bridge", "Some eye witnesses")
}

// TestNamedByOthers: a nickname after "known as" is a name others gave,
// no one's words.
func TestNamedByOthers(t *testing.T) {
	for _, q := range Find("The mayor, known as \"the Bulldozer\" to his critics, opened the new road on Friday.", Options{}) {
		if q.Speaker != "" {
			t.Errorf("%q by %q, want no speaker", q.Text, q.Speaker)
		}
	}
}

// TestNounOffCueCoordinated: a coordinated source keeps its speaker.
func TestNounOffCueCoordinated(t *testing.T) {
	d := newDoc("Yet he and his co-authors predicted a shift.", Heuristic{})
	tags := make([]int8, len(d.toks))
	tags[1], tags[2], tags[3], tags[4], tags[5] = tagBSrc, tagISrc, tagISrc, tagBCue, tagICue
	if out := d.nounOffCue(tags); out[4] != tagBCue {
		t.Errorf("co-authors moved into the source: %v", out)
	}
	d = newDoc("Yet some eye witnesses reported a shift.", Heuristic{})
	tags = make([]int8, len(d.toks))
	tags[1], tags[2], tags[3], tags[4] = tagBSrc, tagISrc, tagBCue, tagICue
	if out := d.nounOffCue(tags); out[3] != tagISrc || out[4] != tagBCue {
		t.Errorf("witnesses left in the cue: %v", out)
	}
}

// TestMediumInCue: the medium of "was quoted by M as saying", tagged as
// content, joins the cue and makes no unit of its own.
func TestMediumInCue(t *testing.T) {
	d := newDoc("The minister was quoted by state-run television as saying the border would stay closed.", Heuristic{})
	// The , minister , was , quoted , by , state-run , television , as , saying , the ...
	tags := make([]int8, len(d.toks))
	tags[0], tags[1], tags[2], tags[3], tags[4] = tagBSrc, tagISrc, tagBCue, tagICue, tagICue
	tags[5], tags[6], tags[7], tags[8] = tagBCon, tagICon, tagBCue, tagICue
	for k := 9; k < len(tags)-1; k++ {
		tags[k] = tagICon
	}
	tags[9] = tagBCon
	out := d.mediumInCue(tags)
	for k := 5; k <= 8; k++ {
		if out[k] != tagICue {
			t.Errorf("token %q tagged %s, want I-Cue", d.toks[k].Text, tagNames[out[k]])
		}
	}
	qs := d.tagUnits(out, nil)
	if len(qs) != 1 || qs[0].Speaker != "The minister" {
		t.Errorf("units %+v, want one by The minister", qs)
	}
}
