package events

import (
	"strings"
	"testing"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Russia attacked Kyiv on Monday.", "Kyiv was attacked by", "will not accept", "set a deadline",
		"express ... readiness ... talks", "\xff attacked \xfe", "It. He. They attacked.",
		"Norland refused to hand over the suspects.", "they would not lay down their arms", "warn of catastrophe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, e := range Find(in, Options{}) {
			if e.Start < 0 || e.End > len(in) || e.Start > e.End || e.Type == "" || e.Type == "-" {
				t.Fatalf("bad event %+v for %q", e, in)
			}
		}
	})
}

func TestFindLarge(t *testing.T) {
	for _, in := range []string{
		strings.Repeat("attack ", 150000),
		strings.Repeat("Russia attacked Kyiv and rejected talks with Ukraine. ", 20000),
		strings.Repeat("Russia attacked Kyiv in Ukraine and ", 30000),
	} {
		_ = Find(in, Options{})
	}
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("President Anna Korvan expressed readiness to negotiate with Velsk on Monday. Norland rejected the proposal. ", 40)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, Options{})
	}
}

func FuzzCAMEOType(f *testing.F) {
	for _, s := range []string{"173", "042:043", ":110", "[---]", "0", "", "19x", "0871", "::"} {
		f.Add(s)
	}
	known := map[string]bool{"": true, "-": true}
	for _, t := range cameoRoots {
		known[t] = true
	}
	known["agree"], known["retreat"] = true, true
	f.Fuzz(func(t *testing.T, code string) {
		if got := CAMEOType(code); !known[got] {
			t.Fatalf("CAMEOType(%q) = %q, not a storyline type", code, got)
		}
	})
}
