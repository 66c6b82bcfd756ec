package quotes

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func TestFindCreditsAndLabels(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"a credit after a no-break space",
			"Readers wrote in.\n“The ferry should run all winter.”\u00a0― Ana Lind\u00a0\n“The harbour needs new cranes.”\u00a0― Tom Reyes\n",
			"The harbour needs new cranes", "Tom Reyes"},
		{"a transcript label opening the quotation",
			"The interview went on.\n\n\"MORROW: Will the ferry run in winter?\"\n\n\"LIND: It will run every day.\"\n",
			"It will run every day", "LIND"},
		{"a label in mixed case is no label",
			"The interview went on. \"Morrow: the ferry will run,\" Ana Lind said.",
			"the ferry will run", "Ana Lind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, opts := range []Options{{}, {Exclusive: true}, {NoModel: true}} {
				found := false
				for _, q := range Find(tt.text, opts) {
					if strings.Contains(q.Text, tt.quote) {
						found = true
						if q.Speaker != tt.want {
							t.Errorf("%+v: %q by %q, want %q", opts, q.Text, q.Speaker, tt.want)
						}
					}
				}
				if !found {
					t.Errorf("%+v: no quote holding %q", opts, tt.quote)
				}
			}
		})
	}
}

func TestTagUnitsTranscriptLabel(t *testing.T) {
	text := "The interview went on.\n\n\"LIND: It will run every day, and the cranes come in May.\n\nMORROW: Thank you."
	_, spk := unitTexts(t, text, map[string]int{"\"LIND: It will run every day, and the cranes come in May.": tagBCon})
	if len(spk) != 1 || spk[0] != "LIND" {
		t.Errorf("speakers %q, want [LIND]", spk)
	}
}

// TestPronounGender: he and she skip a more recent person of the other
// gender when the resolver knows the genders.
func TestPronounGender(t *testing.T) {
	text := "Arvo Lind hosted the summit. Maren Lind greeted the guests. \"The harbour will reopen in May,\" he said. \"The ferries are ready,\" she added."
	mention := func(name string, g byte) Mention {
		i := strings.Index(text, name)
		return Mention{Name: name, Type: "PER", Start: i, End: i + len(name), Gender: g}
	}
	tests := []struct {
		name        string
		arvo, maren byte
		quote, want string
	}{
		{"he skips a woman", 'm', 'f', "The harbour will reopen", "Arvo Lind"},
		{"she takes the woman", 'm', 'f', "The ferries are ready", "Maren Lind"},
		{"he with genders unknown takes the nearest", 0, 0, "The harbour will reopen", "Maren Lind"},
		{"she skips a man", 'm', 0, "The ferries are ready", "Maren Lind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := []Mention{mention("Arvo Lind", tt.arvo), mention("Maren Lind", tt.maren)}
			opts := Options{Resolver: ResolverFunc(func(string) []Mention { return ms })}
			expectSpeaker(t, Find(text, opts), tt.quote, tt.want)
		})
	}
}

func TestFitsPronoun(t *testing.T) {
	for _, tt := range []struct {
		m    Mention
		w    string
		want bool
	}{
		{Mention{Type: "PER", Gender: 'f'}, "he", false},
		{Mention{Type: "PER", Gender: 'm'}, "he", true},
		{Mention{Type: "PER"}, "she", true},
		{Mention{Type: "PER", Gender: 'm'}, "she", false},
		{Mention{Type: "ORG"}, "it", true},
		{Mention{Type: "PER"}, "they", false},
		{Mention{Type: "LOC"}, "he", false},
		{Mention{Type: "LOC"}, "they", false},
		{Mention{Type: "LOC"}, "it", true},
	} {
		if got := tt.m.fitsPronoun(tt.w); got != tt.want {
			t.Errorf("%+v.fitsPronoun(%q) = %v, want %v", tt.m, tt.w, got, tt.want)
		}
	}
}

func TestNonSpeaker(t *testing.T) {
	tests := []struct {
		source, cue string
		mentions    []Mention // offsets into source
		want        bool
	}{
		{"The summit also featured meetings", "highlighting", nil, true},
		{"the rioting", "underlined", nil, true},
		{"The summit", "said", nil, false},
		{"The report", "says", nil, false},
		{"The lawsuit", "demands", nil, false},
		{"The report", "believes", nil, true},
		{"A sign at his headquarters", "warned", nil, false},
		{"The summit host, Arvo Lind,", "highlighting", []Mention{{Name: "Arvo Lind", Type: "PER", Start: 17, End: 26}}, false},
		{"Officials", "highlighting", nil, false},
		{"the minister", "stressed", nil, false},
	}
	for _, tt := range tests {
		d := &doc{text: tt.source, mentions: tt.mentions}
		if got := d.nonSpeaker(0, len(tt.source), tt.cue); got != tt.want {
			t.Errorf("nonSpeaker(%q, cue %q) = %v, want %v", tt.source, tt.cue, got, tt.want)
		}
	}
}

// TestFindDropsEventSources: the analyze path (not exclusive) drops a unit
// crediting an event through a participle, and keeps a document's
// statement; the PolNeAR path keeps both.
func TestFindDropsEventSources(t *testing.T) {
	text := "The ministers met in Velsk on Monday. The summit also featured talks between Arvo Lind and Maren Oskar, highlighting how the river dispute continues to divide the region. The report says that the dam will hold."
	for _, tt := range []struct {
		exclusive bool
		summit    bool
	}{{false, false}, {true, true}} {
		summit, report := false, false
		for _, q := range Find(text, Options{Exclusive: tt.exclusive}) {
			summit = summit || q.Speaker == "The summit"
			report = report || q.Speaker == "The report" && strings.Contains(q.Text, "the dam will hold")
		}
		if summit != tt.summit || !report {
			t.Errorf("exclusive=%v: summit credited %v (want %v), report credited %v (want true)", tt.exclusive, summit, tt.summit, report)
		}
	}
}

func TestAppositiveSource(t *testing.T) {
	men := func(text string, names ...string) []Mention {
		var ms []Mention
		for _, n := range names {
			typ, name, _ := strings.Cut(n, ":")
			i := strings.Index(text, name)
			ms = append(ms, Mention{Name: name, Type: core.EntityType(typ), Start: i, End: i + len(name)})
		}
		return ms
	}
	tests := []struct {
		source string
		names  []string
		want   string
		ok     bool
	}{
		{"Rep. Tomas Brell, who chairs the Velsk Harbour Committee", []string{"PER:Tomas Brell", "ORG:Velsk Harbour Committee"}, "Tomas Brell", true},
		{"Captain Ana Korvan, Chief Press Officer, Defence", []string{"PER:Ana Korvan", "ORG:Defence"}, "Ana Korvan", true},
		{"The defense minister, Ilse Varga, who was visiting Ostrava", []string{"PER:Ilse Varga", "LOC:Ostrava"}, "Ilse Varga", true},
		{"Pensioner Oskar-aga, a voter in Velsk", []string{"LOC:Velsk"}, "Pensioner Oskar-aga", true},
		{"The defense minister, who was visiting Ostrava", []string{"LOC:Ostrava"}, "", false},
		{"Tomas Brell", []string{"PER:Tomas Brell"}, "", false},
		{"Relatives, including Ana Korvan", []string{"PER:Ana Korvan"}, "", false},
	}
	for _, tt := range tests {
		d := &doc{text: tt.source, mentions: men(tt.source, tt.names...)}
		at, ok := d.appositiveSource(0, len(tt.source))
		if ok != tt.ok || at.speaker != tt.want {
			t.Errorf("appositiveSource(%q) = %q, %v; want %q, %v", tt.source, at.speaker, ok, tt.want, tt.ok)
		}
	}
	for in, want := range map[string]string{"who some experts": "some experts", "which": "which", "officials": "officials",
		"a Western diplomat, who requested anonymity": "a Western diplomat", "a longtime adviser who": "a longtime adviser", "whoever": "whoever"} {
		if got := trimRelative(in); got != want {
			t.Errorf("trimRelative(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWeakAttribution(t *testing.T) {
	tests := []struct {
		kind, cue, text string
		want            bool
	}{
		{KindAttribution, "signed", "a memorandum putting the rule on hold", true},
		{KindAttribution, "welcomed", "the visiting minister to the capital", true},
		{KindAttribution, "was known", "as the Ferryman for his night crossings", true},
		{KindAttribution, "has been accused of", "ordering the arrests", true},
		{KindAttribution, "was quoted as telling", "the visiting envoys", false},
		{KindAttribution, "according to", "the port was closed", false},
		{KindAttribution, "believes", "that the port will reopen", false},
		{KindAttribution, "decided", "he had to make a change", false},
		{KindAttribution, "incorrectly noted", "there were no questions", false},
		{KindAttribution, "again assailed", "the agreement as flawed", false},
		{KindReported, "signed", "a memorandum", false},
	}
	for _, tt := range tests {
		d := &doc{}
		q := Quote{Kind: tt.kind, Cue: tt.cue}
		q.Text = tt.text
		if got := d.weakAttribution(q); got != tt.want {
			t.Errorf("weakAttribution(cue %q, %q) = %v, want %v", tt.cue, tt.text, got, tt.want)
		}
	}
}

// TestDescribedSpeaker: a description standing as the source resolves to
// the entity the text gave that role or name.
func TestDescribedSpeaker(t *testing.T) {
	text := "The Velsk Daily Herald reported the fire on Sunday. The newspaper said that the harbour church was badly damaged. Ana Lind, the pastor, arrived at noon. The pastor said that services would continue in a school. The Harbour Safety Committee met on Monday. The committee said that the cause was unknown."
	mention := func(name string, typ core.EntityType, roles ...string) Mention {
		i := strings.Index(text, name)
		return Mention{Name: name, Type: typ, Start: i, End: i + len(name), Roles: roles}
	}
	ms := []Mention{mention("The Velsk Daily Herald", "ORG"), mention("Ana Lind", "PER", "pastor"), mention("The Harbour Safety Committee", "ORG")}
	opts := Options{Resolver: ResolverFunc(func(string) []Mention { return ms })}
	want := map[string]string{
		"the harbour church was badly damaged": "The Velsk Daily Herald",
		"services would continue in a school":  "Ana Lind",
		"the cause was unknown":                "The Harbour Safety Committee",
	}
	got := map[string]string{}
	for _, q := range Find(text, opts) {
		for frag := range want {
			if strings.Contains(q.Text, frag) {
				got[frag] = q.Speaker
			}
		}
	}
	for frag, w := range want {
		if got[frag] != w {
			t.Errorf("%q by %q, want %q", frag, got[frag], w)
		}
	}
}

// TestItTakesRecentSource: "it" as a source takes the organisation just
// quoted, not a place mentioned since.
func TestItTakesRecentSource(t *testing.T) {
	text := "The Velsk News Agency said the talks would resume in the spring. Crowds gathered in Ostrava on Sunday. It also said that the border would reopen next week."
	mention := func(name string, typ core.EntityType) Mention {
		i := strings.Index(text, name)
		return Mention{Name: name, Type: typ, Start: i, End: i + len(name)}
	}
	ms := []Mention{mention("The Velsk News Agency", "ORG"), mention("Ostrava", "LOC")}
	opts := Options{Resolver: ResolverFunc(func(string) []Mention { return ms })}
	found := false
	for _, q := range Find(text, opts) {
		if strings.Contains(q.Text, "the border would reopen") {
			found = true
			if q.Speaker != "The Velsk News Agency" {
				t.Errorf("%q by %q, want The Velsk News Agency", q.Text, q.Speaker)
			}
		}
	}
	if !found {
		t.Error("no quote holding the border's reopening")
	}
}

// TestStandingQuoteCredit: a sentence after a quotation credits it
// (`"...." Lind said.`) unless it opens with an adjunct and so says
// something of its own; a possessor is not the source of a scare quote.
func TestStandingQuoteCredit(t *testing.T) {
	tests := []struct {
		text, quote, notWant string
	}{
		{"Lind spoke at the harbour. Tomas Brell's remarks on the port are \u201cvery serious.\u201d During the campaign, Brell claimed he could reopen it within a day.", "very serious", "Tomas Brell"},
	}
	for _, tt := range tests {
		ms := []Mention{}
		for _, n := range []string{"Lind", "Tomas Brell", "Brell"} {
			i := strings.Index(tt.text, n)
			if n == "Brell" {
				i = strings.LastIndex(tt.text, n)
			}
			ms = append(ms, Mention{Name: "Tomas Brell", Type: "PER", Start: i, End: i + len(n)})
		}
		ms[0].Name = "Ana Lind"
		opts := Options{Resolver: ResolverFunc(func(string) []Mention { return ms })}
		for _, q := range Find(tt.text, opts) {
			if strings.Contains(q.Text, tt.quote) && q.Speaker == tt.notWant {
				t.Errorf("%q credited to %q", q.Text, q.Speaker)
			}
		}
	}
	d := &doc{text: "Brell said so. During the talks, Brell claimed it. Brell said."}
	d.sents = newDoc(d.text, Heuristic{}).sents
	d.toks = newDoc(d.text, Heuristic{}).toks
	for si, want := range []bool{false, true, false} {
		if got := d.opensWithAdjunct(si); got != want {
			t.Errorf("opensWithAdjunct(%d) = %v, want %v", si, got, want)
		}
	}
}

func TestProxyAfter(t *testing.T) {
	for in, want := range map[string]string{"'s office said": "office", "’s lawyers, who": "lawyers", "'s remarks": "", " said": "", "'s": ""} {
		if got := proxyAfter(in); got != want {
			t.Errorf("proxyAfter(%q) = %q, want %q", in, got, want)
		}
	}
}

// expectSpeaker checks that some quote of qs holds frag and that each one
// that does has speaker want.
func expectSpeaker(t *testing.T, qs []Quote, frag, want string) {
	t.Helper()
	found := false
	for _, q := range qs {
		if strings.Contains(q.Text, frag) {
			found = true
			if q.Speaker != want {
				t.Errorf("%q by %q, want %q", q.Text, q.Speaker, want)
			}
		}
	}
	if !found {
		t.Errorf("no quote holding %q", frag)
	}
}
