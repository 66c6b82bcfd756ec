package analyze

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

func TestOwnAttribution(t *testing.T) {
	for _, tc := range []struct {
		name, text, span, want string
	}{
		{"a closing mark then the name", `The memo read: "Let the ferry go, let it go," Ana Lind said. Later she left.`,
			`"Let the ferry go, let it go," Ana Lind said`, "Ana Lind"},
		{"an apposition between commas", `“It is vital that every boat is checked, Ana Lind, a harbour master at Velsk, says. "Since storms are near, hurry."`,
			`It is vital that every boat is checked, Ana Lind, a harbour master at Velsk, says`, "Ana Lind"},
		{"a pronoun names no one", `"Let the ferry go," he said. Later she left.`, `"Let the ferry go," he said`, ""},
		{"no attribution at the end", `"Ana Lind said the ferry would go," the memo read.`, `Ana Lind said the ferry would go,`, ""},
		{"a name that is no person", `"Let the ferry go," Velsk Harbour said. Later.`, `"Let the ferry go," Velsk Harbour said`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ms []quotes.Mention
			if i := strings.Index(tc.text, "Ana Lind"); i >= 0 {
				ms = append(ms, quotes.Mention{Name: "Ana Lind", Type: core.Person, Start: i, End: i + len("Ana Lind")})
			}
			if i := strings.Index(tc.text, "Velsk Harbour"); i >= 0 {
				ms = append(ms, quotes.Mention{Name: "Velsk Harbour", Type: core.Organisation, Start: i, End: i + len("Velsk Harbour")})
			}
			s := strings.Index(tc.text, tc.span)
			q := quotes.Quote{Quote: core.Quote{Text: tc.span, Start: s, End: s + len(tc.span), Direct: true, Speaker: "the memo"}}
			if got := ownAttribution(tc.text, q, ms); got != tc.want {
				t.Errorf("ownAttribution = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestNameAfterSource(t *testing.T) {
	for _, tc := range []struct {
		name, text, src, want string
	}{
		{"a name after a description", `"Markets are weak," said the senior strategist for Acme Funds, Ana Lind.`, "the senior strategist for Acme Funds", "Ana Lind"},
		{"no comma", `"Markets are weak," said the senior strategist Ana Lind.`, "the senior strategist", ""},
		{"words between", `"Markets are weak," said the strategist, who met Ana Lind.`, "the strategist", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ms []quotes.Mention
			if i := strings.Index(tc.text, "Ana Lind"); i >= 0 {
				ms = append(ms, quotes.Mention{Name: "Ana Lind", Type: core.Person, Start: i, End: i + len("Ana Lind")})
			}
			s := strings.Index(tc.text, tc.src)
			q := quotes.Quote{Quote: core.Quote{Speaker: tc.src}, SpeakerStart: s, SpeakerEnd: s + len(tc.src)}
			if got := nameAfterSource(tc.text, q, ms); got != tc.want {
				t.Errorf("nameAfterSource = %q, want %q", got, tc.want)
			}
		})
	}
}
