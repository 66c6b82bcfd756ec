package entity

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
)

// TestTailSuffix checks that a suffix test on the lower-cased tail answers
// as one on the whole string lower-cased, across character boundaries,
// multi-byte letters and bytes that are not UTF-8.
func TestTailSuffix(t *testing.T) {
	long := strings.Repeat("Žofie Dvořáková said ", 8)
	for _, s := range []string{
		"", "won an", " won an", "She WON AN", long + "she won an", long + "she wİn a",
		long + "ŽŽŽŽŽŽŽŽŽŽŽŽŽŽŽŽŽŽ won a", "\xff\xfe won a", long + "\xe2\x80 won a",
		strings.Repeat("é", 40) + " winning an", strings.Repeat("€", 30) + " wins a",
	} {
		for _, p := range []string{" won an", " won a", " win a", " wins a", " winning an", "ŽŽ won a"} {
			if len(p) > 60 {
				continue
			}
			got := strings.HasSuffix(strings.ToLower(tail(s, 64)), p)
			want := strings.HasSuffix(strings.ToLower(s), p)
			if got != want {
				t.Errorf("suffix %q of tail(%q) = %v, of the whole = %v", p, s, got, want)
			}
		}
	}
}

// TestAwardAfterLongText: the award context is found after a long opening.
func TestAwardAfterLongText(t *testing.T) {
	marked := strings.Repeat("The festival opened in the old harbour town on a windy evening. ", 6) +
		"She won an [Ember|PER] for the role."
	checkResolved(t, marked, map[string]core.EntityType{"Ember": core.Misc}, nil)
}

// TestLastField checks lastField against strings.Fields.
func TestLastField(t *testing.T) {
	for _, s := range []string{
		"", " ", "on", "aired on ", "aired on\u00a0", "aired\u00a0on", "a \u2003on\u2003 ", "x\xffon", "\xc2\x85on",
		"Vell said on", "tabs\ton\t\n", strings.Repeat("word ", 50) + "on  ",
	} {
		want := ""
		if ws := strings.Fields(s); len(ws) > 0 {
			want = ws[len(ws)-1]
		}
		if got := lastField(s); got != want {
			t.Errorf("lastField(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFoldASCII checks the ASCII shortcut of fold against the Unicode path,
// on names and on every ASCII byte in every position of a short word.
func TestFoldASCII(t *testing.T) {
	cases := []string{"", "U.S.", "O'Brien", "The  Harbour-Board", "the Vell Organisation", "Vell, Inc.", "  x  y  ", "A1 b2"}
	for c := 0; c < 128; c++ {
		cases = append(cases, string(rune(c))+"Ab", "A"+string(rune(c))+"b", "Ab"+string(rune(c)))
	}
	for _, s := range cases {
		got, ok := foldASCII(s)
		if !ok {
			t.Fatalf("foldASCII(%q) refused an ASCII string", s)
		}
		if want := foldRunes(s); got != want {
			t.Errorf("foldASCII(%q) = %q, foldRunes = %q", s, got, want)
		}
	}
	for _, s := range []string{"Dvořáková", "O’Brien", "café"} {
		if _, ok := foldASCII(s); ok {
			t.Errorf("foldASCII(%q) took a non-ASCII string", s)
		}
	}
}

// TestJoinedTokens checks joinedTokens against strings.Join of the token
// texts, with single, double and other spaces and glued punctuation.
func TestJoinedTokens(t *testing.T) {
	for _, text := range []string{
		"the foreign minister said", "the  foreign\tminister", "Vell's deputy foreign minister, Ana",
		"a\u00a0b c", "x", "(the) chief-of-staff . ok",
	} {
		toks := ner.Tokenize(text)
		for i := range toks {
			for n := 1; n <= 3 && i+n <= len(toks); n++ {
				var p []string
				for _, tok := range toks[i : i+n] {
					p = append(p, tok.Text)
				}
				if got, want := joinedTokens(text, toks[i:i+n]), strings.Join(p, " "); got != want {
					t.Errorf("joinedTokens(%q, %d+%d) = %q, want %q", text, i, n, got, want)
				}
			}
		}
	}
}
