package claims

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// articleKeys returns the statement keys ExtractArticle makes of an
// article of text, its quotes and entities (fictional names and words).
func articleKeys(text string, ents []core.Entity, qs ...core.Quote) []string {
	a := &core.Article{Text: text, Quotes: qs, Entities: ents}
	var out []string
	for _, c := range NewExtractor(Options{}).ExtractArticle(a) {
		if c.Statement {
			out = append(out, c.Key)
		}
	}
	return out
}

// statementHolders returns the holders of the statement claims among cs.
func statementHolders(cs []Claim) []string {
	var out []string
	for _, c := range cs {
		if c.Statement {
			out = append(out, c.Holder)
		}
	}
	return out
}

func TestSpeakerHolders(t *testing.T) {
	const said = "“The harbour bridge will reopen to freight traffic before the winter storms reach Kestrel,”"
	direct := func(speaker, sentence string) core.Quote {
		return core.Quote{Text: said, Speaker: speaker, Direct: true, Sentence: sentence}
	}
	tests := []struct {
		name string
		text string
		ents []core.Entity
		q    core.Quote
		want string // key prefix; "" for no statement claim
	}{
		{"a person", "", nil, direct("Mara Quill", said+" said Mara Quill."), "quill|says|"},
		{"a place as a modifier", "", nil,
			direct("Varnia", said+" noted Varnia-based freight lawyer Tomas Brel."), ""},
		{"a place as a modifier, sentence after", "Varnia-based freight lawyer Tomas Brel spoke.\n" + said, nil,
			direct("Varnia", said), ""},
		{"a name modifying a noun of people", "", nil,
			core.Quote{Text: "that the harbour software was too weak to justify the porting effort", Speaker: "Kestrel",
				Sentence: "Kestrel developers complained that the harbour software was too weak to justify the porting effort."}, ""},
		{"a bare title", "", nil, direct("Deputy Editor", said+" said the Deputy Editor."), ""},
		{"a party's member", "", nil, direct("Conservative MP", said+" said the Conservative MP."), ""},
		{"a title's tail", "Minister of Harbours, Ferries and Trade, Senator Ada Voss, spoke.\n" + said, nil,
			direct("Harbours", said+" Minister of Harbours, Ferries and Trade, Senator Ada Voss, told reporters."), ""},
		{"a common phrase", "", nil, direct("Family members", said+" Family members said."), ""},
		{"a sentence's opening words", "", nil, direct("We have received", said), ""},
		{"a person noun", "", nil, direct("Woman", said+" she said."), ""},
		{"a place of the setting", "", nil,
			core.Quote{Text: "that the port can be held liable for the freight it sells", Speaker: "Port Edrin",
				Sentence: "The Court of Appeal in Port Edrin found that the port can be held liable for the freight it sells."}, ""},
		{"an organisation keeps its whole name", "Kestrel Harbour Hospital said so.\n" + said,
			[]core.Entity{{Name: "Kestrel Harbour Hospital", Type: core.Organisation}},
			direct("Kestrel Harbour Hospital", said), "kestrel harbour hospital|says|"},
		{"a person the tagger took for a body", "Mara Quill spoke.\n" + said + " Quill said.",
			[]core.Entity{{Name: "Mara Quill", Type: core.Organisation}},
			direct("Mara Quill", said+" Quill said."), "quill|says|"},
		{"a person with initials the tagger took for a body", "",
			[]core.Entity{{Name: "AJ Brel", Type: core.Organisation}},
			direct("AJ Brel", said+" Kestrel general manager AJ Brel said."), "brel|says|"},
		{"a corporate suffix goes", "", nil, direct("Ostmark Corp", said+" Ostmark Corp said."), "ostmark|says|"},
		{"a surname keeps its particle", "", nil, direct("Lena de Varga", said+" said Lena de Varga."), "de varga|says|"},
		{"a title before a name", "", nil,
			direct("A.J. Brel", said+" Kestrel general manager A.J. Brel said."), "brel|says|"},
		{"a body's spokeswoman speaks for it", "", nil,
			direct("Harbour Office", said+" a Harbour Office spokeswoman said."), "harbour office|says|"},
		{"a campaign of a named one", "", nil, direct("Tomas Brel's campaign", said+" Tomas Brel's campaign said."), "tomas brel's campaign|says|"},
		{"a common word opening a quotation", "“Adding warning labels to freight crates could cut the losses,” said Dr Tova Brel.\n" +
			"“Adding warning labels to freight crates would make the harbour safer.”", nil,
			direct("Adding", "“Adding warning labels to freight crates would make the harbour safer.”"), ""},
		{"a common word opening a sentence", "Afterwards, an emotional Brel said she was done.\n" + said, nil,
			direct("Afterwards", "Afterwards, an emotional Brel said: "+said), ""},
		{"a surname after a given name", "Harbour master Tova Brel spoke on Monday.\n" + said + " Brel said.", nil,
			direct("Brel", said+" Brel said."), "brel|says|"},
		{"a surname after a title", "The talks were led by Dr. Brel on Monday.\n" + said + " Brel said.", nil,
			direct("Brel", said+" Brel said."), "brel|says|"},
		// fifteenth pass (real-held7 classes)
		{"capitalised particles are the surname", "", nil, direct("Van Der Kell", said+" Van Der Kell said."), "van der kell|says|"},
		{"a capitalised particle after a given name", "", nil, direct("Jason La Varga", said+" said Jason La Varga."), "la varga|says|"},
		{"a team's and a job's words before a person", "", nil,
			direct("Harbour FC DL John Ostrel", said+" Harbour FC DL John Ostrel said."), "ostrel|says|"},
		{"a body named for a person stays whole", "", nil,
			direct("The John Ostrel Harbour Authority", said+" said the John Ostrel Harbour Authority."), "john ostrel harbour authority|says|"},
		{"the state of a place of the setting", "", nil,
			direct("Ostmark", said+" said Mara Quill, a scientist at the Kestrel Institute in Varnbelt, Ostmark, and a co-author."), ""},
		{"the tail of a name after &", "", nil,
			direct("Security", said+" said Jon Tarel, a director at Kestrel Defense, Space & Security, on Monday."), ""},
		{"a place of origin after of", "", nil,
			direct("Aberkell", said+" wrote Jon Tarel of Aberkell, Ostmark, in the journal."), ""},
		{"a noble title before of", "", nil, direct("Kestrel", said+" the Duke of Kestrel said."), "kestrel|says|"},
		{"a subject after a place and a comma", "", nil,
			core.Quote{Text: "that the harbour bridge will reopen to freight traffic before the winter storms", Speaker: "Tarel",
				Sentence: "To forge closer ties with Ostmark, Tarel announced that the harbour bridge will reopen to freight traffic before the winter storms."}, "tarel|says|"},
		{"a date before a comma", "", nil,
			core.Quote{Text: "that the harbour bridge will reopen to freight traffic before the winter storms", Speaker: "Ostmark",
				Sentence: "In August, Ostmark announced that the harbour bridge will reopen to freight traffic before the winter storms."}, "ostmark|says|"},
		{"a sentence's opening phrase before a comma", "", nil,
			core.Quote{Text: "that the harbour bridge will reopen to freight traffic before the winter storms", Speaker: "Ostmark",
				Sentence: "In Varnbelt, Ostmark, the freight carrier, announced that the harbour bridge will reopen to freight traffic before the winter storms."}, "ostmark|says|"},
		{"another named speaker says it", "Jon Ek and Mara Parise spoke.",
			[]core.Entity{{Name: "Jon Ek", Type: core.Person, Aliases: []string{"Ek"}}, {Name: "Mara Parise", Type: core.Person, Aliases: []string{"Parise"}}},
			direct("Ek", "Parise said: "+said), ""},
		{"another named speaker after said", "Jon Ek and Mara Parise spoke.",
			[]core.Entity{{Name: "Jon Ek", Type: core.Person, Aliases: []string{"Ek"}}, {Name: "Mara Parise", Type: core.Person, Aliases: []string{"Parise"}}},
			direct("Ek", said+" said Parise, who spoke Thursday."), ""},
		{"a name opening what is said", "Jon Ek and Mara Parise spoke.",
			[]core.Entity{{Name: "Jon Ek", Type: core.Person, Aliases: []string{"Ek"}}, {Name: "Mara Parise", Type: core.Person, Aliases: []string{"Parise"}}},
			direct("Ek", "She says Parise represents the "+said), "ek|says|"},
		{"the speaker the sentence names", "Jon Ek and Mara Parise spoke.",
			[]core.Entity{{Name: "Jon Ek", Type: core.Person, Aliases: []string{"Ek"}}, {Name: "Mara Parise", Type: core.Person, Aliases: []string{"Parise"}}},
			direct("Parise", "Parise said: "+said), "parise|says|"},
		{"a body after said that", "Jon Ek and Kestrel Harbour spoke.",
			[]core.Entity{{Name: "Jon Ek", Type: core.Person, Aliases: []string{"Ek"}}, {Name: "Kestrel Harbour", Type: core.Organisation}},
			core.Quote{Text: "that Kestrel Harbour will reopen to freight traffic before the winter storms", Speaker: "Ek",
				Sentence: "He also said that Kestrel Harbour will reopen to freight traffic before the winter storms."}, "ek|says|"},
		{"a report they made, given to a body", "The Kestrel Institute studied the harbour.", nil,
			core.Quote{Text: "that the harbour bridge will reopen to freight traffic before the winter storms", Speaker: "Kestrel Institute",
				Sentence: "Moreover, they showed that the harbour bridge will reopen to freight traffic before the winter storms."}, ""},
		{"a report the body made", "", nil,
			core.Quote{Text: "that the harbour bridge will reopen to freight traffic before the winter storms", Speaker: "Kestrel Institute",
				Sentence: "The Kestrel Institute showed that the harbour bridge will reopen to freight traffic before the winter storms, and they said so."}, "kestrel institute|says|"},
		{"words they said", "The Kestrel Institute studied the harbour.", nil,
			direct("Kestrel Institute", said+" they said in an email."), "kestrel institute|says|"},
		{"a clause of the writer's", "", nil,
			core.Quote{Text: "that the harbour bridge will reopen to freight traffic before the winter storms", Speaker: "Tarel",
				Sentence: "Given that the harbour bridge will reopen to freight traffic before the winter storms, Tarel said he was proud."}, ""},
		{"a one-word body the tagger typed", "Kestrelcorp has been selling freight for years.\n" + said + " Kestrelcorp said.",
			[]core.Entity{{Name: "Kestrelcorp", Type: core.Organisation}}, direct("Kestrelcorp", said+" Kestrelcorp said."), "kestrelcorp|says|"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantKey(t, articleKeys(tt.text, tt.ents, tt.q), tt.want) })
	}
}

// TestDisplayIn: a holder's words keep the capitals the text writes
// inside them, but not a headline's.
func TestDisplayIn(t *testing.T) {
	tests := []struct{ holder, text, want string }{
		{"kestrel tea pac", "It was endorsed by the Kestrel Tea PAC, a local group.", "Kestrel Tea PAC"},
		{"mcvarn", "“The bridge will reopen,” said Tova McVarn.", "McVarn"},
		{"brel", "BREL SAYS HARBOUR WILL REOPEN\nBrel spoke.", "Brel"},
		{"maravel chamber of commerce", "the Maravel Chamber of Commerce said", "Maravel Chamber of Commerce"},
		{"quill", "no capitals here", "Quill"},
	}
	for _, tt := range tests {
		if got := displayIn(tt.holder, tt.text); got != tt.want {
			t.Errorf("displayIn(%q, %q) = %q, want %q", tt.holder, tt.text, got, tt.want)
		}
	}
}

func TestWordIndexes(t *testing.T) {
	got := wordIndexes("Ana met Santa Ana and Anan.", "Ana")
	if len(got) != 2 || got[0] != 0 || got[1] != 14 {
		t.Fatalf("wordIndexes = %v, want [0 14]", got)
	}
}

func TestCanonBodies(t *testing.T) {
	for in, want := range map[string]string{
		"Ostmark Motors Inc.":      "ostmark motors",
		"Varnia Corp":              "varnia",
		"the Port Edrin Herald":    "port edrin herald",
		"Kestrel Harbour Hospital": "kestrel harbour hospital",
		"Mara Quill":               "quill",
	} {
		if got := Canon(in); got != want {
			t.Errorf("Canon(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCampaignHolder: what "the X campaign" says or denies is held by
// "x campaign" (its staff speak for it), not by X, and groups with the
// campaign's other claims; "X campaign staff" stay unnamed.
func TestCampaignHolder(t *testing.T) {
	expectOneDeny(t, map[string]string{
		"The Kell campaign denied the allegations.":          "kell campaign|deny|allegations",
		"The Anna Kell campaign has denied the allegations.": "kell campaign|deny|allegations",
	})
	expectNoDeny(t, []string{"Kell campaign staff denied the allegations."})
	s := "The Kell campaign said that the port of Edrin would reopen next week after the storm."
	q := core.Quote{Text: "that the port of Edrin would reopen next week after the storm", Speaker: "Kell", Sentence: s}
	got := statementHolders(NewExtractor(Options{}).Extract("", s, []core.Quote{q}))
	if len(got) != 1 || got[0] != "kell campaign" {
		t.Errorf("%q: statement holders %v, want [kell campaign]", s, got)
	}
	s = "Kell said that the port of Edrin would reopen next week after the campaign ended."
	q = core.Quote{Text: "that the port of Edrin would reopen next week after the campaign ended", Speaker: "Kell", Sentence: s}
	for _, h := range statementHolders(NewExtractor(Options{}).Extract("", s, []core.Quote{q})) {
		if h != "kell" {
			t.Errorf("%q: statement holder %q, want kell", s, h)
		}
	}
}

// TestPersonForPlace: a person whose surname is a capital ("Valeska
// Paris") is no country when the quotes layer names the country for her.
func TestPersonForPlace(t *testing.T) {
	s := "Paris also claims that her passport was taken away and she was forced to work in the engine room."
	q := core.Quote{Text: "that her passport was taken away and she was forced to work in the engine room", Speaker: "France", Sentence: s}
	ents := []core.Entity{{Name: "Valeska Paris", Type: core.Person}, {Name: "Paris", Type: core.Location}}
	got := statementHolders(NewExtractor(Options{}).extract("", "Valeska Paris left the ship in 2007. "+s, []core.Quote{q}, ents))
	if len(got) != 1 || got[0] != "paris" {
		t.Errorf("%q: statement holders %v, want [paris]", s, got)
	}
	// France said so, in a sentence that names France: France's
	s = "France said that the passport was taken away and the ship was forced to stay in the port."
	q = core.Quote{Text: "that the passport was taken away and the ship was forced to stay in the port", Speaker: "France", Sentence: s}
	for _, h := range statementHolders(NewExtractor(Options{}).extract("", s, []core.Quote{q}, ents)) {
		if h != "france" {
			t.Errorf("%q: statement holder %q, want france", s, h)
		}
	}
}

// TestSaintPlace: "St. Paul" holds its claims as the city, not as a
// person named Paul.
func TestSaintPlace(t *testing.T) {
	expectOneDeny(t, map[string]string{"St. Paul denied the bribery allegations.": "st paul|deny|allegations:briberi"})
	if got := canon("rick tarel"); got != "tarel" {
		t.Errorf("canon(rick tarel) = %q, want tarel", got)
	}
}
