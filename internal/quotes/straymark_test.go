package quotes

import "testing"

// A scraped paragraph with a stray opening mark: the tagger reads the "I"
// inside it as a source it cannot resolve, and the quote must keep the
// speaker the quote rules found after it ("..., ” she continued").
func TestStrayMarkKeepsRuleSpeaker(t *testing.T) {
	text := "Minister Ana Kovrin spoke at the harbour on Monday.\n\n" +
		"“We will keep the ferries running,” Kovrin said at the meeting.\n\n" +
		"“Obviously, I do not know what [Piet Larsen] “He wants to do. And we will not fail them,” she continued.\n"
	found := false
	for _, q := range Find(text, Options{}) {
		if q.Direct && q.Text == "He wants to do. And we will not fail them," {
			found = true
			if q.Speaker != "Ana Kovrin" {
				t.Errorf("speaker %q, want Ana Kovrin", q.Speaker)
			}
		}
	}
	if !found {
		t.Error("the quote after the stray mark was not found")
	}
}
