package quotes

import (
	"strings"
	"testing"
)

// TestJoinSpacedHyphens: spaced hyphens between words close up; a dash
// standing alone or at an edge stays.
func TestJoinSpacedHyphens(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"State - run TV", "State-run TV"},
		{"a long - held - over plan", "a long-held-over plan"},
		{"no hyphen", "no hyphen"},
		{"A  - B", "A  - B"},
		{" - x", " - x"},
		{"x - ", "x - "},
		{"", ""},
	} {
		if got := joinSpacedHyphens(tc.in); got != tc.want {
			t.Errorf("joinSpacedHyphens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestWidenHyphen: a source run begun inside a spaced-hyphen compound is
// widened to the compound; lower-case modifiers after a possessive
// determiner give way to it; other runs are left alone.
func TestWidenHyphen(t *testing.T) {
	tests := []struct {
		name, text, run, want string
	}{
		{"compound name", "Velsk was hit. State - run TV reported that the port was shut.", "run TV", "State - run TV"},
		{"two hyphens", "Velsk was hit. State - owned - run TV reported it.", "run TV", "State - owned - run TV"},
		{"possessive before modifiers", "Ostria agreed to drop its long - held demand that the troops leave.", "held", "its"},
		{"a dash before a pronoun", "He gives interviews - he talks to everybody.", "he", "he"},
		{"a dash before an adverb", "She declined to claim victory - only saying that it was close.", "only", "only"},
		{"a dash before a name", "ECONOMY FAVORS TRUMP - David Wasserman: it is close.", "David Wasserman", "David Wasserman"},
		{"no hyphen", "Velsk was hit. Local TV reported that the port was shut.", "TV", "TV"},
		{"unspaced hyphen", "Velsk was hit. State-run TV reported it.", "TV", "TV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, Heuristic{})
			d.clauseSubj = true
			a := strings.Index(tt.text, tt.run)
			r := tagRun{}
			for i, tok := range d.toks {
				if tok.Start == a {
					r.kind, r.a = tagBSrc, i
				}
				if r.kind != 0 && tok.End == a+len(tt.run) {
					r.b = i + 1
				}
			}
			if r.kind == 0 || r.b == 0 {
				t.Fatalf("no tokens for %q", tt.run)
			}
			w := d.widenHyphen(r)
			if got := tt.text[d.toks[w.a].Start:d.toks[w.b-1].End]; got != tt.want {
				t.Errorf("widenHyphen(%q) = %q, want %q", tt.run, got, tt.want)
			}
		})
	}
}

// TestQuotedBySubject: a person quoted by a medium "as saying" speaks, not
// the medium; a medium that says something itself keeps it.
func TestQuotedBySubject(t *testing.T) {
	text := "Ana Lind, the governor of Velsk, was quoted by state television as saying rescue teams were sent to the villages."
	d := newDoc(text, Heuristic{})
	a := strings.Index(text, "state television")
	r := tagRun{}
	for i, tok := range d.toks {
		if tok.Start == a {
			r = tagRun{kind: tagBSrc, a: i, b: i + 2}
		}
	}
	at, ok := d.quotedBySubject(r)
	if !ok || at.speaker != "Ana Lind" {
		t.Errorf("quotedBySubject = %q, %v; want Ana Lind", at.speaker, ok)
	}
	other := "State television said rescue teams were sent, as the governor had asked."
	d = newDoc(other, Heuristic{})
	if _, ok := d.quotedBySubject(tagRun{kind: tagBSrc, a: 0, b: 2}); ok {
		t.Errorf("quotedBySubject took a medium that speaks itself")
	}
}

// TestIncludingSubject: a source run inside an "including" aside names
// the phrase the aside hangs on; a run outside such an aside does not.
func TestIncludingSubject(t *testing.T) {
	text := "Relatives, including a brother who was a Roman Catholic priest, insisted he was ill."
	d := newDoc(text, Heuristic{})
	a := strings.Index(text, "a Roman")
	r := tagRun{}
	for i, tok := range d.toks {
		if tok.Start == a {
			r = tagRun{kind: tagBSrc, a: i, b: i + 4}
		}
	}
	at, ok := d.includingSubject(r)
	if !ok || at.speaker != "Relatives" {
		t.Errorf("includingSubject = %q, %v; want Relatives", at.speaker, ok)
	}
	plain := "Relatives and a Roman Catholic priest, insisted he was ill."
	d = newDoc(plain, Heuristic{})
	if _, ok := d.includingSubject(tagRun{kind: tagBSrc, a: 2, b: 6}); ok {
		t.Errorf("includingSubject took a run with no aside")
	}
}
