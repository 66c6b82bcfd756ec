package language

import (
	"strings"
	"testing"
)

// FuzzDetect: any bytes (invalid UTF-8, a cut rune at the sample bound,
// nothing but digits or marks) give an answer without a panic, the same
// answer twice, a two-letter code or "", and confidence only with a code.
func FuzzDetect(f *testing.F) {
	f.Add("The harbour council met on Tuesday evening and voted to repair the old lighthouse.")
	f.Add("Der Gemeinderat hat am Dienstagabend beschlossen, den alten Leuchtturm zu reparieren.")
	f.Add("Anna Lorvik met Tomas Hale in Kellin.")
	f.Add(strings.Repeat("é", sampleBytes/2+1))
	f.Add("\xff\xfe\x00 12:30 ???")
	f.Add(strings.Repeat("harbour ", 500))
	f.Fuzz(func(t *testing.T, s string) {
		code, confident := Detect(s)
		if code != "" && len(code) != 2 {
			t.Fatalf("Detect(%q) = %q: not a two-letter code", s, code)
		}
		if confident && code == "" {
			t.Fatalf("Detect(%q): confident with no code", s)
		}
		if c2, conf2 := Detect(s); c2 != code || conf2 != confident {
			t.Fatalf("Detect(%q) = %q %v, then %q %v", s, code, confident, c2, conf2)
		}
	})
}
