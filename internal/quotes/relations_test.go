package quotes

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// relDoc builds a doc over text with the named mentions (first occurrence
// of each) and returns it.
func relDoc(t *testing.T, text string, ms ...Mention) *doc {
	t.Helper()
	var out []Mention
	for _, m := range ms {
		i := strings.Index(text, m.Name)
		if i < 0 {
			t.Fatalf("no %q in the text", m.Name)
		}
		m.Start, m.End = i, i+len(m.Name)
		out = append(out, m)
	}
	return newDoc(text, ResolverFunc(func(string) []Mention { return out }))
}

// relRun returns the token run covering the first occurrence of phrase.
func relRun(t *testing.T, d *doc, phrase string, kind int) tagRun {
	t.Helper()
	i := strings.Index(d.text, phrase)
	a, b := -1, -1
	for k, tok := range d.toks {
		if tok.Start == i {
			a = k
		}
		if tok.End == i+len(phrase) {
			b = k + 1
		}
	}
	if i < 0 || a < 0 || b <= a {
		t.Fatalf("no token run for %q", phrase)
	}
	return tagRun{kind: kind, a: a, b: b}
}

// TestRelationSource: "the daughter of X" is not X: the person it stands
// in apposition to speaks, else the phrase.
func TestRelationSource(t *testing.T) {
	tests := []struct {
		name, text, phrase, want string
		ok                       bool
	}{
		{"apposition with an age", "Mira Lind, 35, the daughter of Tom Reyes, said she was glad.", "the daughter of Tom Reyes", "Mira Lind", true},
		{"apposition", "Mira Lind, the widow of Tom Reyes, said she was glad.", "the widow of Tom Reyes", "Mira Lind", true},
		{"no name before", "On Monday the daughter of Tom Reyes said she was glad.", "the daughter of Tom Reyes", "the daughter of Tom Reyes", true},
		{"a role, not a relation", "Mira Lind, the president of Velsk Bank, said it.", "the president of Velsk Bank", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []Mention
			for _, m := range []Mention{{Name: "Mira Lind", Type: core.Person}, {Name: "Tom Reyes", Type: core.Person}, {Name: "Velsk Bank", Type: core.Organisation}} {
				if strings.Contains(tt.text, m.Name) {
					ms = append(ms, m)
				}
			}
			d := relDoc(t, tt.text, ms...)
			got, ok := d.relationSource(relRun(t, d, tt.phrase, tagBSrc))
			if got != tt.want || ok != tt.ok {
				t.Errorf("relationSource(%q) = %q, %v; want %q, %v", tt.phrase, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestSubjectBeforeVerb: a source run that took in "called X" names its
// subject, not X.
func TestSubjectBeforeVerb(t *testing.T) {
	text := "Mr. Lind called the chief executive, Tom Reyes, \"driven\" and asserted that all was well."
	d := relDoc(t, text, Mention{Name: "Lind", Type: core.Person}, Mention{Name: "Tom Reyes", Type: core.Person})
	d.mentions[0].Name = "Ana Lind"
	if m := d.subjectBeforeVerb(relRun(t, d, "Mr. Lind called the chief executive, Tom Reyes", tagBSrc)); m < 0 || d.mentions[m].Name != "Ana Lind" {
		t.Errorf("subjectBeforeVerb = %d; want Ana Lind", m)
	}
	if m := d.subjectBeforeVerb(relRun(t, d, "the chief executive, Tom Reyes", tagBSrc)); m >= 0 {
		t.Errorf("subjectBeforeVerb on a run with no verb = %q; want none", d.mentions[m].Name)
	}
}

// TestSourceNounFromCue: "[S Velsk] [C police announced]" gives the
// police, not the place, the source; a word that is no name keeps the runs.
func TestSourceNounFromCue(t *testing.T) {
	text := "Velsk police announced the names. Federal agencies proposing changes met."
	d := relDoc(t, text, Mention{Name: "Velsk", Type: core.Location})
	src, cue := d.sourceNounFromCue(relRun(t, d, "Velsk", tagBSrc), relRun(t, d, "police announced", tagBCue))
	if got := d.text[d.toks[src.a].Start:d.toks[src.b-1].End]; got != "Velsk police" {
		t.Errorf("source = %q; want Velsk police", got)
	}
	if got := d.text[d.toks[cue.a].Start:d.toks[cue.b-1].End]; got != "announced" {
		t.Errorf("cue = %q; want announced", got)
	}
	src, cue = d.sourceNounFromCue(relRun(t, d, "Federal", tagBSrc), relRun(t, d, "agencies proposing", tagBCue))
	if got := d.text[d.toks[src.a].Start:d.toks[src.b-1].End]; got != "Federal" {
		t.Errorf("source = %q; want Federal (no name)", got)
	}
	_ = cue
}

// TestOneDescription: "One strategist" is someone new, not the person
// named before (analyze path only).
func TestOneDescription(t *testing.T) {
	text := "Tom Reyes leads the race. One strategist described it as a superhighway."
	d := relDoc(t, text, Mention{Name: "Tom Reyes", Type: core.Person})
	a := strings.Index(text, "One strategist")
	if got, ok := d.indefiniteSource(a, a+len("One strategist")); !ok || got != "One strategist" {
		t.Errorf("indefiniteSource(One strategist) = %q, %v; want One strategist", got, ok)
	}
	d.exclusive = true
	if _, ok := d.indefiniteSource(a, a+len("One strategist")); ok {
		t.Errorf("indefiniteSource(One strategist) in exclusive mode: want no description")
	}
}

// TestAppositionContent: what follows "said Ana Lind," and names her role
// is no statement; a clause after her name is.
func TestAppositionContent(t *testing.T) {
	tests := []struct {
		name, text, content string
		want                bool
	}{
		{"role after the name", "It is the first time, said Ana Lind, executive director of the Velsk Fund, whose members lobby.", "executive director of the Velsk Fund, whose members lobby", true},
		{"a lawyer for", "It was wrong, said Ana Lind, a lawyer for the family.", "a lawyer for the family", true},
		{"a clause", "It was wrong, said Ana Lind, adding that the plan would fail.", "adding that the plan would fail", false},
		{"no reporting verb before the name", "On Monday, Ana Lind, director of the Velsk Fund, arrived.", "director of the Velsk Fund", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := relDoc(t, tt.text, Mention{Name: "Ana Lind", Type: core.Person})
			a := strings.Index(tt.text, tt.content)
			q := Quote{SpeakerStart: -1, SpeakerEnd: -1, Kind: KindReported}
			q.Start, q.End = a, a+len(tt.content)
			if got := d.appositionContent(q); got != tt.want {
				t.Errorf("appositionContent(%q) = %v; want %v", tt.content, got, tt.want)
			}
		})
	}
}

// TestMarketGroupThey: "They said" after "dealers said" stands for the
// dealers, a source the tagger tagged with no name.
func TestMarketGroupThey(t *testing.T) {
	text := "Velsk rye prices held steady, dealers said. They said arrivals were poor."
	d := relDoc(t, text)
	d.tags = make([]int8, len(d.toks))
	d.tags[relRun(t, d, "dealers", tagBSrc).a] = tagBSrc
	if got := d.recentSourcePhrase("they", strings.Index(text, "They")); got != "dealers" {
		t.Errorf("recentSourcePhrase(they) = %q; want dealers", got)
	}
	if got := d.recentSourcePhrase("it", strings.Index(text, "They")); got != "" {
		t.Errorf("recentSourcePhrase(it) = %q; want none", got)
	}
}
