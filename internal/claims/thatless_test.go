package claims

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestThatlessStatement: a reported statement said without "that" is a
// statement when the sentence writes the speaker's name right before a
// plain verb of saying and a clause after it, or the clause and then
// ", <name> said." (fictional speakers and words).
func TestThatlessStatement(t *testing.T) {
	q := func(speaker, sent, span string) core.Quote {
		return core.Quote{Text: span, Speaker: speaker, Sentence: sent}
	}
	tests := []struct {
		name string
		q    core.Quote
		want string
	}{
		{"name said clause", q("Mara Quill", "Mara Quill said the harbour bridge will reopen to freight traffic in May.",
			"the harbour bridge will reopen to freight traffic in May"), "quill|says|"},
		{"long subject", q("Quill", "Quill said the campaign against the Kestrel smuggling rings is also progressing along the coast.",
			"the campaign against the Kestrel smuggling rings is also progressing along the coast"), "quill|says|"},
		{"pronoun subject", q("Ostmark Council", "The Ostmark Council says this deepens fears of a freight strike at the harbour.",
			"this deepens fears of a freight strike at the harbour"), "ostmark council|says|"},
		{"clause then name said", q("Quill", "The harbour bridge will reopen to freight traffic in May, Quill said.",
			"The harbour bridge will reopen to freight traffic in May"), "quill|says|"},
		{"clause then rank and name", q("Tomas Varro", "The ferries cleared forty tonnes of freight since the storm, Capt. Tomas Varro said.",
			"The ferries cleared forty tonnes of freight since the storm"), "varro|says|"},
		{"noun phrase", q("Quill", "Quill said the harbour bridge and its freight traffic to Kestrel.",
			"the harbour bridge and its freight traffic to Kestrel"), ""},
		{"possessor's aides", q("Quill", "Quill's aides said the harbour bridge will reopen to freight traffic in May.",
			"the harbour bridge will reopen to freight traffic in May"), ""},
		{"for the named one", q("Quill", "A spokesman for Quill said the harbour bridge will reopen to freight traffic in May.",
			"the harbour bridge will reopen to freight traffic in May"), ""},
		{"for the named organisation", q("Kestrel Harbour Authority", "Mara Quill for the Kestrel Harbour Authority said the harbour bridge will reopen to freight traffic in May.",
			"the harbour bridge will reopen to freight traffic in May"), ""},
		{"apposition", q("Kestrel Harbour Authority", "Mara Quill, of the Kestrel Harbour Authority, says the harbour bridge will reopen to freight traffic in May.",
			"the harbour bridge will reopen to freight traffic in May"), ""},
		{"another of that name", q("Tomas Kell", "Anna Kell said the harbour bridge will reopen to freight traffic in May.",
			"the harbour bridge will reopen to freight traffic in May"), ""},
		{"what one says", q("Quill", "At the harbour, what Quill says and promises is now the measure of the freight trade.",
			"and promises is now the measure of the freight trade"), ""},
		{"a quantifier", q("Kestrelians", "Twice as many Kestrelians said the harbour bridge should reopen to freight traffic in May.",
			"the harbour bridge should reopen to freight traffic in May"), ""},
		{"a title before the surname", q("Mara Quill", "Ms. Quill said the harbour bridge will reopen to freight traffic in May.",
			"the harbour bridge will reopen to freight traffic in May"), "quill|says|"},
		{"unnamed ones in a place", q("Authorities in Kestrel", "Authorities in Kestrel said the harbour bridge will reopen to freight traffic in May.",
			"the harbour bridge will reopen to freight traffic in May"), ""},
		{"pronoun speaker", q("Quill", "She said the harbour bridge will reopen to freight traffic in May.",
			"the harbour bridge will reopen to freight traffic in May"), ""},
		{"hope", q("Quill", "Quill hopes the harbour bridge will reopen to freight traffic in May.",
			"the harbour bridge will reopen to freight traffic in May"), ""},
		{"not said", q("Quill", "Quill never said the harbour bridge will reopen to freight traffic in May.",
			"the harbour bridge will reopen to freight traffic in May"), ""},
		{"insisted on", q("Quill", "Quill insisted on using the old freight rules at the harbour.",
			"using the old freight rules at the harbour"), ""},
		{"closing common noun", q("Quill", "The harbour bridge will reopen to freight traffic in May, a spokesman for Quill said.",
			"The harbour bridge will reopen to freight traffic in May"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantKey(t, statementKeys(tt.q), tt.want) })
	}
}

// TestThatlessOtherGivenName: "Anna Kell said ..." whose speaker the
// article displays as Tomas Kell is no statement of Tomas Kell's; the
// same sentence of his is.
func TestThatlessOtherGivenName(t *testing.T) {
	for _, tt := range []struct {
		given string
		want  bool
	}{{"Anna", false}, {"Tomas", true}} {
		sent := tt.given + " Kell said the harbour bridge will reopen to freight traffic in May."
		text := "Tomas Kell runs the Kestrel ferries. " + sent
		q := core.Quote{Text: "the harbour bridge will reopen to freight traffic in May", Speaker: "Kell", Sentence: sent}
		got := false
		a := &core.Article{Text: text, Quotes: []core.Quote{q},
			Entities: []core.Entity{{Name: "Tomas Kell", Type: core.Person, Aliases: []string{"Kell"}}}}
		for _, c := range NewExtractor(Options{}).ExtractArticle(a) {
			got = got || c.Statement
		}
		if got != tt.want {
			t.Errorf("%q: statement of kell %v, want %v", sent, got, tt.want)
		}
	}
}

// TestRankSpeaker: a quote whose speaker is cut to a rank ("said Spc.
// Lena Varro" read as "Spc") is held by no one.
func TestRankSpeaker(t *testing.T) {
	const bridge = "“The harbour bridge will reopen to freight traffic before the winter storms reach Kestrel,”"
	for _, sp := range []string{"Spc", "Sgt.", "Col"} {
		q := core.Quote{Text: bridge, Speaker: sp, Direct: true, Sentence: bridge + " said " + sp + " Lena Varro."}
		wantKey(t, statementKeys(q), "")
	}
	q := core.Quote{Text: bridge, Speaker: "Lena Varro", Direct: true, Sentence: bridge + " said Spc. Lena Varro."}
	wantKey(t, statementKeys(q), "varro|says|")
}
