package terms

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Kell arrived. He spoke at 3 p.m. on Monday.", []string{"Mr. Kell arrived.", "He spoke at 3 p.m. on Monday."}},
		{"The U.S. envoy left. \"We are ready,\" she said.", []string{"The U.S. envoy left.", "\"We are ready,\" she said."}},
		{"He ended. “Mr. Kell is ready,” she said.", []string{"He ended.", "“Mr. Kell is ready,” she said."}},
		{"One line\nAnother line", []string{"One line", "Another line"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Sentences(tt.in); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPhrases(t *testing.T) {
	got := Phrases("Valdorian President Anna Kell met Jon Tarel in Rovna. The talks ended. Kell's aides left the Rovna Dam Authority.")
	want := []string{"anna kell", "kell", "jon tarel", "tarel", "rovna", "rovna dam authority"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Phrases = %q, want %q", got, want)
	}
}

func TestLeadPlaces(t *testing.T) {
	got := LeadPlaces("The summit in Rovna opened. Leaders met at the Tessin Palace on Monday, in May, in the capital.")
	want := []string{"rovna", "tessin palace"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("LeadPlaces = %q, want %q", got, want)
	}
	got = LeadPlacesIn("The summit in Rovna opened. Leaders met at the Tessin Palace on Monday, in May, in the Old Town.")
	want = []string{"rovna", "old town"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("LeadPlacesIn = %q, want %q", got, want)
	}
}

func TestLeadVenuesIn(t *testing.T) {
	for _, tc := range []struct{ lead, want string }{
		{"The summit in Rovna opened in the Old Town.", "[rovna old town]"},
		{"He was hurt in the Kestrels' game in Rovna.", "[rovna]"},
		{"He was hurt in the Kestrels ' game in Rovna.", "[rovna]"},
		{"A flaw in Vexa's browser, found in Orsk.", "[orsk]"},
		{"Seeded fifth in the KFL, they play in Orsk.", "[orsk]"},
		{"Ten seasons in KFL history.", "[]"},
		{"Talks in Tessin Hall, Rovna.", "[tessin hall]"},
	} {
		if got := fmt.Sprint(LeadVenuesIn(tc.lead)); got != tc.want {
			t.Errorf("LeadVenuesIn(%q) = %s, want %s", tc.lead, got, tc.want)
		}
		if in := fmt.Sprint(LeadPlacesIn(tc.lead)); len(in) < len(tc.want) {
			t.Errorf("LeadPlacesIn(%q) = %s: fewer than LeadVenuesIn", tc.lead, in)
		}
	}
}

func TestYearsNumbers(t *testing.T) {
	text := "In 2013, 16,000 people and 33 boats; the 1970s; 7 ships; code A380; 2.5 million."
	if got := Years(text); fmt.Sprint(got) != "[2013]" {
		t.Errorf("Years = %v", got)
	}
	if got := Numbers(text); fmt.Sprint(got) != "[16000 33 2.5]" {
		t.Errorf("Numbers = %v", got)
	}
}

func TestWordsBounded(t *testing.T) {
	if n := len(Words(strings.Repeat("a ", 3*MaxTokens))); n != MaxTokens {
		t.Errorf("Words kept %d tokens, want %d", n, MaxTokens)
	}
	var s Stemmer
	if got := s.Content("The negotiations were talked about"); fmt.Sprint(got) != "[negoti talk]" {
		t.Errorf("Content = %v", got)
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Mr. A. B. went. Then?", "\"Yes.\" No.", "a.b.c. D", "...", "Talks at the Orsk Hall, then (in Rovna) IN May; at", "hurt in the Kestrels' game in KFL history"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, x := range Sentences(s) {
			if strings.TrimSpace(x) == "" {
				t.Fatalf("empty sentence from %q", s)
			}
		}
		Phrases(s)
		all := LeadPlaces(s)
		in := LeadPlacesIn(s)
		for _, p := range in {
			if !slices.Contains(all, p) {
				t.Fatalf("LeadPlacesIn(%q) has %q, LeadPlaces has not: %q", s, p, all)
			}
		}
		for _, p := range LeadVenuesIn(s) {
			if !slices.Contains(in, p) {
				t.Fatalf("LeadVenuesIn(%q) has %q, LeadPlacesIn has not: %q", s, p, in)
			}
		}
		Numbers(s)
		Years(s)
	})
}

// samePhrasing compares the fast Sentences, Phrases and trimWord with the
// plain versions (ref_test.go).
func samePhrasing(t *testing.T, s string) {
	t.Helper()
	if got, want := Sentences(s), sentencesRef(s); fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
		t.Fatalf("Sentences(%q) = %q, want %q", s, got, want)
	}
	if got, want := Phrases(s), phrasesRef(s); fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
		t.Fatalf("Phrases(%q) = %q, want %q", s, got, want)
	}
	if got, want := LeadPlaces(s), leadPlacesRef(s); fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
		t.Fatalf("LeadPlaces(%q) = %q, want %q", s, got, want)
	}
	for _, tok := range strings.Fields(s) {
		w1, t1 := trimWord(tok)
		w2, t2 := trimWordRef(tok)
		if w1 != w2 || t1 != t2 {
			t.Fatalf("trimWord(%q) = %q %v, want %q %v", tok, w1, t1, w2, t2)
		}
	}
}

func TestPhrasesMatchReference(t *testing.T) {
	for _, s := range []string{
		"", " ", "\n\n", "Valdorian President Anna Kell met Jon Tarel in Rovna. The talks ended.",
		"Kell's aides left the Rovna Dam Authority. “Quoted Name” said (Mira Odell) [Tolm River].",
		"Chinese President Xi Ven met Prime Minister Lo Dor of Karvik and Bank of Tessin officials.",
		"SHOUTING HEADLINE ABOUT THINGS Today. The Ministry Of Roads Of Karvik Valley Upper East Side Bridge.",
		"Dr. Ada Lune of the U.S. Navy. Mr. Bel Nu’s car. Ünal Çelik in Zürich\u00a0Canton. São Paulo.",
		"A. B. C.\tD\u2003E\u0085F Grand Tor’s. Mo Re's.  Foreign Minister Ka Lo. Russian President Si Ra Bel.",
		"Word\xffBad \xc3 Utf8 Name Here. In Tessin, the Orsa Festival; at the Tolm River: 2024.",
		"Held (in Rovna) \"At the Karvik Hall\" IN Tessin AT Lunde “in Orsa” ‘at Tolm’ in May in 2024 in the Stadium in",
	} {
		samePhrasing(t, s)
	}
}

func FuzzPhrasesMatchReference(f *testing.F) {
	for _, s := range []string{"Anna Kell met Jon Tarel. The talks.", "Kell's Dam’s “Rovna”", "Chinese President Xi Ven", "a\u00a0B\u0085C\xff D"} {
		f.Add(s)
	}
	f.Fuzz(samePhrasing)
}
