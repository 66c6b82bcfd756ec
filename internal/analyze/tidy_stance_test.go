package analyze

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/quotes"
)

func TestNoStatement(t *testing.T) {
	tests := []struct {
		name, text, src, cue, content string
		direct                        bool
		want                          bool
	}{
		{"expletive it, copula", "It is expected that the ferry will dock in Velsk on Friday.", "It", "is expected", "that the ferry will dock in Velsk on Friday", false, true},
		{"expletive it, passive perfect", "It has been reported that the mill will close.", "It", "has been reported", "that the mill will close", false, true},
		{"expletive it, seeming", "But it seems more likely that he will coach in college.", "it", "seems more likely", "that he will coach in college", false, true},
		{"a body's it with a speech verb", "The council met. It has said it will set its own fees.", "It", "has said", "it will set its own fees", false, false},
		{"a body's it, plain said", "The council met. It said the fees would rise.", "It", "said", "the fees would rise", false, false},
		{"the copula in the source", "There is little to indicate the mill will reopen.", "There is little", "to indicate", "the mill will reopen", false, true},
		{"it is in the source", "It is unclear whether the ferry will sail.", "It is unclear", "whether", "the ferry will sail", false, true},
		{"state of mind", "Many drivers wonder how they will pay for the repairs.", "Many drivers", "wonder", "how they will pay for the repairs", false, true},
		{"knowing", "Mara Voss knew that the mill was failing.", "Mara Voss", "knew", "that the mill was failing", false, true},
		{"present think is a voiced opinion", "Many economists think the port will default on its debts.", "Many economists", "think", "the port will default on its debts", false, false},
		{"a stance in words", "Mara Voss believes the mill will reopen.", "Mara Voss", "believes", "the mill will reopen", false, false},
		{"a direct quote stands", "\"I knew it would end,\" Mara Voss thought.", "Mara Voss", "thought", "I knew it would end", true, false},
		{"rumours rejected", "Mara Voss discounted rumors that she would buy the mill.", "Mara Voss", "discounted rumors", "that she would buy the mill", false, true},
		{"allegations denied", "Voss flatly denied the allegations that the mill was unsafe.", "Voss", "flatly denied the allegations", "that the mill was unsafe", false, true},
		{"claims made are a statement", "Mara Voss repeated claims that the mill was unsafe.", "Mara Voss", "repeated claims", "that the mill was unsafe", false, false},
		{"a plain denial stands", "Mara Voss denied that the mill was unsafe.", "Mara Voss", "denied", "that the mill was unsafe", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var q quotes.Quote
			q.Text, q.Cue, q.Direct, q.SpeakerStart, q.SpeakerEnd = tt.content, tt.cue, tt.direct, -1, -1
			q.Start = strings.Index(tt.text, tt.content)
			q.End = q.Start + len(tt.content)
			if i := strings.Index(tt.text, tt.src); i >= 0 {
				q.SpeakerStart, q.SpeakerEnd = i, i+len(tt.src)
			}
			if tt.name == "a body's it with a speech verb" || tt.name == "a body's it, plain said" {
				i := strings.LastIndex(tt.text, tt.src)
				q.SpeakerStart, q.SpeakerEnd = i, i+len(tt.src)
			}
			if got := noStatement(tt.text, q); got != tt.want {
				t.Errorf("noStatement(%q, cue %q) = %v, want %v", tt.text, tt.cue, got, tt.want)
			}
		})
	}
}

func TestAccordingSource(t *testing.T) {
	tests := []struct{ name, text, frag, want string }{
		{"description cut at its participle", "According to the guards posted at the gate, the driver waved \"nervously\" and sped off.", "nervously", "the guards"},
		{"a named source", "According to Mara Voss, the mayor looked \"tired\" at the meeting.", "tired", "Mara Voss"},
		{"a reporting word of its own", "According to the charges, Brell refused, saying officers \"would have to carry\" him.", "would have to carry", ""},
		{"no according", "The driver waved \"nervously\" and sped off.", "nervously", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var q quotes.Quote
			q.Text, q.Direct, q.Fragment = tt.frag, true, true
			q.Start = strings.Index(tt.text, tt.frag)
			q.End = q.Start + len(tt.frag)
			var ms []quotes.Mention
			if i := strings.Index(tt.text, "Mara Voss"); i >= 0 {
				ms = append(ms, quotes.Mention{Name: "Mara Voss", Type: "PER", Start: i, End: i + len("Mara Voss")})
			}
			if got := accordingSource(tt.text, q, ms); got != tt.want {
				t.Errorf("accordingSource(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
