package quotes

import "testing"

// TestContractedPronounSource: a source "He's"/"She’s" is the pronoun
// before a contracted auxiliary and resolves as "he"/"she" does.
func TestContractedPronounSource(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Mayor Tom Roe spoke at the harbor on Monday. He's telling allies that he hopes the pier will close in May.", "Tom Roe"},
		{"Senator Ana Lind toured the port in Velsk. She’s predicting that the new bridge will open in June.", "Ana Lind"},
	} {
		found := false
		for _, q := range Find(c.text, Options{}) {
			if q.Start > 0 && !q.Direct {
				found = true
				if q.Speaker != c.want {
					t.Errorf("%q: speaker %q, want %q", q.Text, q.Speaker, c.want)
				}
			}
		}
		if !found {
			t.Errorf("no unit in %q", c.text)
		}
	}
}

// TestFragmentAfterSource: a scare-quoted fragment inside a unit whose
// source precedes it is that source's, not the source of an attribution
// after it in the sentence; "as X called it" keeps X.
func TestFragmentAfterSource(t *testing.T) {
	for _, c := range []struct{ text, frag, want string }{
		{"\"My client is in the clinic right now,\" Heller argued after a prosecutor objected. \"Nothing bad is going to happen.\" Mayor White said he was \"completely blindsided\" by the placement because Heller had agreed to another clinic.",
			"completely blindsided", "White"},
		{"Senator Ana Lind said in a statement \"We are shocked that the navy chose a foreign yard.\" Representative Tom Roe said he too was \"shocked\", releasing a statement saying \"This decision is disappointing.\"",
			"shocked", "Tom Roe"},
	} {
		found := false
		for _, q := range Find(c.text, Options{}) {
			if q.Fragment && q.Text == c.frag {
				found = true
				if q.Speaker != c.want {
					t.Errorf("fragment %q: speaker %q, want %q", q.Text, q.Speaker, c.want)
				}
			}
		}
		if !found {
			t.Errorf("no fragment %q in %q", c.frag, c.text)
		}
	}
}
