package analyze

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

func TestNamedBySubject(t *testing.T) {
	for _, tc := range []struct {
		name, text, span, want string
	}{
		{"a name, an adverb and the object", `The Velsk Ledger notes that Ana Lind later called Tomas Brell “too soft on the harbour.” Then it rained.`,
			`too soft on the harbour.`, "Ana Lind"},
		{"an apposition and a span opening with its mark", `On Monday, Ana Lind, an aide to Tomas Brell, called the vote on Friday “a wake-up call” for the party.`,
			`“a wake-up call” for the party`, "Ana Lind"},
		{"a label with no person before it", `The council passed what the Velsk Ledger called “a harbour charter.”`,
			`a harbour charter.`, ""},
		{"a reporting verb is no naming verb", `Ana Lind told Tomas Brell “the harbour is closed.”`,
			`the harbour is closed.`, ""},
		{"a clause between name and verb", `Ana Lind met the crews, and the mayor called it “a good day.”`,
			`a good day.`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ms []quotes.Mention
			for _, p := range []string{"Ana Lind", "Tomas Brell"} {
				if i := strings.Index(tc.text, p); i >= 0 {
					ms = append(ms, quotes.Mention{Name: p, Type: core.Person, Start: i, End: i + len(p)})
				}
			}
			if len(ms) == 2 && ms[0].Start > ms[1].Start {
				ms[0], ms[1] = ms[1], ms[0]
			}
			s := strings.Index(tc.text, tc.span)
			q := quotes.Quote{Quote: core.Quote{Text: tc.span, Start: s, End: s + len(tc.span), Direct: true, Speaker: "Velsk Ledger"}}
			if got := namedBySubject(tc.text, q, ms); got != tc.want {
				t.Errorf("namedBySubject = %q, want %q", got, tc.want)
			}
		})
	}
}
