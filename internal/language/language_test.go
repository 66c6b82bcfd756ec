package language

import (
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text    string
		want          string
		wantConfident bool
	}{
		{"english", "The harbour council met on Tuesday evening and voted to repair the old lighthouse before the winter storms arrive.", "en", true},
		{"german", "Der Gemeinderat hat am Dienstagabend beschlossen, den alten Leuchtturm vor den Winterstürmen zu reparieren.", "de", true},
		{"french", "Le conseil municipal a décidé mardi soir de réparer le vieux phare avant les tempêtes de l'hiver.", "fr", true},
		{"russian", "Городской совет во вторник вечером решил отремонтировать старый маяк до наступления зимних штормов.", "ru", true},
		{"empty", "", "", false},
		{"too short", "OK 12:30", "", false},
		{"digits only", "2024-05-15 13:53 1234567890 0987654321", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, confident := Detect(tt.text)
			if got != tt.want || (tt.want != "" && confident != tt.wantConfident) {
				t.Errorf("Detect(%q) = %q, %v; want %q, %v", tt.text, got, confident, tt.want, tt.wantConfident)
			}
		})
	}
}

func TestDetectLongAndInvalid(t *testing.T) {
	long := strings.Repeat("The ferry to the island runs twice a day in summer. ", 5000)
	if got, _ := Detect(long); got != "en" {
		t.Errorf("Detect(long English) = %q, want en", got)
	}
	// A multi-byte rune straddling the sample cut and invalid UTF-8 must
	// give a well-formed answer: no code, or a two-letter one.
	for _, in := range []string{strings.Repeat("é", sampleBytes) + "x", "\xff\xfe\xfd garbage \xc3\x28 bytes and more words here"} {
		if got, _ := Detect(in); got != "" && len(got) != 2 {
			t.Errorf("Detect(%.20q) = %q, want \"\" or an ISO 639-1 code", in, got)
		}
	}
}

// English full of unfamiliar Nordic-looking names tips the trigram guess to
// another language, unconfidently; its function words say it is English.
// Nordic text with no English function words keeps its own guess.
func TestDetectEnglishFullOfNames(t *testing.T) {
	names := "Lorvik and Brekke said that Okafor met Sjaelberg in Vestnes with Kjeldsen, who told Haugland that Ostergaard has not signed."
	if got, confident := Detect(names); got != "en" || confident {
		t.Errorf("Detect(%q) = %q, %v; want en, unconfident", names, got, confident)
	}
	for _, s := range []string{
		"Bestyrelsen mødtes tirsdag og besluttede at reparere det gamle fyrtårn før vinterens storme.",
		"Styret møttes tirsdag og bestemte at det gamle fyret skal repareres før vinterstormene kommer.",
	} {
		if got, _ := Detect(s); got == "en" || got == "" {
			t.Errorf("Detect(%q) = %q, want a Nordic code", s, got)
		}
	}
	if englishByFunctionWords("the the the") {
		t.Error("three words counted as enough evidence")
	}
}

// When two languages tie for the best trigram distance the detector picks
// one by map order: without the tie rule this string read "sv" in about a
// third of the calls and "" in the rest (found by FuzzDetect). Detect must
// answer the same every time.
func TestDetectTieIsDeterministic(t *testing.T) {
	for _, s := range []string{"Anna090rviZ2metellin!", "Anna Lorvik met Tomas Hale in Kellin."} {
		code, confident := Detect(s)
		for i := 0; i < 200; i++ {
			if c, conf := Detect(s); c != code || conf != confident {
				t.Fatalf("Detect(%q) = %q %v, then %q %v", s, code, confident, c, conf)
			}
		}
	}
}
