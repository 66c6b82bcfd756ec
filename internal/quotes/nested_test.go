package quotes

import "testing"

// TestNestedRules covers the analyze-path rules of nested.go on fictional
// text: each case names a quote (by a fragment of its text) and the
// speaker it should get, or that it should be absent.
func TestNestedRules(t *testing.T) {
	for _, tc := range []struct {
		name, text, frag, speaker string
		absent                    bool
	}{
		{"name in marks", "The dock boss, dubbed the \"Harbor King\" by the tabloids, pleaded guilty on Monday.", "Harbor King", "", true},
		{"answer in marks stays", "Asked if she hid the key, Mara Lind said, \"Yes.\"", "Yes", "Mara Lind", false},
		{"next sentence with its own content", "\"The port must stay open,\" said Ivo Brand, head of the union. \"The city cannot give up without a fight.\" Mayor Ana Kesh warned that the strike could spread to the rail yards.",
			"cannot give up", "Ivo Brand", false},
		{"reporter of a quote", "The trial was delayed. \"The man is an emotional wreck,\" Judge Vera Lind said, according to the Courier.", "emotional wreck,\"", "Vera Lind", false},
		{"quotation inside a unit said by its source", "Mayor Ana Lind said Friday that she thinks the video should be released but said “the question is the timing.”", "she thinks the video", "Ana Lind", false},
		{"statement opening with a name", "The council met on Monday. Mayor Ana Lind said Ivo Brand's offer didn't settle the matter.", "offer didn't settle", "Ana Lind", false},
		{"statement opening with a name and an auxiliary", "The council met on Monday. Mayor Ana Lind said Ivo Brand had broken his word.", "had broken his word", "Ana Lind", false},
		{"attribution inside a unit said by its source", "Marek Dovan said during a rally in Velsk that Lind once described the trade pact as the “gold standard” of deals.", "once described the trade", "Marek Dovan", false},
		{"relative source", "The plan drew scorn from the port's neighbours, who said the noise would never stop.", "noise would never", "port's neighbours", false},
		{"relative source after a place", "The deal is doubted by some trade experts in the United States, who point out that the port is still closed.", "port is still", "some trade experts", false},
		{"split possessive", "Tom Vale’ s teammates figured it was just another day at the rink.", "another day", "Tom Vale's teammates", false},
		{"preposition content", "The Rovers countered with a nine - point run in the last quarter.", "nine - point", "", true},
		{"asked not to be identified", "\"The fire spread fast,\" the officer said. He asked not to be identified pending a report.", "identified", "", true},
		{"apposition content", "\"The deal is dead,\" said Ann Holt, a senior fellow at the Orvel Institute who advised the mayor.", "senior fellow", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			qs := Find(tc.text, Options{})
			found := false
			for _, q := range qs {
				if !containsFold(q.Text, tc.frag) {
					continue
				}
				found = true
				if !tc.absent && q.Speaker != tc.speaker {
					t.Errorf("quote %q: speaker %q, want %q", q.Text, q.Speaker, tc.speaker)
				}
			}
			if found == tc.absent {
				t.Errorf("quote with %q found = %v, want %v (%+v)", tc.frag, found, !tc.absent, qs)
			}
		})
	}
}

func containsFold(s, sub string) bool {
	return len(sub) > 0 && len(s) >= len(sub) && indexFold(s, sub) >= 0
}

func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if lower(s[i:i+len(sub)]) == lower(sub) {
			return i
		}
	}
	return -1
}

func TestNameInMarks(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"the man dubbed the \"Oddfather\" by the press", true},
		{"Mark \"Deep Throat\" Felt", true},
		{"she said, \"Absolutely.\"", false},
		{"called it a \"dead end\" for the port", false},
		{"the plan, \"Fire and Ice, Part Two,\" failed", false},
		{"\"Harbor King\"", false},
		{"a plan titled \"Safe Ports for Every Worker\" on Friday", true},
	} {
		d := newDoc(tc.text, Heuristic{})
		got := false
		for _, sp := range d.spans {
			got = got || d.nameInMarks(sp.start, sp.end)
		}
		if got != tc.want {
			t.Errorf("nameInMarks in %q = %v, want %v", tc.text, got, tc.want)
		}
	}
}
