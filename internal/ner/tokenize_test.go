package ner

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by "|"
	}{
		{"Mr. Trump met U.S. officials.", "Mr.|Trump|met|U.S.|officials|."},
		{"On Oct.30 the rate rose 3.5 percent", "On|Oct.|30|the|rate|rose|3.5|percent"},
		{"J. R. Tolkien wrote 1,000 pages.", "J.|R.|Tolkien|wrote|1,000|pages|."},
		{"Russia's army won't stop", "Russia|'s|army|wo|n't|stop"},
		{"the governments,led by Paris", "the|governments|,|led|by|Paris"},
		{"the war ended.The talks began", "the|war|ended|.|The|talks|began"},
		{`"We never refused," he said.`, `"|We|never|refused|,|"|he|said|.`},
		{"the Shanghai Cooperation Organization (SCO) met", "the|Shanghai|Cooperation|Organization|(|SCO|)|met"},
		{"a well-known pro-Kremlin outlet", "a|well-known|pro-Kremlin|outlet"},
		{"peace—for now", "peace|—|for|now"},
		{"“Quoted” text…", "“|Quoted|”|text|…"},
		{"", ""},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var got []string
		for _, tok := range toks {
			if tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("Tokenize(%q): token %q has offsets %d:%d = %q", tt.in, tok.Text, tok.Start, tok.End, tt.in[tok.Start:tok.End])
			}
			got = append(got, tok.Text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Mr. Trump met U.S. officials.", "Oct.30", "a,b.C", "...", "(SCO)", "won't", "\u00a0x", "—", "a--b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		last := 0
		for _, tok := range toks {
			if tok.Start < last || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("Tokenize(%q): bad offsets %d:%d after %d", s, tok.Start, tok.End, last)
			}
			if s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("Tokenize(%q): token %q != text %q", s, tok.Text, s[tok.Start:tok.End])
			}
			if strings.TrimSpace(tok.Text) == "" {
				t.Fatalf("Tokenize(%q): blank token", s)
			}
			last = tok.End
		}
	})
}

func FuzzReadCoNLL(f *testing.F) {
	for _, s := range []string{"EU B-ORG\nrejects O\n\n-DOCSTART- -X- O\n\nPeter B-PER\n", "a\tb\tc\n\n\n", "-DOCSTART-\n", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := ReadCoNLL(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, sent := range d {
				if len(sent.Tokens) == 0 || len(sent.Tokens) != len(sent.Tags) {
					t.Fatalf("sentence with %d tokens, %d tags", len(sent.Tokens), len(sent.Tags))
				}
				if slices.Contains(sent.Tokens, "-DOCSTART-") {
					t.Fatal("-DOCSTART- read as a token")
				}
			}
		}
	})
}

// TestTokenizeShortcuts checks the fast paths of Tokenize: ASCII spaces
// and no-break spaces as unicode.IsSpace sees them, and plain ASCII words
// that the full splitting leaves whole.
func TestTokenizeShortcuts(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		s := string(r)
		sp, n := spaceAt(s, 0)
		if want := unicode.IsSpace(r) || r == '\u00a0'; sp != want || n != len(s) {
			t.Errorf("spaceAt(%q) = %v %d, want %v %d", s, sp, n, want, len(s))
		}
	}
	for _, w := range []string{"a", "Z", "9", "Veldan", "2026", "COVID19", "x1y2", "Mr", "dont", "Ilse"} {
		if !plainWord(w) {
			t.Fatalf("plainWord(%q) = false", w)
		}
		got := splitPunct(w, 0, len(w), nil)
		if len(got) != 1 || got[0].Text != w {
			t.Errorf("splitPunct(%q) = %v, want the word whole", w, got)
		}
	}
	for _, w := range []string{"", "U.S.", "don't", "end.The", "a-b", "Žofie", "x,y", "(a"} {
		if w != "" && plainWord(w) {
			t.Errorf("plainWord(%q) = true", w)
		}
	}
	if got := splitChunk("ab", 1, 1, nil); len(got) != 0 {
		t.Errorf("splitChunk of an empty run = %v", got)
	}
}
