package quotes

import (
	"bytes"
	"strings"
	"testing"
)

// Fictional sentences: reporting verbs before "that" and a subject
// pronoun, nouns after a determiner and before a preposition.
func framesCorpus() []string {
	var sb strings.Builder
	for i := 0; i < 12; i++ {
		sb.WriteString("She said that the bridge of the town was closed. He claimed that the harbour of the city was open. ")
		sb.WriteString("They insisted that the bridge of the valley was old. We believed that the harbour of the island was new.\n")
	}
	return []string{sb.String()}
}

func TestBuildFramesGroupsVerbs(t *testing.T) {
	fr := BuildFrames(framesCorpus(), FrameOptions{MinCount: 5, K: 4, Iters: 10, Seed: 1})
	frame := func(w string) int {
		f, ok := fr[strHash(w)]
		if !ok {
			t.Fatalf("%q has no frame", w)
		}
		return int(f)
	}
	if a, b := frame("said"), frame("claimed"); a != b {
		t.Errorf("said and claimed in frames %d and %d", a, b)
	}
	if a, b := frame("insisted"), frame("believed"); a != b {
		t.Errorf("insisted and believed in frames %d and %d", a, b)
	}
	if a, b := frame("said"), frame("bridge"); a == b {
		t.Errorf("said and bridge share frame %d", a)
	}
	if a, b := frame("bridge"), frame("harbour"); a != b {
		t.Errorf("bridge and harbour in frames %d and %d", a, b)
	}
	if _, ok := fr[strHash("valley")]; !ok {
		t.Error("valley, seen 12 times, has no frame")
	}
	if _, ok := fr[strHash(".")]; ok {
		t.Error("a full stop has a frame")
	}
}

func TestFramesRoundTrip(t *testing.T) {
	fr := map[uint32]uint8{7: 3, 1 << 31: 0, 12345: 200}
	var buf bytes.Buffer
	if err := WriteFrames(&buf, fr); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFrames(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[7] != 4 || got[1<<31] != 1 || got[12345] != 201 {
		t.Errorf("round trip: %v", got)
	}
	if _, err := ReadFrames(strings.NewReader("not gzip")); err == nil {
		t.Error("bad input read without error")
	}
}

// The embedded table puts common reporting verbs in cue-graded frames and
// leaves a determiner ungraded.
func TestEmbeddedFrames(t *testing.T) {
	for _, w := range []string{"said", "says", "told", "argued", "insisted"} {
		if f := wordFrame(strHash(w)); f == 0 || frameCueLevel(f) < 2 {
			t.Errorf("%q: frame %d, level %d", w, f, frameCueLevel(f))
		}
	}
	if f := wordFrame(strHash("the")); frameCueLevel(f) != 0 {
		t.Errorf("the: frame %d graded %d", f, frameCueLevel(f))
	}
}
