package sentence

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func texts(ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The U.S. government said no. Officials agreed.", []string{"The U.S. government said no.", "Officials agreed."}},
		{"He met Mr. Trump on Oct. 30 in Paris. It rained.", []string{"He met Mr. Trump on Oct. 30 in Paris.", "It rained."}},
		{"CNA asked Msgr. Farmer and Fr. Lind about it. They agreed.", []string{"CNA asked Msgr. Farmer and Fr. Lind about it.", "They agreed."}},
		{"The talks began Oct.30 in Geneva. They failed.", []string{"The talks began Oct.30 in Geneva.", "They failed."}},
		{"J. R. Smith of the Justice Dept. spoke. He left.", []string{"J. R. Smith of the Justice Dept. spoke.", "He left."}},
		{"Growth was 3.5 percent. Prices rose 1.2 percent.", []string{"Growth was 3.5 percent.", "Prices rose 1.2 percent."}},
		{`"We are ready." The minister left.`, []string{`"We are ready."`, "The minister left."}},
		{"“We are ready.” The minister left.", []string{"“We are ready.”", "The minister left."}},
		{`"Are we ready?" he asked. Nobody knew.`, []string{`"Are we ready?" he asked.`, "Nobody knew."}},
		{"Headline without a stop\n\nThe body starts here. Second one.", []string{"Headline without a stop", "The body starts here.", "Second one."}},
		{"Headline\nBody text here.", []string{"Headline", "Body text here."}},
		{"Hard wrapped line\ncontinues here.", []string{"Hard wrapped line\ncontinues here."}},
		{"He paused... and went on. Then... The end.", []string{"He paused... and went on.", "Then...", "The end."}},
		{"Wait… nothing. Done…", []string{"Wait… nothing.", "Done…"}},
		{"Troops left the U.S. He said so.", []string{"Troops left the U.S.", "He said so."}},
		{"She joined the U.S. Army in 1990.", []string{"She joined the U.S. Army in 1990."}},
		{"It opened at 9 a.m. The crowd came.", []string{"It opened at 9 a.m.", "The crowd came."}},
		{"Gen. Smith (ret.) spoke. End.", []string{"Gen. Smith (ret.) spoke.", "End."}},
		{"", nil},
		{"   \n\n  ", nil},
		{"no terminator at all", []string{"no terminator at all"}},
		{"What?! Really. Yes!", []string{"What?!", "Really.", "Yes!"}},
		{"Sales: 1,000 units. Revenue $2.5bn.", []string{"Sales: 1,000 units.", "Revenue $2.5bn."}},
		{"He cited No. 10 Downing St. officials.", []string{"He cited No. 10 Downing St. officials."}},
		{"Ukraine (Kyiv) refused. (Russia disagreed.) Fine.", []string{"Ukraine (Kyiv) refused.", "(Russia disagreed.)", "Fine."}},
		{"He gave them weeks before the U.S. “takes action,” he said. “Next” came.", []string{"He gave them weeks before the U.S. “takes action,” he said.", "“Next” came."}},
	}
	for _, tt := range tests {
		got := texts(Split(tt.in))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("Split(%q) =\n  %q\nwant\n  %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitOffsets(t *testing.T) {
	in := "  Alpha beta.  Gamma delta!\n\nEpsilon “zeta.” Eta."
	for _, s := range Split(in) {
		if in[s.Start:s.End] != s.Text {
			t.Errorf("offsets %d:%d give %q, Text %q", s.Start, s.End, in[s.Start:s.End], s.Text)
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"The U.S.-led talks", "The|U.S.-led|talks"},
		{"Russia's readiness, he said.", "Russia's|readiness|,|he|said|."},
		{"It cost $1,000.50 at 10:30 a.m.", "It|cost|$|1,000.50|at|10:30|a.m."},
		{"Wait... “No,” she said", "Wait|...|“|No|,|”|she|said"},
		{"end.Next one", "end|.|Next|one"},
		{"AT&T and U.N.", "AT&T|and|U.N."},
		{"don’t", "don’t"},
		{"", ""},
	}
	for _, tt := range tests {
		toks := Tokens(tt.in)
		var parts []string
		for _, tk := range toks {
			if tt.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("Tokens(%q): offsets %d:%d wrong for %q", tt.in, tk.Start, tk.End, tk.Text)
			}
			parts = append(parts, tk.Text)
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"The U.S. said. Mr. Trump left.", "“Quote.” Next", "a...b… C", "\n\n\n", "x.\"", "J. R. R. Tolkien.",
		"Oct.30", "3.5.6.", "\xff\xfe.", "?!?!?! A", "“unbalanced. He said",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		prev := 0
		for _, s := range Split(in) {
			if s.Start < prev || s.End <= s.Start || s.End > len(in) || in[s.Start:s.End] != s.Text {
				t.Fatalf("bad sentence %+v (prev end %d) for %q", s, prev, in)
			}
			prev = s.End
		}
		prev = 0
		for _, tk := range Tokens(in) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(in) || in[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v for %q", tk, in)
			}
			prev = tk.End
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	text := strings.Repeat("Mr. Smith of the U.S. Dept. of State said on Oct. 30 that growth was 3.5 percent. “We are ready,” he added. ", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Split(text)
	}
}

func BenchmarkTokens(b *testing.B) {
	text := strings.Repeat("Mr. Smith of the U.S. Dept. of State said on Oct. 30 that growth was 3.5 percent. “We are ready,” he added. ", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Tokens(text)
	}
}

func TestDatelineEnd(t *testing.T) {
	cases := []struct{ in, rest string }{
		{"TOLMOUTH — The ferry council voted.", "The ferry council voted."},
		{"PORT ELMSWORTH, Nth. — Mayor Lind said it.", "Mayor Lind said it."},
		{"TOLMOUTH, Oct 30 (FNA) - The pier reopened.", "The pier reopened."},
		{"Tolmouth (FNA) – The pier reopened.", "The pier reopened."},
		{"TOLMOUTH -- The pier reopened.", "The pier reopened."},
		{"TOLMOUTH ― The pier reopened.", "The pier reopened."},
		{"Tolmouth / Brell: The pier reopened.", "The pier reopened."},
		{"Report: The pier reopened.", ""},
		{"Mayor Lind: The pier reopened.", ""},
		{"Tolmouth / Brell: the pier reopened.", ""},
		{"TOLMOUTH, Oct 30, 10:30 - The pier reopened.", "The pier reopened."},
		{"Hollis - Marr agreed to buy the pier.", ""},
		{"Tolmouth, Nov 11 - The pier reopened.", "The pier reopened."},
		{"Ana Lind, 27 - the mayor - spoke.", ""},
		{"HMC bought Hollis - Marr.", ""},
		{"HMC said its energy - efficient pier reopened.", ""},
		{"The pier — long closed — reopened.", ""},
		{"Mayor Lind - who spoke first - agreed.", ""},
		{"Tolmouth — a quiet town — voted.", ""},
		{"NATO is ready - officials said.", ""},
		{"NATO — the alliance — met.", ""},
		{"", ""},
		{"—", ""},
	}
	for _, c := range cases {
		end := DatelineEnd(c.in)
		got := ""
		if end > 0 {
			got = c.in[end:]
		}
		if got != c.rest {
			t.Errorf("DatelineEnd(%q): rest %q, want %q", c.in, got, c.rest)
		}
	}
}

func FuzzDatelineEnd(f *testing.F) {
	for _, s := range []string{"TOLMOUTH — x", "A (B) – c", "X, Y. -- z", "((((", "A —"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if end := DatelineEnd(s); end < 0 || end > len(s) {
			t.Fatalf("DatelineEnd(%q) = %d", s, end)
		}
	})
}

func TestStartBefore(t *testing.T) {
	text := "Mr. Lind spoke. J. Reyes left! Why? The pier\nopened at noon."
	for _, c := range []struct {
		at   string
		want string
	}{
		{"spoke", "Mr. Lind spoke."},
		{"left", "J. Reyes left!"},
		{"Why", "Why?"},
		{"The pier", "The pier"},
		{"opened", "opened at noon."},
	} {
		at := strings.Index(text, c.at)
		from := StartBefore(text, at)
		if !strings.HasPrefix(text[from:], c.want) {
			t.Errorf("StartBefore(%q) starts at %q, want %q", c.at, text[from:], c.want)
		}
	}
	if StartBefore(text, -5) != 0 || StartBefore("", 3) != 0 {
		t.Error("out-of-range offsets")
	}
}

// TestSplitLong: a run of text with no sentence end is cut into pieces of
// at most MaxBytes that cover it in order, at a comma where one is near the
// end of a piece, at a space, or between runes; shorter sentences stay whole.
func TestSplitLong(t *testing.T) {
	words := strings.Repeat("the ferry council met again ", MaxBytes/10)
	commas := strings.Repeat("the ferry council met again, ", MaxBytes/10)
	runes := strings.Repeat("é", MaxBytes)
	long := "A sentence of " + strings.Repeat("many words ", 700) + "ends here."
	for _, tt := range []struct {
		name, in string
		pieces   int
		endWith  string
	}{
		{"words", words, 3, ""},
		{"commas", commas, 3, ","},
		{"runes", runes, 2, ""},
		{"7.7 KB sentence", long, 1, "."},
	} {
		got := Split(tt.in)
		if len(got) != tt.pieces {
			t.Errorf("%s: %d sentences, want %d", tt.name, len(got), tt.pieces)
		}
		prev := 0
		for i, s := range got {
			if s.End-s.Start > MaxBytes || s.Start < prev || tt.in[s.Start:s.End] != s.Text || !utf8.ValidString(s.Text) {
				t.Fatalf("%s: bad piece %d [%d,%d) of %d bytes", tt.name, i, s.Start, s.End, len(s.Text))
			}
			if i < len(got)-1 && tt.endWith != "" && !strings.HasSuffix(s.Text, tt.endWith) {
				t.Errorf("%s: piece %d ends %q, want %q", tt.name, i, s.Text[len(s.Text)-10:], tt.endWith)
			}
			prev = s.End
		}
		if len(got) > 0 && strings.TrimSpace(tt.in[got[len(got)-1].End:]) != "" {
			t.Errorf("%s: text after the last piece", tt.name)
		}
	}
}
