package ner

import (
	"slices"
	"strings"
	"testing"
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
