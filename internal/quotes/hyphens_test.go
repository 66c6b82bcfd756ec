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

// TestWidenSource: a source run begun inside a spaced-hyphen compound is
// widened to the compound, lower-case modifiers after a possessive
// determiner giving way to it (widenHyphen); a run that is only the object
// of a preposition hanging on a title is widened to the title's phrase
// (widenToTitle); other runs are left alone.
func TestWidenSource(t *testing.T) {
	hyphen := func(d *doc, r tagRun) tagRun { return d.widenHyphen(r) }
	title := func(d *doc, r tagRun) tagRun { return d.widenToTitle(r) }
	tests := []struct {
		name, text, run, want string
		widen                 func(*doc, tagRun) tagRun
	}{
		{"compound name", "Velsk was hit. State - run TV reported that the port was shut.", "run TV", "State - run TV", hyphen},
		{"two hyphens", "Velsk was hit. State - owned - run TV reported it.", "run TV", "State - owned - run TV", hyphen},
		{"possessive before modifiers", "Ostria agreed to drop its long - held demand that the troops leave.", "held", "its", hyphen},
		{"a dash before a pronoun", "He gives interviews - he talks to everybody.", "he", "he", hyphen},
		{"a dash before an adverb", "She declined to claim victory - only saying that it was close.", "only", "only", hyphen},
		{"a dash before a name", "ECONOMY FAVORS TRUMP - David Wasserman: it is close.", "David Wasserman", "David Wasserman", hyphen},
		{"no hyphen", "Velsk was hit. Local TV reported that the port was shut.", "TV", "TV", hyphen},
		{"unspaced hyphen", "Velsk was hit. State-run TV reported it.", "TV", "TV", hyphen},
		{"ambassador to a country", "Ostria's ambassador to the United Realms said the talks went well.", "Realms", "Ostria's ambassador to the United Realms", title},
		{"title after a comma", "In Velsk, the envoy of the Northern League said it.", "League", "the envoy of the Northern League", title},
		{"no role noun", "Friends of the Velsk Harbour said it.", "Harbour", "Harbour", title},
		{"title after a verb", "Crowds cheered the envoy of the Northern League said it.", "League", "League", title},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, Heuristic{})
			d.clauseSubj = true
			w := tt.widen(d, sourceRunAt(t, d, tt.run))
			if got := tt.text[d.toks[w.a].Start:d.toks[w.b-1].End]; got != tt.want {
				t.Errorf("widened %q = %q, want %q", tt.run, got, tt.want)
			}
		})
	}
}

// TestAsideSubjects: a person quoted by a medium "as saying" speaks, not
// the medium; a source inside an "including" aside names the phrase the
// aside hangs on; runs outside those frames are left alone.
func TestAsideSubjects(t *testing.T) {
	quotedBy := func(d *doc, r tagRun) (attribution, bool) { return d.quotedBySubject(r) }
	including := func(d *doc, r tagRun) (attribution, bool) { return d.includingSubject(r) }
	tests := []struct {
		name, text, run string
		rule            func(*doc, tagRun) (attribution, bool)
		want            string
		ok              bool
	}{
		{"quoted by a medium", "Ana Lind, the governor of Velsk, was quoted by state television as saying rescue teams were sent.", "state television", quotedBy, "Ana Lind", true},
		{"a medium that speaks itself", "State television said rescue teams were sent, as the governor had asked.", "State television", quotedBy, "", false},
		{"inside an including aside", "Relatives, including a brother who was a Roman Catholic priest, insisted he was ill.", "a Roman Catholic priest", including, "Relatives", true},
		{"no aside", "Relatives and a Roman Catholic priest, insisted he was ill.", "a Roman Catholic priest", including, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, Heuristic{})
			at, ok := tt.rule(d, sourceRunAt(t, d, tt.run))
			if ok != tt.ok || ok && at.speaker != tt.want {
				t.Errorf("subject of %q = %q, %v; want %q, %v", tt.run, at.speaker, ok, tt.want, tt.ok)
			}
		})
	}
}

// sourceRunAt returns the source run over the tokens of phrase's first
// occurrence in d's text, failing the test when no tokens span it.
func sourceRunAt(t *testing.T, d *doc, phrase string) tagRun {
	t.Helper()
	a := strings.Index(d.text, phrase)
	r := tagRun{kind: tagBSrc, a: -1, b: -1}
	for i, tok := range d.toks {
		if a >= 0 && tok.Start == a {
			r.a = i
		}
		if a >= 0 && r.a >= 0 && r.b < 0 && tok.End == a+len(phrase) {
			r.b = i + 1
		}
	}
	if r.a < 0 || r.b < 0 {
		t.Fatalf("no tokens for %q", phrase)
	}
	return r
}
