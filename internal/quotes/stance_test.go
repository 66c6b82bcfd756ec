package quotes

import (
	"reflect"
	"testing"
)

// stanceUnits runs tagUnits in exclusive mode (as PolNeAR is scored)
// over text tagged by phrase and returns the units' texts, cues and
// speakers.
func stanceUnits(text string, tagged map[string]int) (texts, cues, speakers []string) {
	d := newDoc(text, Heuristic{})
	d.exclusive = true
	for _, q := range d.tagUnits(tagText(d, tagged), nil) {
		texts = append(texts, q.Text)
		cues = append(cues, q.Cue)
		speakers = append(speakers, q.Speaker)
	}
	return texts, cues, speakers
}

func TestFillStance(t *testing.T) {
	tests := []struct {
		name             string
		text             string
		tagged           map[string]int
		texts, cues, spk []string
	}{
		{"stance verb with a that-clause in an untagged sentence",
			"The harbour board expects that ferry fares will rise by a tenth next spring.", nil,
			[]string{"that ferry fares will rise by a tenth next spring"}, []string{"expects"}, []string{"The harbour board"}},
		{"stance verb with an infinitive, auxiliaries in the cue",
			"Mayor Ana Lind still plans to close the old pier in May.", nil,
			[]string{"to close the old pier in May"}, []string{"still plans"}, []string{"Ana Lind"}},
		{"a bare clause after a belief verb",
			"Many engineers suspect the bridge cables were never replaced.", nil,
			[]string{"the bridge cables were never replaced"}, []string{"suspect"}, []string{"Many engineers"}},
		{"a postposed attribution closing the sentence",
			"The ferry will stop running at the end of June, The Harbour Gazette has learned.", nil,
			[]string{"The ferry will stop running at the end of June"}, []string{"has learned"}, []string{"The Harbour Gazette"}},
		{"a noun, not a verb: the plan to",
			"The council's plan to close the pier drew a crowd.", nil, nil, nil, nil},
		{"a noun after a lower-case modifier",
			"Our savings plans to cover the repairs fell short.", nil, nil, nil, nil},
		{"a subject that is a clause",
			"The pier was closed as predicted.", nil, nil, nil, nil},
		{"tagged sentences are left alone",
			"The harbour board expects that ferry fares will rise.",
			map[string]int{"The harbour board": tagBSrc, "expects": tagBCue, "ferry fares will rise": tagBCon},
			[]string{"ferry fares will rise"}, []string{"expects"}, []string{"The harbour board"}},
	}
	for _, tt := range tests {
		texts, cues, spk := stanceUnits(tt.text, tt.tagged)
		if !reflect.DeepEqual(texts, tt.texts) || !reflect.DeepEqual(cues, tt.cues) || !reflect.DeepEqual(spk, tt.spk) {
			t.Errorf("%s:\n got %q %q %q\nwant %q %q %q", tt.name, texts, cues, spk, tt.texts, tt.cues, tt.spk)
		}
	}
}

func TestFillCueOnlyDemonstrative(t *testing.T) {
	tests := []struct {
		name, text string
		tagged     map[string]int
		want       []string
	}{
		{"this opening a clause after the cue is what was said",
			"After years abroad, we are convinced this is the only town where a ferry runs all night.",
			map[string]int{"we": tagBSrc, "are convinced": tagBCue},
			[]string{"this is the only town where a ferry runs all night"}},
		{"this week is an adjunct, not what was said",
			"Mayor Ana Lind made the pledge this week at the pier.",
			map[string]int{"Mayor Ana Lind": tagBSrc, "made the pledge": tagBCue}, nil},
	}
	for _, tt := range tests {
		texts, _, _ := stanceUnits(tt.text, tt.tagged)
		if !reflect.DeepEqual(texts, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, texts, tt.want)
		}
	}
}
