package quotes

import (
	"strings"
	"testing"
)

// TestCueUnits checks attributions cued by the learned lexicon (the rules
// used without the tagger): beliefs, intentions, evidence and noun cues,
// marked KindAttribution.
func TestCueUnits(t *testing.T) {
	tests := []struct {
		text, frag, speakerWord, kind string
	}{
		{"Senator Mara Velt hopes the bridge tax will fail in the spring.", "the bridge tax will fail", "Velt", KindReported},
		{"The governor seemed ready to open the river port to barges by June.", "ready to open the river port", "governor", KindAttribution},
		{"A new survey of farmers shows support for the canal plan is falling.", "support for the canal plan", "survey", KindAttribution},
		{"Opposition leader Ivo Brandt insisted that the vote was rigged.", "the vote was rigged", "Brandt", KindReported},
	}
	for _, tc := range tests {
		t.Run(tc.frag, func(t *testing.T) {
			found := false
			for _, q := range Find(tc.text, Options{NoModel: true}) {
				if !strings.Contains(q.Text, tc.frag) {
					continue
				}
				found = true
				if q.Kind != tc.kind || q.Direct {
					t.Errorf("%q: kind %q direct %v, want %q false", q.Text, q.Kind, q.Direct, tc.kind)
				}
				if q.SpeakerStart < 0 || !strings.Contains(tc.text[q.SpeakerStart:q.SpeakerEnd], tc.speakerWord) {
					t.Errorf("%q: speaker span %d:%d, want one holding %q", q.Text, q.SpeakerStart, q.SpeakerEnd, tc.speakerWord)
				}
			}
			if !found {
				t.Errorf("no unit holding %q in %+v", tc.frag, Find(tc.text, Options{NoModel: true}))
			}
			for _, q := range Find(tc.text, Options{NoModel: true, NoCues: true}) {
				if q.Kind == KindAttribution {
					t.Errorf("NoCues still gave %+v", q)
				}
			}
		})
	}
}

func TestMergeSplit(t *testing.T) {
	text := `"The dam is safe," Mayor Lena Hart said, "and the town will stay dry."`
	plain := Find(text, Options{NoReported: true})
	merged := Find(text, Options{NoReported: true, MergeSplit: true})
	if len(plain) != 2 || len(merged) != 1 {
		t.Fatalf("got %d plain and %d merged quotes, want 2 and 1: %+v %+v", len(plain), len(merged), plain, merged)
	}
	if !strings.HasPrefix(merged[0].Text, "The dam") || !strings.HasSuffix(merged[0].Text, "stay dry.") || merged[0].Speaker != "Lena Hart" {
		t.Errorf("merged quote %+v", merged[0])
	}
}

func TestCueTable(t *testing.T) {
	tab := cueTable()
	for _, w := range []string{"said", "according", "hopes", "seemed", "criticism"} {
		if c, ok := tab[w]; !ok || c.prec <= 0 || c.n <= 0 {
			t.Errorf("cue %q missing from cues.txt (%+v)", w, c)
		}
	}
	if _, ok := tab["the"]; ok {
		t.Error(`"the" learned as a cue`)
	}
}
