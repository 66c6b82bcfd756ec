package analyze

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/quotes"
)

func TestWriterCommentary(t *testing.T) {
	tests := []struct {
		name, text, src, cue, content string
		want                          bool
	}{
		{"an event's participle", "The fair also featured talks between Mara Voss, Mayor Ilse Brandt and Tomas Renko, highlighting how the port dispute remains a central issue in the region.", "Mayor Ilse Brandt", "highlighting", "how the port dispute remains a central issue in the region", true},
		{"a person's act, no speech", "Renko met Voss in Velsk on Monday, underscoring that the two ports now trade again.", "Renko", "underscoring", "that the two ports now trade again", true},
		{"dash before the participle", "The ferry sailed empty for a week — reflecting how few travellers trust the new timetable.", "The ferry", "reflecting", "how few travellers trust the new timetable", true},
		{"speech in the main clause", "Mara Voss stressed her opposition to the levy, highlighting how it would hurt the harbour.", "Mara Voss", "highlighting", "how it would hurt the harbour", false},
		{"a speech noun in the main clause", "Renko gave a speech in Velsk, highlighting how the port had grown.", "Renko", "highlighting", "how the port had grown", false},
		{"source after the content", "The fair ended early, showing that the port dispute is unresolved, organisers said.", "organisers", "showing", "that the port dispute is unresolved", false},
		{"a speaker's participle", "Mara Voss left the hall, warning that the levy would hurt the harbour.", "Mara Voss", "warning", "that the levy would hurt the harbour", false},
		{"no comma before it", "The report is highlighting how the port had grown.", "The report", "highlighting", "how the port had grown", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var q quotes.Quote
			q.Text, q.Cue, q.SpeakerStart, q.SpeakerEnd = tt.content, tt.cue, -1, -1
			q.Start = strings.Index(tt.text, tt.content)
			q.End = q.Start + len(tt.content)
			if i := strings.Index(tt.text, tt.src); i >= 0 {
				q.SpeakerStart, q.SpeakerEnd = i, i+len(tt.src)
			}
			if got := writerCommentary(tt.text, q); got != tt.want {
				t.Errorf("writerCommentary(%q, cue %q) = %v, want %v", tt.text, tt.cue, got, tt.want)
			}
		})
	}
}

func TestPrepObject(t *testing.T) {
	tests := []struct {
		cue, content string
		want         bool
	}{
		{"hinted at progress with", "Renko on harbour fees but stopped short of a deal", true},
		{"closes with footage of", "Voss waving from the quay", true},
		{"expressed disappointment at", "the lack of support from the council", false},
		{"hinted at progress with", "whether the two ports would trade again", false},
		{"said in an interview with", "the Velsk Courier that the levy would go", false},
		{"wrote in a column for", "the Courier and said the levy would go", false},
		{"according to", "the ferry will dock on Friday", false},
	}
	for _, tt := range tests {
		var q quotes.Quote
		q.Text, q.Cue = tt.content, tt.cue
		if got := prepObject(q); got != tt.want {
			t.Errorf("prepObject(cue %q, %q) = %v, want %v", tt.cue, tt.content, got, tt.want)
		}
	}
}

func TestUnnamedSourceKeepsContentSubject(t *testing.T) {
	text := "According to reports, Tomas Renko has given the council until Monday to decide."
	var q quotes.Quote
	q.Text = "Tomas Renko has given the council until Monday to decide"
	q.Start = strings.Index(text, q.Text)
	q.End = q.Start + len(q.Text)
	q.Speaker, q.Cue = "reports", "According to"
	q.SpeakerStart = strings.Index(text, "reports")
	q.SpeakerEnd = q.SpeakerStart + len("reports")
	ms := []quotes.Mention{{Name: "Tomas Renko", Type: "PER", Start: q.Start, End: q.Start + len("Tomas Renko")}}
	if got := nameAfterSource(text, q, ms); got != "" {
		t.Errorf("nameAfterSource = %q, want none: the content's subject is not its source", got)
	}
	out := tidyQuotes(text, []quotes.Quote{q}, map[string]bool{"Tomas Renko": true}, ms)
	if len(out) != 1 || out[0].Speaker != "reports" {
		t.Errorf("tidyQuotes = %+v, want one quote of %q", out, "reports")
	}
}

func TestAttributiveHedge(t *testing.T) {
	tests := []struct {
		name, text, content string
		want                bool
	}{
		{"after an article", "The two guards hurt by the alleged arsonist were bystanders caught in the blaze.", "arsonist were bystanders caught in the blaze", true},
		{"after a preposition", "Renko spoke at length on the alleged dangers posed by the new port.", "dangers posed by the new port", true},
		{"after a colon", "The show airs odd ideas: alleged plots behind the harbour fire of 1995.", "plots behind the harbour fire of 1995", true},
		{"after a conjunction", "His failures and purported schemes have never hurt him with voters.", "schemes have never hurt him with voters", true},
		{"a verb after an auxiliary", "Several dockers have alleged they were misled about the levy.", "they were misled about the levy", false},
		{"a verb after a relative pronoun", "Voss, who alleged that the mill was unsafe, was cleared.", "that the mill was unsafe", false},
		{"a verb after a comma", "The complaint, filed in Velsk, alleged that the port broke the law.", "that the port broke the law", false},
		{"no hedge", "Renko said the port broke the law.", "the port broke the law", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var q quotes.Quote
			q.Text = tt.content
			q.Start = strings.Index(tt.text, tt.content)
			q.End = q.Start + len(tt.content)
			if got := attributiveHedge(tt.text, q); got != tt.want {
				t.Errorf("attributiveHedge(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
