package quotes

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestCarriedSpeaker: a quotation standing alone in the sentence after
// another's takes its speaker, also when that speaker came from the tagged
// unit (a long apposition the quote rules do not read).
func TestCarriedSpeaker(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"after a long apposition",
			"Voting was slow in Velsk. \"I hope for better roads,\" Mara Lint, a clerk at a post office in Velsk, told the agency. \"We are waiting for the bridge to open so more guests can come.\" Farmers came to vote early.",
			"We are waiting", "Mara Lint"},
		{"free indirect speech after reported speech",
			"The talks ended late. Ana Lind also said she backed the ferry plan. Tomas Brell's offer on the port is “very serious.” The council meets on Friday.",
			"very serious", "Ana Lind"},
		{"after a plain attribution",
			"The ferry was late again. \"The engines are old,\" Tomas Brell said. \"We need two new boats before winter.\" The council meets on Friday.",
			"We need two new boats", "Tomas Brell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectSpeaker(t, Find(tt.text, Options{}), tt.quote, tt.want)
		})
	}
}

// TestPersonBeforePrep: a person whose organisation hangs on the name by a
// preposition speaks, not the organisation.
func TestPersonBeforePrep(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"direct quote, of",
			"The fire damaged the hall. \"We have no idea what caused it,\" the Rev. Ana Lind of the Velsk Bible Church said on Saturday.",
			"We have no idea", "Ana Lind"},
		{"reported, of",
			"The fire damaged the hall. The Rev. Ana Lind of the Velsk Bible Church said that investigators were looking at the wiring.",
			"investigators were looking", "Ana Lind"},
		{"the organisation alone",
			"The fire damaged the hall. The Velsk Bible Church said that investigators were looking at the wiring.",
			"investigators were looking", "Velsk Bible Church"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []Mention
			for _, m := range []Mention{{Name: "Ana Lind", Type: core.Person}, {Name: "Velsk Bible Church", Type: core.Organisation}} {
				if i := strings.Index(tt.text, m.Name); i >= 0 {
					m.Start, m.End = i, i+len(m.Name)
					ms = append(ms, m)
				}
			}
			res := ResolverFunc(func(string) []Mention { return ms })
			expectSpeaker(t, Find(tt.text, Options{Resolver: res}), tt.quote, tt.want)
		})
	}
}

// TestWeakAttributionLearnedCues: a cue learned from PolNeAR that is no
// reporting verb credits a statement only with a clause or words in
// quotation marks.
func TestWeakAttributionLearnedCues(t *testing.T) {
	tests := []struct {
		content, cue string
		weak         bool
	}{
		{"Teldar for two decades until his death", "ruled", true},
		{"the port plan in 1990 and again in 2004", "discussed", true},
		{"the ferry plan “a deliberate attempt to stall the vote”", "called", false},
		{"that the ferry would run all winter", "ruled", false},
		{"the delays at the port", "denied", false},
		{"the ferry plan as a waste of money", "called", false},
		{"the delays at the port", "was known as", true},
	}
	d := &doc{}
	for _, tt := range tests {
		q := Quote{Kind: KindAttribution, Cue: tt.cue}
		q.Text = tt.content
		if got := d.weakAttribution(q); got != tt.weak {
			t.Errorf("weakAttribution(%q, cue %q) = %v, want %v", tt.content, tt.cue, got, tt.weak)
		}
	}
}

// TestOpeningAdjunctNoStatement: content tagged inside the phrase opening
// a sentence, before the source, is no statement; fronted content is.
func TestOpeningAdjunctNoStatement(t *testing.T) {
	tests := []struct {
		text, content, source string
		want                  bool
	}{
		{"Speaking in an interview with the Velsk Herald ahead of his visit to Teldar, Tomas Brell expressed disappointment at the plan.",
			"his visit to Teldar", "Tomas Brell", true},
		{"After talks in Velsk over the weekend on the ferry plan, Tomas Brell said the port would reopen.",
			"the ferry plan", "Tomas Brell", true},
		{"The ferry will run all winter, Tomas Brell said.",
			"The ferry will run all winter", "Tomas Brell", false},
		{"Speaking in Velsk, Tomas Brell said the ferry will run all winter.",
			"the ferry will run all winter", "Tomas Brell", false},
	}
	for _, tt := range tests {
		checkNoStatement(t, tt.text, tt.content, tt.source, tt.want)
	}
}

// TestAskedQuestion: the question put to a source is not its statement,
// whether or not it reads as a clause.
func TestAskedQuestion(t *testing.T) {
	tests := []struct {
		text, content, source string
		want                  bool
	}{
		{"When asked whether the port would reopen, Ana Lind said she hoped so.", "whether the port would reopen", "Ana Lind", true},
		{"Asked if the delay worried him, Tomas Brell replied that it did not.", "Asked if the delay worried him", "Tomas Brell", true},
		{"Tomas Brell asked whether the port would reopen.", "whether the port would reopen", "Tomas Brell", false},
		{"Ana Lind said the port would reopen in May.", "the port would reopen in May", "Ana Lind", false},
	}
	for _, tt := range tests {
		checkNoStatement(t, tt.text, tt.content, tt.source, tt.want)
	}
}

// checkNoStatement builds a reported unit of content credited to source in
// text and checks noStatement's verdict on it.
func checkNoStatement(t *testing.T, text, content, source string, want bool) {
	t.Helper()
	d := newDoc(text, Heuristic{})
	i, j := strings.Index(text, content), strings.Index(text, source)
	q := Quote{SpeakerStart: j, SpeakerEnd: j + len(source), Kind: KindReported}
	q.Start, q.End = i, i+len(content)
	q.Text = content
	if got := d.noStatement(q); got != want {
		t.Errorf("noStatement(%q in %q) = %v, want %v", content, text, got, want)
	}
}
