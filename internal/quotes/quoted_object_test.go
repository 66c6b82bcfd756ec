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
