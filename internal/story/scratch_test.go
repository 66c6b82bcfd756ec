package story

import (
	"reflect"
	"testing"
)

func TestScratchRoundTrip(t *testing.T) {
	cases := []struct {
		seq     int64
		pending []pendingAbsorb
		dirty   []StoryID
	}{
		{0, nil, nil},
		{7, []pendingAbsorb{{s: 3, t: 1, seq: 5}}, nil},
		{1 << 40, []pendingAbsorb{{s: 9, t: 2, seq: 100, split: 3}, {s: 10, t: 4, seq: 101}}, []StoryID{9, 10, 12}},
	}
	for _, c := range cases {
		seq, pending, dirty, err := decodeScratch(encodeScratch(c.seq, c.pending, c.dirty))
		if err != nil || seq != c.seq || !reflect.DeepEqual(pending, c.pending) || !reflect.DeepEqual(dirty, c.dirty) {
			t.Errorf("round trip of %v %v %v: got %v %v %v, %v", c.seq, c.pending, c.dirty, seq, pending, dirty, err)
		}
	}
	good := encodeScratch(3, []pendingAbsorb{{s: 1, t: 2, seq: 3}}, []StoryID{4})
	for name, b := range map[string][]byte{
		"other version": append([]byte{9}, good[1:]...),
		"cut short":     good[:len(good)-1],
		"trailing byte": append(append([]byte{}, good...), 0),
		"huge count":    {scratchVersion, 2, 0xff, 0xff, 0xff, 0xff, 0x0f},
	} {
		if _, _, _, err := decodeScratch(b); err == nil {
			t.Errorf("%s: decoded without error", name)
		}
	}
}

// FuzzDecodeScratch: any bytes decode to a state or an error, never a
// panic, and what decodes encodes back to the same bytes.
func FuzzDecodeScratch(f *testing.F) {
	f.Add(encodeScratch(3, []pendingAbsorb{{s: 1, t: 2, seq: 3, split: 2}}, []StoryID{4, 5}))
	f.Add([]byte{scratchVersion})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		seq, pending, dirty, err := decodeScratch(b)
		if err != nil || len(b) == 0 {
			return
		}
		if again := encodeScratch(seq, pending, dirty); string(again) != string(b) {
			// Varints have one shortest form; a longer one decodes too.
			if _, p2, d2, err := decodeScratch(again); err != nil || !reflect.DeepEqual(p2, pending) || !reflect.DeepEqual(d2, dirty) {
				t.Errorf("re-encoding %x gave %x", b, again)
			}
		}
	})
}
